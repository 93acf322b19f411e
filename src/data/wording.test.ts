import { describe, expect, it } from 'vitest';
import { numberFromWording } from './wording';

describe('numberFromWording', () => {
  it.each([
    ['2,047', 2047],
    ['£200,000', 200000],
    ['90 per cent', 90],
    ['nine', 9],
    ['over twenty', 20],
    ['more than half a million pounds', 500000],
    ['over 100', 100],
    ['Two of the three', 2],
  ])('reads %s as %d', (wording, value) => {
    expect(numberFromWording(wording)).toBe(value);
  });

  it('returns null for words without a number', () => {
    expect(numberFromWording('several')).toBeNull();
  });
});
