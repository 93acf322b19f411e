import { extentOf } from '../store/extent';
import type { Camera, ExplorerState } from '../store/explorer';
import * as actions from '../store/story';
import type { BBox } from '../svgmap/project';
import { framedCamera, type Viewport } from './frame';
import { scenes, type Scene } from '../data/scenes';

function viewport(): Viewport {
  return { width: window.innerWidth, height: window.innerHeight };
}

/** What a scene is about, as one box: everything it highlights. */
export function subjectOf(scene: Scene): BBox | undefined {
  const boxes = scene.highlight.map(extentOf).filter((b): b is BBox => b !== undefined);
  if (boxes.length === 0) return undefined;
  return boxes.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
}

/** The camera that shows `scene` on a `view`-sized screen, its subject whole and clear of the caption card. */
export const sceneCamera = (scene: Scene, view: Viewport): Camera => framedCamera(scene.camera, view, subjectOf(scene));

/** This app's story: its scenes, framed for the window they are shown in. */
export const story: actions.Story = { scenes, frame: (scene) => sceneCamera(scene, viewport()) };

const sameCamera = (a: Camera, b: Camera) =>
  Math.abs(a.zoom - b.zoom) < 1e-3 && Math.abs(a.center[0] - b.center[0]) < 1e-5 && Math.abs(a.center[1] - b.center[1]) < 1e-5;

/**
 * Whether the audience has taken the map away from the current scene: selected something else,
 * or asked the camera to go elsewhere. Derived from the store, so there is nothing to keep in step.
 * Plain panning and zooming do not count: the presenter may do that mid-scene.
 */
export function awayFromScene(state: ExplorerState, view: Viewport): boolean {
  const scene = state.story === null ? undefined : scenes[state.story];
  if (!scene) return false;
  if (state.selection !== (scene.select ?? null)) return true;
  const request = state.cameraRequest;
  return request !== null && (request.kind !== 'camera' || !sameCamera(request.camera, sceneCamera(scene, view)));
}

/** Opens scene `n` (0-based, clamped to the story). Links count from 1 (`?story=3` is `goToScene(2)`). */
export const goToScene = (n: number) => actions.goToScene(story, n);
export const startStory = (n = 0) => goToScene(n);
export const nextScene = () => actions.stepScene(story, (n) => n + 1);
export const previousScene = () => actions.stepScene(story, (n) => n - 1);
export const firstScene = () => actions.stepScene(story, () => 0);
export const lastScene = () => actions.stepScene(story, () => scenes.length - 1);
/** Re-applies the current scene after the audience clicked around the map. */
export const resumeStory = () => actions.stepScene(story, (n) => n);
export const resumePresenting = () => actions.resumePresenting(story);
export const leaveStory = actions.leaveStory;

/** The hook-friendly form of `awayFromScene`, measured against the window. */
export function awayNow(state: ExplorerState): boolean {
  return awayFromScene(state, viewport());
}
