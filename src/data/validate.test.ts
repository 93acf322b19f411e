import { describe, expect, it } from 'vitest';
import { paragraphOf } from './documents';
import { loadFactBase, readDocuments } from './load-node';

const documents = readDocuments();
const facts = loadFactBase();

describe('the fact base', () => {
  it('loads with no problems', () => {
    expect(facts.figures.length).toBeGreaterThan(20);
    expect(facts.initiatives.length).toBeGreaterThan(25);
  });

  const citations = [
    ...facts.places.flatMap((p) => [...p.roles.map((r) => ({ id: p.id, cite: r.cite })), ...p.cites.map((cite) => ({ id: p.id, cite }))]),
    ...facts.initiatives.flatMap((i) => i.cites.map((cite) => ({ id: i.id, cite }))),
    ...facts.figures.map((f) => ({ id: f.id, cite: f.cite })),
    ...facts.routes.map((r) => ({ id: r.id, cite: r.cite })),
  ];

  it.each(citations.map((c) => [c.id, c.cite.para, c.cite] as const))('%s quotes %s verbatim', (_id, _para, cite) => {
    const paragraph = paragraphOf(documents[cite.doc], cite.para);
    expect(paragraph?.text).toContain(cite.quote);
  });

  it.each(facts.figures.map((f) => [f.id, f] as const))('figure %s states its value in its quote', (_id, figure) => {
    expect(figure.cite.quote).toContain(figure.display);
  });

  it('resolves every id it refers to', () => {
    const ids = new Set([...facts.places, ...facts.initiatives].map((x) => x.id));
    const refs = [
      ...facts.figures.flatMap((f) => [...f.places, ...(f.initiative ? [f.initiative] : [])]),
      ...facts.initiatives.flatMap((i) => i.places),
      ...facts.routes.flatMap((r) => r.path),
      ...facts.places.flatMap((p) => (p.country ? [p.country] : [])),
    ];
    expect(refs.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('backs every role with a citation of its own', () => {
    for (const place of facts.places) for (const claim of place.roles) expect(claim.cite.quote.length).toBeGreaterThan(0);
  });

  // A reviewer's second reading of the two documents, kept apart from the fact base on purpose:
  // a change to a role or its subject must be made in both places.
  it('gives the roles and subjects a second reading of the sources supports, and no others', () => {
    const roles = Object.fromEntries(facts.places.map((p) => [p.id, p.roles.map((r) => `${r.role}:${r.subject}`).sort()]));
    expect(roles).toMatchObject({
      XK: ['destination:trafficking', 'transit:trafficking'], MD: ['source:trafficking'], RO: ['source:trafficking'],
      BA: ['transit:immigration'], RS: [], MK: [], GB: [], AL: [], balkans: ['transit:trafficking'],
      'western-balkans': ['source:immigration', 'transit:immigration'], EU: ['destination:immigration'],
    });
  });

  it('marks every place the sources do not locate as approximate, with a reason', () => {
    for (const place of facts.places.filter((p) => p.precision !== 'exact')) expect(place.locationNote).toBeTruthy();
    expect(facts.places.find((p) => p.id === 'ilo-balkans')?.precision).toBe('region');
  });
});

describe('a broken fact base', () => {
  const message = (() => {
    try {
      loadFactBase('tests/fixtures/broken-facts');
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  })();

  it.each([
    ['figures.json: figure "misquoted-raids": cite: quote not found verbatim in fco-2004 p24'],
    ['figures.json: figure "wrong-value": display "60" does not state the value 57'],
    ['figures.json: figure "unknown-place": places: unknown place id "ATLANTIS"'],
    ['figures.json: figure "foreign-quote": cite: cites foreign paragraph x-66434-answer'],
    ['places.json: place "MD": roles[0] (source): missing citation'],
  ])('names the file, the id and the problem: %s', (expected) => {
    expect(message).toContain(`tests/fixtures/broken-facts/${expected}`);
  });
});
