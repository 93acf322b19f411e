const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  hundred: 100,
  half: 0.5,
  million: 1_000_000,
  thousand: 1000,
};

/** Words the sources use for numbers, as a pattern for the coverage check. */
export const NUMBER_WORD = new RegExp(`\\b(${Object.keys(WORDS).join('|')})\\b`, 'gi');

/**
 * The number a source's wording states: "2,047" → 2047, "£200,000" → 200000,
 * "90 per cent" → 90, "nine" → 9, "more than half a million pounds" → 500000.
 * Returns null when the wording holds no number.
 */
export function numberFromWording(wording: string): number | null {
  const digits = /\d[\d,]*(\.\d+)?/.exec(wording);
  if (digits) return Number(digits[0].replace(/,/g, ''));
  // Only the first run of number words counts: "Two of the three" states two.
  let total: number | null = null;
  for (const word of wording.toLowerCase().match(/[a-z]+/g) ?? []) {
    const n = WORDS[word];
    if (n === undefined) {
      if (total !== null && word !== 'a') break;
      continue;
    }
    // "half a million": a multiplier scales what came before it.
    total = total !== null && n >= 100 ? total * n : (total ?? 0) + n;
  }
  return total;
}
