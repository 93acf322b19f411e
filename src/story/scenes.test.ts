import { describe, expect, it } from 'vitest';
import { paragraphOf } from '../data/documents';
import { readDocuments } from '../data/load-node';
import { entityById } from '../data/queries';
import { FIRST_YEAR, LAST_YEAR, LAYER_IDS } from '../store/explorer';
import { resolveQuote, sceneQuotes } from './quotes';
import { scenes } from './scenes';

const documents = readDocuments();

const NUMBER_WORDS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion',
  'half', 'dozen', 'twice', 'first', 'second', 'third', 'fourth', 'fifth', 'tenth', 'single', 'double',
];

/** Every number a caption states: digit runs as written ("2,047", "90") and number words. */
function numbersIn(text: string): string[] {
  const digits = text.match(/\d[\d,.]*\d|\d/g) ?? [];
  const words = text.toLowerCase().match(/[a-z]+/g)?.filter((w) => NUMBER_WORDS.includes(w)) ?? [];
  return [...digits, ...words];
}

/** Whether `quote` states `number` on its own, not as part of a larger number ("126" is not in "1261"). */
const mentions = (quote: string, number: string) =>
  /^\d/.test(number)
    ? new RegExp(`(?<!\\d|\\d[.,])${number.replace(/[.,]/g, '\\$&')}(?!\\d|[.,]\\d)`).test(quote)
    : new RegExp(`\\b${number}\\b`, 'i').test(quote);

/** Sentences end at . ! or ? followed by a space and a capital, a quote mark or the end. */
const sentencesIn = (text: string) => text.trim().split(/(?<=[.!?])\s+(?=[A-Z‘“"])/);

describe('the story', () => {
  it('has at least eight scenes with distinct ids', () => {
    expect(scenes.length).toBeGreaterThanOrEqual(8);
    expect(new Set(scenes.map((s) => s.id)).size).toBe(scenes.length);
  });

  it('tells the routes first and what more can be done last', () => {
    expect(scenes[0]?.highlight.some((id) => entityById(id)?.kind === 'route')).toBe(true);
    expect(scenes.at(-1)?.highlight).toContain('unmik-strategy');
  });

  describe.each(scenes.map((s, i) => [`${i + 1}. ${s.title}`, s] as const))('%s', (_, scene) => {
    it('highlights and selects only fact-base items', () => {
      const ids = [...scene.highlight, ...(scene.select ? [scene.select] : [])];
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.filter((id) => !entityById(id))).toEqual([]);
    });

    it('switches on known layers and stays inside the time window', () => {
      expect(scene.layers.filter((l) => !LAYER_IDS.includes(l))).toEqual([]);
      const year = scene.year ?? LAST_YEAR;
      expect(year).toBeGreaterThanOrEqual(FIRST_YEAR);
      expect(year).toBeLessThanOrEqual(LAST_YEAR);
    });

    it('has a caption of one to three sentences', () => {
      const sentences = sentencesIn(scene.caption);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(3);
      expect(scene.caption.trim()).toMatch(/[.!?]$/);
    });

    it('picks out exactly one citation with each quote reference', () => {
      expect(scene.quotes.length).toBeGreaterThan(0);
      expect(scene.quotes.filter((ref) => resolveQuote(ref) === undefined)).toEqual([]);
      expect(sceneQuotes(scene)).toHaveLength(scene.quotes.length);
    });

    it('quotes each citation verbatim from its paragraph', () => {
      for (const cite of sceneQuotes(scene)) {
        const paragraph = paragraphOf(documents[cite.doc], cite.para);
        expect(paragraph, `${cite.doc} has a paragraph ${cite.para}`).toBeDefined();
        expect(paragraph?.text).toContain(cite.quote);
      }
    });

    it('states no number that its quotes do not', () => {
      const quotes = sceneQuotes(scene).map((c) => c.quote);
      const unsupported = numbersIn(scene.caption).filter((n) => !quotes.some((q) => mentions(q, n)));
      expect(unsupported).toEqual([]);
    });
  });
});

describe('the caption number check', () => {
  it('finds digits with separators and number words', () => {
    expect(numbersIn('In 2003 it made 2,047 raids; nine officers, over twenty.')).toEqual(['2003', '2,047', 'nine', 'twenty']);
  });

  it('does not accept a number that only appears inside a larger one', () => {
    expect(mentions('1261 names', '126')).toBe(false);
    expect(mentions('conducted 2,047 raids', '2,047')).toBe(true);
    expect(mentions('as of May 04', '2004')).toBe(false);
    expect(mentions('April 2004, 1261 names', '2004')).toBe(true);
  });
});
