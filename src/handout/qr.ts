import qrcode from 'qrcode-generator';

/** Quiet zone around the code, in modules, so a phone finds its edges on a printed page. */
export const QUIET = 2;

/** The dark modules of the QR code for `text` as one SVG path, a module per unit. */
export function qrPath(text: string): { size: number; d: string } {
  // Type 0: the smallest version that holds the text; level M survives a crease or a smudge.
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const size = qr.getModuleCount();
  let d = '';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (qr.isDark(row, col)) d += `M${col} ${row}h1v1h-1z`;
  }
  return { size, d };
}
