import * as v from 'valibot';
import { ids, oneOf, optional, record, text } from './schema.ts';
import { schemaProblems } from './validate.ts';
import { LAYER_IDS } from './vocab.ts';

/**
 * The shape of the story (./scenes.json), written once: ./scenes infers the types from it, the
 * build (geo/vite/fact-base.ts) and scenes.test.ts check the file against it, in the words of
 * ./schema. Only the build and the tests run it, as for the fact base.
 */

export const SCENES_FILE = 'src/data/scenes.json';

/**
 * A quote taken from the fact base at runtime (story/quotes.ts), never copied: the item that carries it
 * and a fragment of the sentence that picks out one of its citations. Editing the fact base changes
 * what the story shows; scenes.test.ts fails if a fragment stops matching exactly one citation.
 */
export const QuoteRefSchema = record({ from: text('needs the id of the item quoted'), says: text('needs a fragment of the sentence') });

/**
 * A figure the scene draws large: the number comes from the fact base by id (never retyped); the
 * label is short, in the words of the sentence the figure is cited from (scenes.test.ts checks).
 */
export const SceneFigureSchema = record({ id: text('needs the figure id'), label: text('needs a label') });

/**
 * One step of the presentation. Captions and notes are ours, and claim nothing the scene's quotes
 * do not (scenes.test.ts checks every number and year in them against the quotes).
 */
export const SceneSchema = record({
  id: text('missing id'),
  title: text('needs a title'),
  /** What the audience reads: one to three sentences, at most about 35 words. */
  caption: text('needs a caption'),
  /** What the presenter says beyond the caption, one paragraph per entry (the presenter view, the handout). */
  notes: v.array(text('empty note'), 'needs notes, a list of paragraphs'),
  /** Figures drawn large beside the map, each with its source line. */
  figures: optional(v.array(SceneFigureSchema, 'expected a list of figures')),
  /** The subject, framed for SCENE_AREA (story/frame.ts), which adjusts it to the viewport and the caption card. */
  camera: record({ center: v.tuple([v.number(), v.number()], 'needs a camera'), zoom: v.number('needs a camera') }, 'needs a camera'),
  /** Map layers switched on; the others are off. */
  layers: v.array(oneOf(LAYER_IDS, 'layer'), 'expected a list of layers'),
  /** Fact-base ids the map emphasises. */
  highlight: ids('expected a list of ids to highlight'),
  /** Fact-base id selected (without refitting the camera). */
  select: optional(text('expected an id')),
  /** End of the time window; LAST_YEAR when absent. */
  year: optional(v.number('expected a year')),
  /** Why the window ends there, for the story's authors; not shown. */
  yearNote: optional(v.string()),
  quotes: v.array(QuoteRefSchema, 'needs its quotes'),
});

/** What the story file breaks of the schema: "src/data/scenes.json: scene "tpiu-2003": camera: needs a camera". */
export function sceneProblems(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [`${SCENES_FILE}: expected a list of scenes`];
  const seen = new Set<unknown>();
  return raw.flatMap((scene: unknown, i) => {
    const id = (scene as { id?: unknown } | null)?.id;
    const name = typeof id === 'string' ? `scene "${id}"` : `scene ${i + 1}`;
    const duplicate = seen.has(id) ? [`${SCENES_FILE}: ${name}: id used twice`] : [];
    seen.add(id);
    return [...duplicate, ...schemaProblems(SceneSchema, scene).map((problem) => `${SCENES_FILE}: ${name}: ${problem}`)];
  });
}
