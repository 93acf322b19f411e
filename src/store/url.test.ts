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

describe('parseQuery', () => {
  it('reads a selection, year, layers, camera and view', () => {
    const { state, notices } = parseQuery('?select=XK&year=2001&layers=countries,routes&camera=20.9,42.6,7.5&view=table');
    expect(notices).toEqual([]);
    expect(state.selection).toBe('XK');
    expect(state.year).toBe(2001);
    expect(LAYER_IDS.filter((id) => state.layers?.[id])).toEqual(['countries', 'routes']);
    expect(state.camera).toEqual({ center: [20.9, 42.6], zoom: 7.5 });
    expect(state.panel).toBe('table');
  });

  it('accepts ids in another case', () => {
    expect(parseQuery('select=xk').state.selection).toBe('XK');
  });

  it('opens the reader at a paragraph, with or without view=reader', () => {
    expect(parseQuery('view=reader&doc=commons-2002&para=a3').state).toMatchObject({ panel: 'reader', reader: { doc: 'commons-2002', para: 'a3' } });
    expect(parseQuery('doc=fco-2004&para=p9').state.reader).toEqual({ doc: 'fco-2004', para: 'p9' });
  });

  it('keeps story and embed for the presentation and embed modes', () => {
    expect(parseQuery('story=2&embed')).toMatchObject({ story: 1, embed: true });
    expect(parseQuery('story=0').story).toBeNull();
    expect(parseQuery('')).toMatchObject({ story: null, embed: false, embedLook: { theme: 'light', plain: false, static: false }, state: {}, notices: [] });
    expect(parseQuery('embed=0').embed).toBe(false);
  });

  it('reads how an embed fits its host: theme, plain, static', () => {
    expect(parseQuery('embed&theme=dark&plain&static').embedLook).toEqual({ theme: 'dark', plain: true, static: true });
    expect(parseQuery('embed&theme=AUTO&plain=no').embedLook).toEqual({ theme: 'auto', plain: false, static: false });
    const { embedLook, notices } = parseQuery('embed&theme=neon');
    expect(embedLook.theme).toBe('light');
    expect(notices).toEqual(['There is no “neon” theme; the themes are light, dark, auto.']);
  });

  it('skips unknown ids and layers politely and applies the rest', () => {
    const { state, notices } = parseQuery('select=atlantis&layers=routes,lava&year=2002');
    expect(state).toEqual({ year: 2002, layers: expect.objectContaining({ routes: true, countries: false }) });
    expect(notices).toHaveLength(2);
    expect(notices[0]).toContain('“atlantis”');
    expect(notices[1]).toContain('lava');
  });

  it('clamps years and cameras into range', () => {
    expect(parseQuery('year=1999').state.year).toBe(2000);
    expect(parseQuery('year=3000').state.year).toBe(2004);
    expect(parseQuery('camera=500,-100,99').state.camera).toEqual({ center: [180, -85], zoom: 20 });
  });

  it('rejects non-numbers', () => {
    for (const bad of ['NaN', 'Infinity', '-1e309', '0x7d1', '', '2001abc']) {
      const { state, notices } = parseQuery(`year=${bad}&camera=${bad},1,1`);
      expect(state, bad).toEqual({});
      expect(notices, bad).toHaveLength(2);
    }
  });

  it('uses the first of repeated params and says so', () => {
    const { state, notices } = parseQuery('select=XK&select=AL');
    expect(state.selection).toBe('XK');
    expect(notices[0]).toContain('2 times');
  });

  it('never throws and never echoes markup, controls or huge values', () => {
    const hostile = [
      'select=%E0%A4%A',
      '%',
      '%%%',
      'select=<script>alert(1)</script>',
      'select=javascript:alert(1)',
      `select=${'x'.repeat(10_000)}`,
      `year=${'9'.repeat(10_000)}`,
      `camera=${'1,'.repeat(5000)}`,
      'select=\u202eKX\u202c',
      'select=\u200bXK',
      'select=🙂',
      'doc=__proto__&para=constructor',
      'layers=__proto__,toString',
      'story=-1&story=1e400',
      '?&&==&',
      'view=<img src=x onerror=alert(1)>',
    ];
    for (const query of hostile) {
      const { notices } = parseQuery(query);
      for (const n of notices) {
        expect(n.length, query).toBeLessThan(300);
        expect(n, query).not.toMatch(/[\u200b\u202e\u202c]/);
      }
    }
    expect(() => parseQuery(undefined as unknown as string)).not.toThrow();
  });
});

describe('toQuery', () => {
  it('leaves defaults out', () => {
    expect(toQuery(initialState)).toBe('');
  });

  it('writes what differs, and round-trips through parseQuery', () => {
    const state = {
      ...initialState,
      selection: 'XK',
      year: 2001,
      layers: { ...initialState.layers, borders: false },
      camera: { center: [20.91234567, 42.6] as [number, number], zoom: 7.123 },
      panel: 'reader' as const,
      reader: { doc: 'fco-2004', para: 'p9' },
    };
    const query = toQuery(state, true);
    expect(query).toBe(
      'select=XK&view=reader&doc=fco-2004&para=p9&year=2001&layers=countries,routes,sites,institutions,postings&camera=20.9123,42.6,7.12&embed',
    );
    const parsed = parseQuery(query);
    expect(parsed.notices).toEqual([]);
    expect(parsed.embed).toBe(true);
    expect(parsed.state).toEqual({
      selection: 'XK',
      year: 2001,
      layers: state.layers,
      panel: 'reader',
      reader: { doc: 'fco-2004', para: 'p9' },
      camera: { center: [20.9123, 42.6], zoom: 7.12 },
    });
  });

  it('keeps an embed’s look in its own links, flags bare, and nowhere else', () => {
    const state = { ...initialState, selection: 'XK', embedLook: { theme: 'auto' as const, plain: true, static: true } };
    const query = toQuery(state, true);
    expect(query).toBe('select=XK&embed&theme=auto&plain&static');
    expect(parseQuery(query).embedLook).toEqual(state.embedLook);
    expect(toQuery(state)).toBe('select=XK');
  });

  it('writes no layers as "none"', () => {
    const layers = Object.fromEntries(LAYER_IDS.map((id) => [id, false])) as typeof initialState.layers;
    expect(toQuery({ ...initialState, layers })).toBe('layers=none');
    expect(parseQuery('layers=none').state.layers).toEqual(layers);
  });
});

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
