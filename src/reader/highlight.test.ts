import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight';

const text = 'In 2000 Reflex was set up. It is led by the NCS. It works with Europol.';

describe('highlightSegments', () => {
  it('returns the whole text as one plain run when nothing is quoted', () => {
    expect(highlightSegments(text, [])).toEqual([{ text, quotes: [], excluded: false }]);
  });

  it('marks a quote and keeps the text around it', () => {
    const segments = highlightSegments(text, ['It is led by the NCS.']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.quotes.length > 0)).toEqual([{ text: 'It is led by the NCS.', quotes: [0], excluded: false }]);
  });

  it('merges overlapping quotes into one mark that lists both', () => {
    const segments = highlightSegments(text, ['Reflex was set up. It is led', 'led by the NCS.']);
    const marks = segments.filter((s) => s.quotes.length > 0);
    expect(marks).toEqual([{ text: 'Reflex was set up. It is led by the NCS.', quotes: [0, 1], excluded: false }]);
  });

  it('merges a quote contained in another', () => {
    const marks = highlightSegments(text, ['NCS', 'It is led by the NCS.']).filter((s) => s.quotes.length > 0);
    expect(marks).toEqual([{ text: 'It is led by the NCS.', quotes: [0, 1], excluded: false }]);
  });

  it('keeps touching quotes as separate marks', () => {
    const marks = highlightSegments(text, ['In 2000 ', 'Reflex']).filter((s) => s.quotes.length > 0);
    expect(marks.map((m) => [m.text, m.quotes])).toEqual([
      ['In 2000 ', [0]],
      ['Reflex', [1]],
    ]);
  });

  it('marks every occurrence and ignores quotes that are not in the text', () => {
    const marks = highlightSegments(text, ['It ', 'absent sentence']).filter((s) => s.quotes.length > 0);
    expect(marks).toHaveLength(2);
  });

  it('ignores empty quotes', () => {
    expect(highlightSegments(text, [''])).toEqual([{ text, quotes: [], excluded: false }]);
  });

  it('flags excluded passages, splitting marks at their edges', () => {
    const segments = highlightSegments(text, ['It is led by the NCS.'], ['the NCS. It works']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.excluded).map((s) => s.text)).toEqual(['the NCS.', ' It works']);
    expect(segments.find((s) => s.text === 'the NCS.')?.quotes).toEqual([0]);
  });

  it('handles an empty paragraph', () => {
    expect(highlightSegments('', ['x'])).toEqual([]);
  });
});
