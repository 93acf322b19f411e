// Data only, with type-only imports, so Node-side tests (Playwright) can read the story too.
import type * as v from 'valibot';
import data from './scenes.json' with { type: 'json' };
import type { QuoteRefSchema, SceneFigureSchema, SceneSchema } from './scene-schema.ts';

export type QuoteRef = v.InferOutput<typeof QuoteRefSchema>;
export type SceneFigure = v.InferOutput<typeof SceneFigureSchema>;
export type Scene = v.InferOutput<typeof SceneSchema>;

/** The presentation, scene by scene: ./scenes.json, checked against ./scene-schema by the build and scenes.test.ts. */
export const scenes = data as Scene[];

/** What the map emphasises while scene `story` is shown: derived, never stored. */
export function highlightOf(story: number | null): readonly string[] {
  return (story === null ? undefined : scenes[story]?.highlight) ?? [];
}
