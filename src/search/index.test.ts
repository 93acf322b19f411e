import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facts } from '../data/factBase';
import type { FactBase } from '../data/types';
import { buildIndex, normalise, search } from './index';

const cite = (quote: string) => ({ doc: 'fco-2004' as const, para: 'p10', quote });

// A small fixed fact base, so ranking rules are tested independently of the data being edited.
const fixture: FactBase = {
  places: [
    {
      id: 'BA',
      kind: 'country',
      sourceName: 'Bosnia',
      name: 'Bosnia and Herzegovina',
      precision: 'exact',
      roles: [],
      cites: [cite('the Bosnia State Border Service')],
    },
    {
      id: 'sarajevo-airport',
      kind: 'airport',
      sourceName: 'Sarejevo airport',
      name: 'Sarajevo International Airport',
      precision: 'exact',
      roles: [],
      cites: [cite('through Sarejevo airport by 90 per cent')],
    },
    { id: 'TR', kind: 'country', sourceName: 'Istanbul', name: 'Türkiye', precision: 'exact', roles: [], cites: [] },
  ],
  initiatives: [
    {
      id: 'tpiu',
      name: 'Trafficking and Prostitution Investigation Unit',
      acronym: 'TPIU',
      kind: 'unit',
      summary: 'UNMIK police unit.',
      places: ['BA'],
      cites: [cite('UNMIK established a Trafficking and Prostitution Investigation Unit (TPIU)')],
    },
    {
      id: 'ilo',
      name: 'UK Immigration Liaison Officers',
      kind: 'unit',
      summary: 'Officers posted abroad.',
      places: [],
      cites: [cite('nine Immigration Liaison Officers')],
    },
  ],
  figures: [
    {
      id: 'raids-2003',
      value: 2047,
      display: '2,047',
      unit: 'operations',
      counts: 'raids, operations and bar checks by the TPIU',
      period: 'in 2003',
      year: 2003,
      stated: 2004,
      places: ['BA'],
      initiative: 'tpiu',
      cite: cite('the TPIU conducted 2,047 raids'),
    },
    {
      id: 'names-2004',
      value: 1261,
      display: '1261',
      unit: 'names',
      counts: 'names registered on the VAAU database',
      period: 'by the end of April 2004',
      year: 2004,
      stated: 2004,
      places: ['BA'],
      cite: cite('1261 names had been registered'),
    },
  ],
  routes: [{ id: 'route-ba', label: 'Moldova → Bosnia', kind: 'origin', subject: 'trafficking', path: ['MD', 'BA'], cite: cite('trafficked from Moldova') }],
  exclusions: [],
};
const index = buildIndex(fixture);
const ids = (query: string) => search(index, query).map((e) => e.id);

describe('normalise', () => {
  it('drops diacritics, punctuation and thousands separators', () => {
    expect(normalise('Türkiye')).toBe('turkiye');
    expect(normalise('2,047')).toBe('2047');
    expect(normalise('£200,000')).toBe('200000');
    expect(normalise('  “Off Limits List”! ')).toBe('off limits list');
  });
});

describe('search', () => {
  it('ranks an exact acronym first', () => {
    expect(ids('TPIU')[0]).toBe('tpiu');
    expect(ids('tpiu')).toContain('raids-2003');
  });

  it('finds a place by its name and by the source’s spelling', () => {
    expect(ids('Sarajevo')[0]).toBe('sarajevo-airport');
    expect(ids('Sarejevo')[0]).toBe('sarajevo-airport');
  });

  it('matches figures with or without thousands separators', () => {
    expect(ids('2047')[0]).toBe('raids-2003');
    expect(ids('2,047')[0]).toBe('raids-2003');
    expect(ids('1261')[0]).toBe('names-2004');
  });

  it('finds words inside names and quotes', () => {
    expect(ids('liaison')[0]).toBe('ilo');
    expect(ids('turkiye')).toEqual(['TR']);
    expect(ids('border service')).toContain('BA');
  });

  it('requires every word of a multi-word query', () => {
    expect(ids('bosnia raids')).toEqual(['raids-2003']);
  });

  it('returns nothing for blank, punctuation-only or unmatched queries', () => {
    expect(ids('')).toEqual([]);
    expect(ids('  ,.;  ')).toEqual([]);
    expect(ids('zzzz')).toEqual([]);
  });

  it('survives hostile input', () => {
    expect(() => search(index, '<script>alert(1)</script>'.repeat(500))).not.toThrow();
    expect(() => search(index, '\u202e\u200b🙂')).not.toThrow();
  });
});

describe('search over the real fact base', () => {
  const real = buildIndex(facts);
  it('finds Kosovo and Sarajevo', () => {
    expect(search(real, 'Kosovo')[0]?.id).toBe('XK');
    expect(search(real, 'Sarajevo')[0]?.id).toBe('sarajevo-airport');
  });
});

describe('search, for any query (fast-check)', () => {
  const real = buildIndex(facts);
  const entry = fc.constantFrom(...real);
  const typed = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 80 }),
    entry.map((e) => e.label),
    entry.map((e) => e.quotes.slice(0, 30)),
  );

  it('returns at most `limit` distinct entries, each holding every word typed', () => {
    fc.assert(
      fc.property(typed, fc.integer({ min: 1, max: 20 }), (query, limit) => {
        const hits = search(real, query, limit);
        expect(hits.length).toBeLessThanOrEqual(limit);
        expect(new Set(hits.map((h) => h.id)).size).toBe(hits.length);
        const words = normalise(query.slice(0, 200)).split(' ').filter(Boolean);
        for (const hit of hits) {
          const text = `${hit.names.join(' ')} ${hit.about} ${hit.quotes}`;
          for (const word of words) expect(text).toContain(word);
        }
        // A longer list only adds to the end of a shorter one.
        expect(search(real, query, limit + 5).slice(0, hits.length)).toEqual(hits);
      }),
      { numRuns: 300 },
    );
  });

  it('ignores case, accents, and punctuation around the words', () => {
    fc.assert(
      fc.property(typed, fc.constantFrom('', ' ', '!', '“', '  ,.;'), (query, noise) => {
        const upper = query.slice(0, 100).toUpperCase();
        expect(search(real, `${noise}${upper}${noise}`)).toEqual(search(real, upper.toLowerCase()));
        const short = query.slice(0, 100);
        expect(search(real, short.normalize('NFD'))).toEqual(search(real, short.normalize('NFC')));
      }),
      { numRuns: 200 },
    );
  });

  it('finds every item by any one word of its name, and by its whole name first', () => {
    fc.assert(
      fc.property(entry, fc.nat(), (item, pick) => {
        const words = item.names[0]!.split(' ');
        expect(search(real, words[pick % words.length]!, Infinity).map((h) => h.id)).toContain(item.id);
        expect(search(real, item.names[0]!, 1)[0]!.names).toContain(item.names[0]);
      }),
      { numRuns: 300 },
    );
  });
});
