import { describe, expect, it } from 'vitest';
import { qrPath } from './qr';

describe('qrPath', () => {
  it('draws a square code with the three finder patterns in its corners', () => {
    const { size, d } = qrPath('https://example.org/explorer/?story=3');
    expect(size).toBeGreaterThanOrEqual(21);
    expect((size - 17) % 4).toBe(0); // QR sizes are 17 + 4 × version
    // Finder patterns: the top-left, top-right and bottom-left 7 × 7 squares start dark.
    for (const [col, row] of [
      [0, 0],
      [size - 7, 0],
      [0, size - 7],
    ])
      expect(d).toContain(`M${col} ${row}h1v1h-1z`);
  });

  it('grows with the text and differs between texts', () => {
    expect(qrPath('x'.repeat(200)).size).toBeGreaterThan(qrPath('x').size);
    expect(qrPath('?story=1').d).not.toBe(qrPath('?story=2').d);
  });
});
