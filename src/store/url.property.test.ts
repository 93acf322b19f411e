import fc from 'fast-check';
import { TIME_MODE_IDS } from '../data/time';
import { describe, expect, it } from 'vitest';
import { BY_PARAM, HOSTILE, SCRIPT } from '../../tests/robustness/hostile-queries';
import { facts } from '../data/factBase';
import { entityById } from '../data/queries';
import { documents } from '../data/sources';
import type { DocumentId } from '../data/types';
import { FIRST_YEAR, initialState, LAST_YEAR, LAYER_IDS, type ExplorerState } from './explorer';
import { parseQuery, toQuery, type ParsedQuery } from './url';

// Property tests: thousands of generated queries in about a second each (fast-check). The browser
// (tests/robustness/url-fuzz.spec.ts) then only proves the wiring with a few dozen loads.

type Shared = Pick<ExplorerState, 'selection' | 'layers' | 'year' | 'time' | 'camera' | 'panel' | 'reader' | 'story'>;

/** The state a parsed link leaves the explorer in: its fields over the defaults, as the store applies them. */
function applied({ state, story }: ParsedQuery): Shared {
  return {
    selection: state.selection ?? null,
    layers: state.layers ?? initialState.layers,
    year: state.year ?? LAST_YEAR,
    time: state.time ?? initialState.time,
    camera: state.camera ?? null,
    panel: state.panel ?? initialState.panel,
    reader: state.reader ?? initialState.reader,
    story,
  };
}

const DOC_IDS = Object.keys(documents) as DocumentId[];
const ENTITY_IDS = [...facts.places, ...facts.initiatives, ...facts.figures, ...facts.routes].map((e) => e.id);
const CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** What any parsed query must satisfy, however hostile the input. */
function expectUsable(parsed: ParsedQuery): void {
  const { state, story, notices } = parsed;
  if (state.selection !== undefined) expect(entityById(state.selection)).toBeDefined();
  if (state.year !== undefined) {
    expect(Number.isInteger(state.year)).toBe(true);
    expect(state.year).toBeGreaterThanOrEqual(FIRST_YEAR);
    expect(state.year).toBeLessThanOrEqual(LAST_YEAR);
  }
  if (state.layers) expect(Object.keys(state.layers).sort()).toEqual([...LAYER_IDS].sort());
  if (state.camera) {
    const {
      center: [lng, lat],
      zoom,
    } = state.camera;
    expect(Math.abs(lng)).toBeLessThanOrEqual(180);
    expect(Math.abs(lat)).toBeLessThanOrEqual(85);
    expect(zoom >= 0 && zoom <= 20).toBe(true);
  }
  if (state.reader) {
    expect(state.panel).toBe('reader');
    expect(DOC_IDS).toContain(state.reader.doc);
    if (state.reader.para !== null) expect(documents[state.reader.doc].paragraphs.map((p) => p.id)).toContain(state.reader.para);
  }
  if (story !== null) expect(Number.isInteger(story) && story >= 0 && story < 999).toBe(true);
  for (const notice of notices) {
    expect(notice.length).toBeLessThan(300);
    expect(notice).not.toMatch(CONTROL);
  }
}

/** A value as a hostile link carries it: encoded properly, raw, or with a stray escape. */
const encoded = (value: fc.Arbitrary<string>) =>
  fc.tuple(value, fc.constantFrom('encode', 'raw', 'stray')).map(([v, how]) => {
    if (how === 'raw') return v;
    if (how === 'stray') return `${v}%${v.length % 2 ? 'E0' : 'zz'}`;
    // encodeURIComponent throws on a lone surrogate; such a value goes raw.
    try {
      return encodeURIComponent(v);
    } catch {
      return v;
    }
  });
