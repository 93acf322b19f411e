import { correction, generate } from 'lean-qr/nano';

/** Quiet zone around the code, in modules, so a phone finds its edges on a printed page. */
export const QUIET = 2;

/** The dark modules of the QR code for `text` as one SVG path, a module per unit. */
export function qrPath(text: string): { size: number; d: string } {
  // The smallest version that holds the text, at level M or better: it survives a crease or a smudge.
  const qr = generate(text, { minCorrectionLevel: correction.M });
  const { size } = qr;
  let d = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) if (qr.get(x, y)) d += `M${x} ${y}h1v1h-1z`;
  }
  return { size, d };
}
