// The validator against crafted bad input: the real fact base (valid, or the build would have
// stopped) with one fault at a time, each of which must give exactly one message naming the
// file, the id and the problem. The real base's own content is checked by the build itself.
import { describe, expect, it } from 'vitest';
import { brokenFactBase, realFactBase } from '../../tests/fixtures/broken-facts';
import { readDocuments } from './load-node';
import type { FactBase } from './types';
import { FACT_FILES, factBaseProblems, type Collection } from './validate';

const documents = readDocuments();
const problemsOf = (facts: FactBase | Record<Collection, unknown>) => factBaseProblems(facts as Record<Collection, unknown>, documents);
/** The real base after `change`, which edits a fresh copy. */
const withFault = (change: (facts: FactBase) => void) => {
  const facts = realFactBase();
  change(facts);
  return problemsOf(facts);
};

describe('factBaseProblems', () => {
  it('finds no problem in the real fact base', () => {
    expect(problemsOf(realFactBase())).toEqual([]);
  });

  it('reports each named fault of the broken overlay, with its file and id, and nothing else', () => {
    const { facts, faults } = brokenFactBase();
    const problems = problemsOf(facts);
    for (const { collection, item, id, problem } of faults) {
      expect(problems).toContainEqual(expect.stringContaining(`${FACT_FILES[collection]}: ${item} "${id}": ${problem}`));
    }
    // Every message belongs to a named fault (the foreign quote also fails its value and year checks).
    const named = faults.map((f) => `${FACT_FILES[f.collection]}: ${f.item} "${f.id}": `);
    expect(problems.filter((p) => !named.some((prefix) => p.startsWith(prefix)))).toEqual([]);
  });

  it('refuses an id used twice, naming the file it was first used in', () => {
    const twice = realFactBase().figures[1]!.id;
    const problems = withFault((f) => f.figures.push({ ...f.figures[0]!, id: twice }));
    expect(problems).toEqual([`${FACT_FILES.figures}: figure "${twice}": id already used in ${FACT_FILES.figures}`]);
  });

  it('refuses a route through an unknown place', () => {
    const problems = withFault((f) => {
      f.routes[0]!.path[1] = 'ATLANTIS';
    });
    expect(problems).toEqual([`${FACT_FILES.routes}: route "${realFactBase().routes[0]!.id}": path: unknown place id "ATLANTIS"`]);
  });

  it('refuses a citation of a paragraph the document does not have', () => {
    const problems = withFault((f) => (f.initiatives[0]!.cites[0]!.para = 'p999'));
    const { id, cites } = realFactBase().initiatives[0]!;
    expect(problems).toEqual([`${FACT_FILES.initiatives}: initiative "${id}": cites[0]: no paragraph "p999" in ${cites[0]!.doc}`]);
  });

  it('refuses an approximate place without a note saying why', () => {
    const approximate = realFactBase().places.find((p) => p.precision !== 'exact');
    expect(approximate, 'an approximate place in the real base').toBeDefined();
    const problems = withFault((f) => delete f.places.find((p) => p.id === approximate!.id)!.locationNote);
    expect(problems).toEqual([`${FACT_FILES.places}: place "${approximate!.id}": an approximate place needs a locationNote saying why`]);
  });

  it('refuses a figure whose quote does not contain its wording', () => {
    const figure = realFactBase().figures[0]!;
    const problems = withFault((f) => (f.figures[0]!.display = `${figure.display}0`));
    expect(problems).toContainEqual(`${FACT_FILES.figures}: figure "${figure.id}": value "${figure.display}0" not found in its quote`);
  });

  it('refuses an unknown role and an exclusion that misquotes its paragraph', () => {
    const real = realFactBase();
    const place = real.places.find((p) => p.roles.length > 0)!;
    const exclusion = real.exclusions[0]!;
    const problems = withFault((f) => {
      (f.places.find((p) => p.id === place.id)!.roles[0] as { role: string }).role = 'pirate';
      f.exclusions[0]!.text = `${exclusion.text} (not in the source)`;
    });
    expect(problems).toEqual([
      `${FACT_FILES.places}: place "${place.id}": roles[0]: unknown role "pirate"`,
      `${FACT_FILES.exclusions}: exclusion #1: text not found verbatim in ${exclusion.doc} ${exclusion.para}`,
    ]);
  });

  it('names what the schema refuses in its own words, each problem once', () => {
    const place = realFactBase().places.find((p) => p.kind === 'city')!;
    const problems = withFault((f) => {
      const broken = f.places.find((p) => p.id === place.id) as unknown as Record<string, unknown>;
      [broken['kind'], broken['name'], broken['sourceName']] = ['castle', '', undefined];
    });
    expect(problems).toEqual([
      `${FACT_FILES.places}: place "${place.id}": unknown kind "castle"`,
      `${FACT_FILES.places}: place "${place.id}": needs name and sourceName`,
    ]);
  });

  it('says which collection is not a list, instead of throwing', () => {
    const facts: Record<Collection, unknown> = { ...realFactBase(), routes: { not: 'a list' } };
    expect(problemsOf(facts)).toEqual([`${FACT_FILES.routes}: expected an array of objects`]);
  });
});

describe('the real fact base', () => {
  // A reviewer's second reading of the two documents, kept apart from the fact base on purpose:
  // a change to a role or its subject must be made in both places.
  it('gives the roles and subjects a second reading of the sources supports, and no others', () => {
    const roles = Object.fromEntries(realFactBase().places.map((p) => [p.id, p.roles.map((r) => `${r.role}:${r.subject}`).sort()]));
    expect(roles).toMatchObject({
      XK: ['destination:trafficking', 'transit:trafficking'],
      MD: ['source:trafficking'],
      RO: ['source:trafficking'],
      BA: ['transit:immigration'],
      RS: [],
      MK: [],
      GB: [],
      AL: [],
      balkans: ['transit:trafficking'],
      'western-balkans': ['source:immigration', 'transit:immigration'],
      EU: ['destination:immigration'],
    });
  });
});