const anyText = fc.string({ unit: 'binary', maxLength: 60 });
const hostileValue = fc.oneof(fc.constantFrom(...HOSTILE), anyText);
const param = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .constantFrom(...Object.keys(BY_PARAM))
      .chain((name) => fc.tuple(fc.constant(name), fc.oneof(fc.constantFrom(...BY_PARAM[name]!), hostileValue))),
  },
  { weight: 1, arbitrary: fc.tuple(fc.oneof(fc.constantFrom(...SCRIPT), anyText), hostileValue) },
);
const part = param.chain(([name, value]) => fc.tuple(encoded(fc.constant(name)), encoded(fc.constant(value)))).map(([name, value]) => `${name}=${value}`);
/** Queries shaped as the browser fuzz's are: known and unknown names, plausible and hostile values, repeats, odd separators. */
const hostileQuery = fc.tuple(fc.array(part, { minLength: 1, maxLength: 7 }), fc.constantFrom('&', '&&', ';', '&=&')).map(([parts, glue]) => parts.join(glue));

describe('parseQuery, for any input', () => {
  it('never throws, and gives a usable state and short plain-text notices', () => {
    fc.assert(
      fc.property(fc.oneof(hostileQuery, fc.string({ unit: 'binary', maxLength: 300 })), (query) => expectUsable(parseQuery(query))),
      { numRuns: 1500 },
    );
  });

  it('gives a state whose link reads back the same, with no notice', () => {
    fc.assert(
      fc.property(hostileQuery, fc.boolean(), (query, embed) => {
        const first = applied(parseQuery(query));
        const link = toQuery(first, embed);
        const again = parseQuery(link);
        expect(again.notices).toEqual([]);
        expect(again.embed).toBe(embed);
        // Written once, a link is stable: the camera is already rounded to what a link carries.
        expect(toQuery(applied(again), embed)).toBe(link);
        expect({ ...applied(again), camera: null }).toEqual({ ...first, camera: null });
      }),
      { numRuns: 1000 },
    );
  });
});

/** Any state worth sharing: known ids, in-range years and cameras, any layers, any paragraph. */
const sharedState: fc.Arbitrary<Shared> = fc.record({
  selection: fc.option(fc.constantFrom(...ENTITY_IDS), { nil: null }),
  layers: fc.record(Object.fromEntries(LAYER_IDS.map((id) => [id, fc.boolean()])) as Record<(typeof LAYER_IDS)[number], fc.Arbitrary<boolean>>),
  year: fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }),
  time: fc.constantFrom(...TIME_MODE_IDS),
  camera: fc.option(
    fc.record({
      center: fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true })),
      zoom: fc.double({ min: 0, max: 20, noNaN: true }),
    }),
    { nil: null },
  ),
  panel: fc.constantFrom('details', 'table', 'reader'),
  reader: fc
    .constantFrom(...DOC_IDS)
    .chain((doc) => fc.record({ doc: fc.constant(doc), para: fc.option(fc.constantFrom(...documents[doc].paragraphs.map((p) => p.id)), { nil: null }) })),
  story: fc.option(fc.integer({ min: 0, max: 998 }), { nil: null }),
});

describe('toQuery, for any state', () => {
  it('round-trips any shareable state through parseQuery, the camera to the link’s precision', () => {
    fc.assert(
      fc.property(sharedState, fc.boolean(), (state, embed) => {
        const parsed = parseQuery(toQuery(state, embed));
        expect(parsed.notices).toEqual([]);
        expect(parsed.embed).toBe(embed);
        const back = applied(parsed);
        // The reader's place is only part of a link while the reader is open.
        const expected = state.panel === 'reader' ? state : { ...state, reader: initialState.reader };
        expect({ ...back, camera: null }).toEqual({ ...expected, camera: null });
        if (state.camera === null) expect(back.camera).toBeNull();
        else {
          const {
            center: [lng, lat],
            zoom,
          } = back.camera!;
          expect(Math.abs(lng - state.camera.center[0])).toBeLessThanOrEqual(0.00005);
          expect(Math.abs(lat - state.camera.center[1])).toBeLessThanOrEqual(0.00005);
          expect(Math.abs(zoom - state.camera.zoom)).toBeLessThanOrEqual(0.005);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
