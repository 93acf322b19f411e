import type { Role } from '../data/types';
import { theme as t } from '../map/theme';

/**
 * The legend of the PNG export, drawn as vectors so it stays sharp at 2×: the same swatches as the
 * on-screen legend (src/legend/Legend.tsx) — each role's colour with its texture, so the export
 * still reads in grey-scale print — and the route arrow.
 */

const SWATCH = { width: 30, height: 20 };

type Item = { label: string; draw: (ctx: CanvasRenderingContext2D) => void };

function texture(ctx: CanvasRenderingContext2D, role: Role): void {
  ctx.strokeStyle = ctx.fillStyle = t.textureInk[role];
  ctx.globalAlpha = 0.55;
  ctx.beginPath();
  switch (t.textures[role]) {
    case 'diagonal':
      ctx.lineWidth = 1.3;
      for (let x = -SWATCH.height; x < SWATCH.width; x += 8) {
        ctx.moveTo(x, SWATCH.height);
        ctx.lineTo(x + SWATCH.height, 0);
      }
      ctx.stroke();
      break;
    case 'dots':
      for (let y = 0; y <= SWATCH.height; y += 4) {
        for (let x = (y / 4) % 2 === 0 ? 4 : 12; x < SWATCH.width; x += 16) {
          ctx.moveTo(x + 1.3, y);
          ctx.arc(x, y, 1.3, 0, 2 * Math.PI);
        }
      }
      ctx.fill();
      break;
    case 'horizontal':
      ctx.lineWidth = 1.2;
      for (let y = 2.5; y < SWATCH.height; y += 5) {
        ctx.moveTo(0, y);
        ctx.lineTo(SWATCH.width, y);
      }
      ctx.stroke();
      break;
  }
  ctx.globalAlpha = 1;
}

/** A country swatch: one role's colour and texture, or diagonal bands for several roles. */
function roleSwatch(roles: Role[]): (ctx: CanvasRenderingContext2D) => void {
  return (ctx) => {
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, 0, SWATCH.width, SWATCH.height);
    ctx.clip();
    if (roles.length === 1) {
      ctx.fillStyle = t.roles[roles[0]!];
      ctx.fillRect(0, 0, SWATCH.width, SWATCH.height);
      texture(ctx, roles[0]!);
    } else {
      // Bands falling to the right, as the map's bands image draws them.
      const band = 8;
      for (let i = -6; i < 12; i++) {
        ctx.fillStyle = t.roles[roles[((i % roles.length) + roles.length) % roles.length]!];
        ctx.beginPath();
        ctx.moveTo(i * band, 0);
        ctx.lineTo(i * band + band, 0);
        ctx.lineTo(i * band + band + SWATCH.height, SWATCH.height);
        ctx.lineTo(i * band + SWATCH.height, SWATCH.height);
        ctx.fill();
      }
    }
    ctx.restore();
    ctx.strokeStyle = t.border;
    ctx.lineWidth = 1;
    ctx.strokeRect(0.5, 0.5, SWATCH.width - 1, SWATCH.height - 1);
  };
}

function route(ctx: CanvasRenderingContext2D): void {
  ctx.lineCap = 'round';
  for (const [colour, width] of [[t.routeCasing, 5], [t.route, 2]] as const) {
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.beginPath();
    ctx.moveTo(2, 15);
    ctx.quadraticCurveTo(15, 2, 28, 12);
    ctx.stroke();
  }
  ctx.fillStyle = t.route;
  ctx.strokeStyle = t.routeCasing;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(12, 5.5);
  ctx.lineTo(19, 8);
  ctx.lineTo(13.5, 12.5);
  ctx.closePath();
  ctx.fill();
  ctx.stroke();
}

const ITEMS: Item[] = [
  { label: 'Source country', draw: roleSwatch(['source']) },
  { label: 'Transit country', draw: roleSwatch(['transit']) },
  { label: 'Destination country', draw: roleSwatch(['destination']) },
  { label: 'More than one role (striped)', draw: roleSwatch(['transit', 'destination']) },
  { label: 'Route described in the sources', draw: route },
];

/**
 * Draws the legend as a row that wraps within `width`, from (x, y); returns the height used.
 * The caller sets the font.
 */
export function drawLegend(ctx: CanvasRenderingContext2D, x: number, y: number, width: number): number {
  const [gap, labelGap, rowHeight] = [18, 7, SWATCH.height + 8];
  let [cx, cy] = [x, y];
  for (const item of ITEMS) {
    const itemWidth = SWATCH.width + labelGap + ctx.measureText(item.label).width;
    if (cx > x && cx + itemWidth > x + width) [cx, cy] = [x, cy + rowHeight];
    ctx.save();
    ctx.translate(cx, cy);
    item.draw(ctx);
    ctx.restore();
    ctx.textBaseline = 'middle';
    ctx.fillText(item.label, cx + SWATCH.width + labelGap, cy + SWATCH.height / 2 + 1);
    cx += itemWidth + gap;
  }
  ctx.textBaseline = 'alphabetic';
  return cy + SWATCH.height - y;
}
