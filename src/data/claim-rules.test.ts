import { describe, expect, it } from 'vitest';
import { facts } from './factBase';
import { readDocuments } from './load-node';
import { FACT_FILES, factBaseProblems, type Collection } from './validate';

/**
 * One rule per kind of claim, each shown catching a claim that says more than its sentence.
 * Every case is the real fact base with one item changed, so the rest must stay valid.
 */
const documents = readDocuments();
const base = () => structuredClone(facts) as unknown as Record<Collection, Record<string, unknown>[]>;
const byId = (list: Record<string, unknown>[], id: string) => list.find((item) => item['id'] === id)!;
const problemsOf = (change: (raw: ReturnType<typeof base>) => void) => {
  const raw = base();
  change(raw);
  return factBaseProblems(raw, documents);
};
/** The change most cases make: one field of one item set to another value. */
const set = (collection: Collection, id: string, field: string, value: unknown) => (raw: ReturnType<typeof base>) => {
  byId(raw[collection], id)[field] = value;
};
const p9 = (quote: string) => ({ doc: 'fco-2004', para: 'p9', quote });
const ORIGINS = 'The majority of these victims are trafficked from elsewhere in South East Europe, particularly Moldova and Romania.';
const ENTRY = 'Passage into Kosovo is achieved primarily from Serbia as well as from Macedonia';

describe('the claim rules', () => {
  it('pass the fact base as it is', () => {
    expect(factBaseProblems(base(), documents)).toEqual([]);
  });

  it.each([
    [
      'a trafficking role cites a sentence about trafficking',
      (raw: ReturnType<typeof base>) => {
        // Bosnia's only sentence is about illegal migrants under an immigration initiative.
        (byId(raw.places, 'BA')['roles'] as Record<string, unknown>[])[0]!['subject'] = 'trafficking';
      },
      'place "BA": roles[0] (transit): subject "trafficking" but its sentence does not speak of human trafficking',
    ],
    [
      'an immigration route is not drawn as trafficking',
      set('routes', 'immigration-western-balkans-eu', 'subject', 'trafficking'),
      'route "immigration-western-balkans-eu": cite: subject "trafficking" but its sentence does not speak of human trafficking',
    ],
    [
      'a role cites a sentence that gives that role',
      // "Passage into Kosovo … from Serbia" does not call Serbia a transit country for trafficking.
      set('places', 'RS', 'roles', [{ role: 'transit', subject: 'trafficking', cite: p9(ENTRY) }]),
      'place "RS": roles[0] (transit): subject "trafficking" but its sentence does not speak of human trafficking',
    ],
    [
      'a route joins only the two places its sentence names',
      set('routes', 'origin-moldova-kosovo', 'path', ['MD', 'RS', 'XK']),
      'route "origin-moldova-kosovo": path names 3 places; a route may only join the two places its sentence names',
    ],
    [
      'two sentences side by side do not join an origin to an entry',
      (raw: ReturnType<typeof base>) => {
        // The old Romania → North Macedonia arc: the text never says Romania's victims enter by Macedonia.
        raw.routes.push({
          id: 'romania-macedonia',
          label: 'Romania → Macedonia',
          kind: 'origin',
          subject: 'trafficking',
          path: ['RO', 'MK'],
          cite: p9(`${ORIGINS} ${ENTRY}`),
        });
      },
      'route "romania-macedonia": its sentence does not give "Macedonia" as where the movement ends',
    ],
    [
      'a route runs the way its sentence says',
      set('routes', 'entry-serbia-kosovo', 'path', ['XK', 'RS']),
      'route "entry-serbia-kosovo": its sentence does not give "Kosovo" as where the movement starts',
    ],
    [
      'a route weighted "primarily" quotes that word',
      set('routes', 'entry-macedonia-kosovo', 'weightWording', 'mainly'),
      'route "entry-macedonia-kosovo": weight wording "mainly" is not in its quote',
    ],
    [
      'a claim is not dated before its document unless its sentence dates it',
      // Heathrow's joint units are undated in the 2004 memorandum.
      set('places', 'heathrow', 'date', { year: 2000, text: 'In 2000' }),
      'place "heathrow": date wording "In 2000" is not in any of its quotes',
    ],
    [
      'a figure is not dated before its document unless its sentence gives the year',
      set('figures', 'tpiu-closures-2003', 'cite', {
        doc: 'fco-2004',
        para: 'p24',
        quote: 'As a result of these raids 57 establishments were closed down',
      }),
      'figure "tpiu-closures-2003": dated 2003, before its 2004 document, but its sentence does not give that year',
    ],
    [
      'what the source says will happen is planned, not started',
      (raw: ReturnType<typeof base>) => {
        const item = byId(raw.initiatives, 'danish-presidency-project');
        item['started'] = item['planned'];
        delete item['planned'];
      },
      'initiative "danish-presidency-project": started "in the second half of this year" is in a sentence about what will happen: make it planned',
    ],
    [
      'a lead is named as such in a cited sentence',
      // The UK funded the ODIHR projects; the sentence does not say it leads them.
      set('initiatives', 'odihr-projects', 'lead', 'UK Government'),
      'initiative "odihr-projects": lead "UK Government" is not named in any of its quotes',
    ],
    [
      'a place the sources put only in a country gets no point of its own',
      set('places', 'unmik-police-hq', 'lngLat', [21.1655, 42.6629]),
      'place "unmik-police-hq": the sources place it only in its country: drop lngLat, the marker goes to the country',
    ],
    [
      'no quote reaches into the spliced Prison Service answer',
      (raw: ReturnType<typeof base>) => {
        (byId(raw.initiatives, 'eu-stop-teams')['cites'] as Record<string, unknown>[])[0]!['quote'] =
          'UK and EU experts assist the anti-trafficking and (b) left the Prison Service';
      },
      'initiative "eu-stop-teams": cites[0]: quote overlaps the excluded foreign passage "and (b) left the Prison Service in each…" in commons-2002 a4',
    ],
  ])('%s', (_, change, expected) => {
    expect(problemsOf(change)).toContain(
      `${FACT_FILES[expected.startsWith('route') ? 'routes' : expected.startsWith('figure') ? 'figures' : expected.startsWith('initiative') ? 'initiatives' : 'places']}: ${expected}`,
    );
  });
});
