import { describe, expect, it } from 'vitest';
import { numberMentions, uncoveredMentions } from './coverage';
import { loadFactBase, readDocuments } from './load-node';

const documents = readDocuments();
const facts = loadFactBase();
const mentions = numberMentions(documents);

describe('coverage of the seeds by the fact base', () => {
  it('finds the numbers a reader would ask about', () => {
    const texts = mentions.map((m) => m.text);
    for (const n of ['2,047', '£200,000'.slice(1), '1261', 'nine', 'twenty', '185', '323']) expect(texts).toContain(n);
  });

  it('represents or excludes, with a reason, every numeral and number word', () => {
    const missing = uncoveredMentions(mentions, facts, documents).map((m) => `${m.doc} ${m.para}: "${m.text}"`);
    expect(missing).toEqual([]);
  });

  it('notices a number the fact base drops', () => {
    const withoutRaids = { ...facts, figures: facts.figures.filter((f) => f.id !== 'tpiu-raids-2003') };
    const missing = uncoveredMentions(mentions, withoutRaids, documents).map((m) => m.text);
    expect(missing).toContain('2,047');
  });

  it('gives every exclusion a reason', () => {
    for (const x of facts.exclusions) expect(x.reason.length).toBeGreaterThan(10);
  });
});
