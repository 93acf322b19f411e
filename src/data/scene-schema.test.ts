import { describe, expect, it } from 'vitest';
import { sceneProblems } from './scene-schema';
import data from './scenes.json' with { type: 'json' };

type Change = (scene: Record<string, unknown>) => void;
/** The real story with its fifth scene ("tpiu-2003") changed. */
const problemsWith = (change: Change) => {
  const raw = structuredClone(data) as Record<string, unknown>[];
  change(raw[4]!);
  return sceneProblems(raw);
};

describe('the story file', () => {
  it('is valid as it is', () => {
    expect(sceneProblems(data)).toEqual([]);
  });

  it.each<[string, Change, string]>([
    ['a missing camera', (s) => delete s['camera'], 'scene "tpiu-2003": needs a camera'],
    ['a camera without its zoom', (s) => (s['camera'] = { center: [20, 42] }), 'scene "tpiu-2003": camera: needs a camera'],
    ['an unknown layer', (s) => (s['layers'] = ['countries', 'rivers']), 'scene "tpiu-2003": layers[1]: unknown layer "rivers"'],
    ['an empty caption', (s) => (s['caption'] = ''), 'scene "tpiu-2003": needs a caption'],
    ['a quote without its fragment', (s) => (s['quotes'] = [{ from: 'tpiu' }]), 'scene "tpiu-2003": quotes[0]: needs a fragment of the sentence'],
    ['an id used twice', (s) => (s['id'] = 'seci-bucharest'), 'scene "seci-bucharest": id used twice'],
  ])('names the file, the scene and the problem: %s', (_, change, problem) => {
    expect(problemsWith(change)).toContain(`src/data/scenes.json: ${problem}`);
  });
});
