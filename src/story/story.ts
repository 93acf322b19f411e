import { moveCamera, select, setLayers, setYear } from '../store/actions';
import { explorer, LAST_YEAR, LAYER_IDS, type Camera, type ExplorerState, type LayerId } from '../store/explorer';
import { framedCamera, type Viewport } from './frame';
import { scenes } from './scenes';

function viewport(): Viewport {
  return { width: window.innerWidth, height: window.innerHeight };
}

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
  return request !== null && (request.kind !== 'camera' || !sameCamera(request.camera, framedCamera(scene.camera, view)));
}

/**
 * Opens scene `n` (0-based, clamped to the story): its layers, time window, selection, highlight
 * and camera. Links count from 1 as people do (`?story=3` is `goToScene(2)`); url.ts converts.
 */
export function goToScene(n: number): void {
  const index = Number.isFinite(n) ? Math.min(scenes.length - 1, Math.max(0, Math.round(n))) : 0;
  const scene = scenes[index]!;
  explorer.setState({ story: index, highlight: scene.highlight });
  setLayers(Object.fromEntries(LAYER_IDS.map((id) => [id, scene.layers.includes(id)])) as Record<LayerId, boolean>);
  setYear(scene.year ?? LAST_YEAR);
  // The scene's camera frames the whole story beat; fitting to the selection would undo it.
  select(scene.select ?? null, { fit: false });
  // The map module jumps instead of flying when the reader prefers reduced motion.
  moveCamera(framedCamera(scene.camera, viewport()));
}

export function startStory(n = 0): void {
  goToScene(n);
}

/** Goes to the scene `by` picks from the current one; does nothing when not presenting. */
function step(by: (current: number) => number): void {
  const { story } = explorer.getState();
  if (story !== null) goToScene(by(story));
}

export const nextScene = () => step((n) => n + 1);
export const previousScene = () => step((n) => n - 1);
export const firstScene = () => step(() => 0);
export const lastScene = () => step(() => scenes.length - 1);
/** Re-applies the current scene after the audience clicked around the map. */
export const resumeStory = () => step((n) => n);

export function leaveStory(): void {
  explorer.setState({ story: null, highlight: [] });
}

/** The hook-friendly form of `awayFromScene`, measured against the window. */
export function awayNow(state: ExplorerState): boolean {
  return awayFromScene(state, viewport());
}
