/** A run of a paragraph's text, with the quotes that cover it and whether it is excluded. */
export interface Segment {
  text: string;
  /** Indices into the `quotes` argument of every quote in the merged mark this run belongs to; empty for plain text. */
  quotes: number[];
  /** True inside a passage the fact base leaves out (a foreign answer, page furniture). */
  excluded: boolean;
}

/** Shared by every plain run, so identical neighbours can be joined by reference. */
const PLAIN: number[] = [];

interface Span {
  start: number;
  end: number;
  quotes: number[];
}

/** Every occurrence of `needle` in `text`, as [start, end) ranges; an empty needle has none. */
function occurrences(text: string, needle: string): [number, number][] {
  const found: [number, number][] = [];
  if (needle.length === 0) return found;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    found.push([at, at + needle.length]);
  }
  return found;
}

/**
 * Overlapping quotes become one mark covering their union, so one control selects everything the
 * overlapping sentences back. Quotes that merely touch stay separate marks: they cite different facts.
 */
function mergedMarks(text: string, quotes: readonly string[]): Span[] {
  const spans = quotes
    .flatMap((quote, index) => occurrences(text, quote).map(([start, end]) => ({ start, end, quotes: [index] })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      for (const q of span.quotes) if (!last.quotes.includes(q)) last.quotes.push(q);
    } else {
      merged.push({ ...span, quotes: [...span.quotes] });
    }
  }
  for (const span of merged) span.quotes.sort((a, b) => a - b);
  return merged;
}

/**
 * Splits `text` into runs for the source reader: marked where `quotes` occur (overlaps merged),
 * excluded where `excluded` passages occur. Quotes that do not occur verbatim are ignored.
 * Example: `highlightSegments('ab cd', ['cd'])` → `[{text: 'ab ', quotes: []…}, {text: 'cd', quotes: [0]…}]`.
 */
export function highlightSegments(text: string, quotes: readonly string[], excluded: readonly string[] = []): Segment[] {
  const marks = mergedMarks(text, quotes);
  const cuts = excluded.flatMap((passage) => occurrences(text, passage));
  const boundaries = new Set<number>([0, text.length]);
  for (const m of marks) boundaries.add(m.start).add(m.end);
  for (const [start, end] of cuts) boundaries.add(start).add(end);
  const points = [...boundaries].sort((a, b) => a - b);

  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const mark = marks.find((m) => m.start <= start && end <= m.end);
    const segment: Segment = {
      text: text.slice(start, end),
      quotes: mark ? mark.quotes : PLAIN,
      excluded: cuts.some(([s, e]) => s <= start && end <= e),
    };
    // Boundaries of an exclusion or a touching mark can split a run needlessly; join identical neighbours.
    const last = segments[segments.length - 1];
    if (last && last.excluded === segment.excluded && last.quotes === segment.quotes) last.text += segment.text;
    else segments.push(segment);
  }
  return segments;
}
