import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facts } from '../data/factBase';
import { readDocuments } from '../data/load-node';
import type { Figure } from '../data/types';
import { parseCsv } from '../../tests/support/csv';
import { figuresCsv } from './csv';

const documents = readDocuments();
const csv = figuresCsv(facts, documents);
const [header = [], ...rows] = parseCsv(csv);
const column = (name: string) => {
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`no column ${name}`);
  return i;
};

describe('figuresCsv', () => {
  it('writes one CRLF-terminated row per figure, every row as wide as the header', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/);
    expect(rows).toHaveLength(facts.figures.length);
    for (const row of rows) expect(row).toHaveLength(header.length);
    expect(rows.map((r) => r[column('id')])).toEqual(facts.figures.map((f) => f.id));
  });

  // That the fact base quotes the seeds verbatim is the build's check (src/data/validate.ts).
  it('carries every quote and paragraph as the fact base has them', () => {
    for (const [i, figure] of facts.figures.entries()) {
      expect(rows[i]![column('verbatim quote')]).toBe(figure.cite.quote);
      expect(rows[i]![column('paragraph id')]).toBe(figure.cite.para);
    }
  });

  it('gives the document reference, the places by today’s name and the licence', () => {
    const kosovo = rows.find((r) => r[column('place ids')]?.split('; ').includes('XK'));
    expect(kosovo?.[column('places')]).toContain('Kosovo');
    expect(kosovo?.[column('document reference')]).toBe(documents['fco-2004'].reference);
    const commons = rows.find((r) => r[column('id')] === 'uk-ilo-balkans-2002');
    expect(commons?.[column('document reference')]).toBe('HC Deb 08 July 2002 vol 388 cc741-2W [65708]');
    expect(commons?.[column('paragraph')]).toBe('answer, paragraph 3');
    for (const row of rows) expect(row[column('licence')]).toBe('Contains Parliamentary information licensed under the Open Parliament Licence v3.0');
  });

  it('defuses spreadsheet formulas but round-trips commas, quotes and line breaks', () => {
    const base = facts.figures[0]!;
    const hostile: Figure = {
      ...base,
      id: 'hostile',
      counts: '=HYPERLINK("http://example.invalid")',
      period: '@SUM(A1)',
      display: '-1',
      cite: { ...base.cite, quote: 'He said "no", then,\nleft' },
    };
    const [, row] = parseCsv(figuresCsv({ ...facts, figures: [hostile] }, documents));
    expect(row?.[column('what it counts')]).toBe(`'=HYPERLINK("http://example.invalid")`);
    expect(row?.[column('period')]).toBe(`'@SUM(A1)`);
    expect(row?.[column('wording')]).toBe(`'-1`);
    expect(row?.[column('verbatim quote')]).toBe('He said "no", then,\nleft');
  });

  it('finds no real quote that the formula guard would change', () => {
    for (const f of facts.figures) expect(f.cite.quote, f.id).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('round-trips any text through an independent RFC 4180 reader, defusing only formula starts', () => {
    const base = facts.figures[0]!;
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('=1+1', '+1', '-1', '@A1', '\t=1', '\r=1', '"', '""', ',', '\r\n', '\n'),
    );
    // A spreadsheet reads a leading = + - @ (or a tab or CR before one) as a formula: such text gains an apostrophe.
    const written = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
    fc.assert(
      fc.property(text, text, text, text, (counts, period, display, quote) => {
        const hostile: Figure = { ...base, counts, period, display, cite: { ...base.cite, quote } };
        const parsed = parseCsv(figuresCsv({ ...facts, figures: [hostile] }, documents));
        expect(parsed).toHaveLength(2);
        const row = parsed[1]!;
        expect(row).toHaveLength(header.length);
        expect([row[column('what it counts')], row[column('period')], row[column('wording')], row[column('verbatim quote')]]).toEqual(
          [counts, period, display, quote].map(written),
        );
      }),
      { numRuns: 300 },
    );
  });
});
