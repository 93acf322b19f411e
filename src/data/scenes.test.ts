import { describe, expect, it } from 'vitest';
import { entityById } from './queries';
import { FIRST_YEAR, LAST_YEAR, LAYER_IDS } from '../store/explorer';
import { resolveQuote, sceneQuotes } from '../story/quotes';
import { scenes } from './scenes';

const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'thousand',
  'million',
  'billion',
  'half',
  'dozen',
  'twice',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'tenth',
  'single',
  'double',
];

/** Every number a caption states: digit runs as written ("2,047", "90") and number words. */
function numbersIn(text: string): string[] {
  const digits = text.match(/\d[\d,.]*\d|\d/g) ?? [];
  const words =
    text
      .toLowerCase()
      .match(/[a-z]+/g)
      ?.filter((w) => NUMBER_WORDS.includes(w)) ?? [];
  return [...digits, ...words];
}

/** Whether `quote` states `number` on its own, not as part of a larger number ("126" is not in "1261"). */
const mentions = (quote: string, number: string) =>
  /^\d/.test(number)
    ? new RegExp(`(?<!\\d|\\d[.,])${number.replace(/[.,]/g, '\\$&')}(?!\\d|[.,]\\d)`).test(quote)
    : new RegExp(`\\b${number}\\b`, 'i').test(quote);

/** Sentences end at . ! or ? followed by a space and a capital, a quote mark or the end. */
const sentencesIn = (text: string) => text.trim().split(/(?<=[.!?])\s+(?=[A-Z‘“"])/);

/** Captions are read from the screen across a committee room: short, the detail in the notes. */
const CAPTION_MAX_WORDS = 35;
const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** Years stated as four digits. */
const yearsIn = (text: string) => (text.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number);
/** Passages the text puts in “curly quotes”, which must be the source's words. */
const quotedIn = (text: string) => [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
const textOf = (scene: (typeof scenes)[number]) => [scene.caption, ...scene.notes];
const byId = (id: string) => {
  const scene = scenes.find((s) => s.id === id);
  if (!scene) throw new Error(`no scene ${id}`);
  return scene;
};

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
    });

    it('lists no sentence twice, even where two items quote it at different lengths', () => {
      const quotes = sceneQuotes(scene);
      const repeats = quotes.filter((c, i) => quotes.some((o, j) => j !== i && o.doc === c.doc && o.para === c.para && o.quote.includes(c.quote)));
      expect(repeats.map((c) => c.quote)).toEqual([]);
      expect(quotes.length).toBeGreaterThan(0);
    });

    it(`has a caption of at most ${CAPTION_MAX_WORDS} words and speaker notes`, () => {
      expect(wordsIn(scene.caption)).toBeLessThanOrEqual(CAPTION_MAX_WORDS);
      expect(scene.notes.length).toBeGreaterThan(0);
      for (const note of scene.notes) expect(note.trim()).toMatch(/[.!?”]$/);
    });

    it('states no number, in the caption or the notes, that its quotes do not', () => {
      const quotes = sceneQuotes(scene).map((c) => c.quote);
      for (const text of textOf(scene)) {
        expect(
          numbersIn(text).filter((n) => !quotes.some((q) => mentions(q, n))),
          text,
        ).toEqual([]);
      }
    });

    it('states no year after its time window', () => {
      const year = scene.year ?? LAST_YEAR;
      expect(
        textOf(scene)
          .flatMap(yearsIn)
          .filter((y) => y > year),
      ).toEqual([]);
    });

    it('puts in quotation marks only words its quotes contain', () => {
      const quotes = sceneQuotes(scene).map((c) => c.quote);
      expect(
        textOf(scene)
          .flatMap(quotedIn)
          .filter((q) => !quotes.some((c) => c.includes(q))),
      ).toEqual([]);
    });

    it('keeps illegal migration and trafficking apart', () => {
      const sentences = textOf(scene).flatMap(sentencesIn);
      const mixed = sentences.filter((t) => /illegal migra|Western Balkans/i.test(t) && /traffick/i.test(t));
      expect(mixed).toEqual([]);
    });

    it('draws large only fact-base figures its quotes cite, labelled in their sentence’s words', () => {
      const quotes = sceneQuotes(scene);
      for (const { id, label } of scene.figures ?? []) {
        const entity = entityById(id);
        expect(entity?.kind, id).toBe('figure');
        const cite = entity?.kind === 'figure' ? entity.item.cite : undefined;
        expect(
          quotes.some((q) => q.doc === cite?.doc && q.para === cite.para),
          `${id} is cited by the scene`,
        ).toBe(true);
        const words = new Set(cite?.quote.toLowerCase().match(/[a-z]+/g));
        expect(
          label
            .toLowerCase()
            .match(/[a-z]+/g)
            ?.filter((w) => !words.has(w)),
          `${id}: “${label}”`,
        ).toEqual([]);
        expect(numbersIn(label)).toEqual([]);
      }
    });
  });
});

describe('the claims review', () => {
  it('gives the Kosovo assessment to the UNMIK report the FCO paragraph cites', () => {
    const scene = byId('routes-into-kosovo');
    expect(scene.caption).toMatch(/from the UNMIK report of May 2004/);
    expect(sceneQuotes(scene).some((c) => c.para === 'p9' && c.quote.includes('from the UNMIK report'))).toBe(true);
  });

  it('shows the TPIU outcomes of May 2004 with a window that reaches 2004', () => {
    const scene = byId('tpiu-2003');
    expect(scene.notes.join(' ')).toMatch(/16 had been convicted/);
    expect(scene.year ?? LAST_YEAR).toBeGreaterThanOrEqual(2004);
  });

  it('says the TPIU "has initiated direct contact", as the source does', () => {
    const text = textOf(byId('seci-bucharest')).join(' ');
    expect(text).toContain('has initiated direct contact');
    expect(text).not.toContain('has made direct contact');
  });

  it('cites the sentence that names UNMIK as identifying the further measures', () => {
    expect(sceneQuotes(byId('what-more')).some((c) => c.para === 'p25' && c.quote.startsWith('UNMIK recognise this and have identified'))).toBe(true);
  });
});

describe('the caption checks', () => {
  it('count words, years and quoted passages', () => {
    expect(wordsIn(' In 2003  it made 2,047 raids. ')).toBe(6);
    expect(yearsIn('In 2003, as of May 04, 1261 names; 1999-2001')).toEqual([2003, 1999, 2001]);
    expect(quotedIn('the “May 04” figures and “its”')).toEqual(['May 04', 'its']);
  });

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
