// parseQuery and toQuery by example; url.property.test.ts generates hostile input.
import { describe, expect, it } from 'vitest';
import { initialState, LAYER_IDS } from './explorer';
import { parseQuery, toQuery } from './url';

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
