// Story actions. The scenes are data handed in (src/story/story.ts binds them to the screen's
// framing), so the store knows the scene type and never the story's components.
import type { Scene } from '../data/scenes';
import { DEFAULT_TIME_MODE } from '../data/time';
import { applyView, type View } from './actions';
import { explorer, LAST_YEAR, LAYER_IDS, type Camera, type LayerId } from './explorer';

export interface Story {
  scenes: readonly Scene[];
  /** The scene's camera fitted to the screen it is shown on (story/frame.ts). */
  frame: (scene: Scene) => Camera;
}

/** Scene `n` clamped to the story (0-based; links count from 1, url.ts converts). */
export function sceneIndex(story: Story, n: number): number {
  return Number.isFinite(n) ? Math.min(story.scenes.length - 1, Math.max(0, Math.round(n))) : 0;
}

/** What opening scene `n` sets: its layers, time window, selection, camera and the story index. */
export function sceneView(story: Story, n: number): View {
  const index = sceneIndex(story, n);
  const scene = story.scenes[index]!;
  return {
    story: index,
    layers: Object.fromEntries(LAYER_IDS.map((id) => [id, scene.layers.includes(id)])) as Record<LayerId, boolean>,
    year: scene.year ?? LAST_YEAR,
    // A scene shows what had been said by its year, as its caption and handout page do.
    time: DEFAULT_TIME_MODE,
    // The scene's camera frames the whole story beat; fitting to the selection would undo it.
    selection: scene.select ?? null,
    fit: false,
    camera: story.frame(scene),
  };
}

/** Opens scene `n` in one store write (which also brings back a blanked screen). */
export function goToScene(story: Story, n: number): void {
  applyView(sceneView(story, n));
}

/** Goes to the scene `by` picks from the current one; does nothing when not presenting. */
export function stepScene(story: Story, by: (current: number) => number): void {
  const current = explorer.getState().story;
  if (current !== null) goToScene(story, by(current));
}

/** Starts presenting, or resumes at the scene last shown (F5 and the clicker's slideshow button). */
export function resumePresenting(story: Story): void {
  const { story: current, resumeAt } = explorer.getState();
  if (current === null) goToScene(story, resumeAt);
}

export function leaveStory(): void {
  applyView({ story: null });
}
