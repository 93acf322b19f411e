/**
 * A seeded PRNG (mulberry32), so generated fact bases and fuzzed URLs are the same on every run
 * and a failure can be replayed. Example: `const random = prng(7); random.int(10)` → 0…9.
 */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[int(list.length)]!;
  };
  return { next, int, pick };
}
