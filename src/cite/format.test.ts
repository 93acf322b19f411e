import { describe, expect, it } from 'vitest';
import { citationText, mergeCites, paragraphLabel, referenceOf } from './format';

describe('paragraphLabel', () => {
  it.each([
    ['fco-2004', 'p24', 'para 24'],
    ['fco-2004', 'p4-2', 'para 4, second bullet'],
    ['fco-2004', 'p4-1', 'para 4, first bullet'],
    ['fco-2004', 'intro', 'opening paragraph'],
    ['commons-2002', 'a4', 'answer, paragraph 4'],
    ['commons-2002', 'a4b', 'answer, paragraph 4'],
    ['commons-2002', 'a6', 'answer, paragraph 6'],
    ['commons-2002', 'question', 'the question'],
  ] as const)('%s %s → %s', (doc, para, label) => {
    expect(paragraphLabel(doc, para)).toBe(label);
  });
});

describe('citationText', () => {
  const cite = { doc: 'fco-2004', para: 'p12', quote: 'The TPIU currently has a strength of 26 international staff' } as const;

  it('gives the quote verbatim, the parliamentary reference and the licence', () => {
    const text = citationText(cite);
    expect(text).toContain('“The TPIU currently has a strength of 26 international staff”');
    expect(text).toContain('supplementary written evidence from the Foreign and Commonwealth Office, 6 October 2004');
    expect(text).toContain('para 12');
    expect(text).toMatch(/Contains Parliamentary information licensed under the Open Parliament Licence v3\.0\.$/);
  });

  it('cites the Commons answer by Hansard reference and answer paragraph', () => {
    expect(referenceOf({ doc: 'commons-2002', para: 'a3', quote: 'nine' })).toBe('HC Deb 08 July 2002 vol 388 cc741-2W [65708], answer, paragraph 3');
  });
});

describe('mergeCites', () => {
  it('joins quotes from one paragraph into the verbatim passage that holds them', () => {
    const raids = { doc: 'fco-2004', para: 'p24', quote: 'in 2003 the TPIU conducted 2,047 raids' } as const;
    const charged = { doc: 'fco-2004', para: 'p24', quote: '60 people were charged for trafficking' } as const;
    const staff = { doc: 'fco-2004', para: 'p12', quote: '26 international staff' } as const;
    const merged = mergeCites([charged, raids, staff, staff]);
    expect(merged).toHaveLength(2);
    expect(merged[0]!.quote).toMatch(/^in 2003 the TPIU conducted 2,047 raids.*57 establishments were closed down and 60 people were charged for trafficking$/);
    expect(merged[1]).toEqual(staff);
  });
});
