import type { PlaceKind, Role } from '../data/types';
import { theme as t } from '../map/theme';
import { LINE_HEIGHT, type Anchor } from './labels';
import type { Point } from './project';

/** The live map's symbols (style.ts, images.ts) redrawn in SVG for print. */

/** Texture patterns `${prefix}-source|transit|destination`, drawn over each role's colour. */
export function Textures({ prefix }: { prefix: string }) {
  const ink = (role: Role) => ({ stroke: t.textureInk[role], fill: t.textureInk[role], 'stroke-opacity': 0.6, 'fill-opacity': 0.6 });
  return (
    <>
      <pattern id={`${prefix}-source`} width="9" height="9" patternUnits="userSpaceOnUse">
        <path d="M-2 2 L2 -2 M0 9 L9 0 M7 11 L11 7" stroke-width="1.6" {...ink('source')} />
      </pattern>
      <pattern id={`${prefix}-transit`} width="12" height="8" patternUnits="userSpaceOnUse">
        <circle cx="3" cy="4" r="1.5" {...ink('transit')} />
        <circle cx="9" cy="0" r="1.5" {...ink('transit')} />
        <circle cx="9" cy="8" r="1.5" {...ink('transit')} />
      </pattern>
      <pattern id={`${prefix}-destination`} width="6" height="6" patternUnits="userSpaceOnUse">
        <path d="M0 3 H6" stroke-width="1.5" {...ink('destination')} />
      </pattern>
      <pattern id={`${prefix}-immigration`} width="8" height="8" patternUnits="userSpaceOnUse">
        <path d="M4 0 V8 M0 4 H8" stroke={t.immigrationInk} stroke-opacity="0.6" stroke-width="0.8" />
      </pattern>
    </>
  );
}

/** Diagonal bands of each role's colour, for a country with several roles (Kosovo), as in the legend. */
export function Bands({ id, roles }: { id: string; roles: Role[] }) {
  return (
    <pattern id={id} width="24" height="24" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
      {roles.map((r, i) => <rect key={r} x={(24 / roles.length) * i} width={24 / roles.length} height="24" fill={t.roles[r]} />)}
    </pattern>
  );
}

/** Arrowhead `${prefix}-arrow` for route ends. */
export function Arrowhead({ prefix }: { prefix: string }) {
  return (
    <marker id={`${prefix}-arrow`} viewBox="0 0 10 10" refX="6" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
      <path d="M0 0 L10 5 L0 10 Z" fill={t.route} stroke={t.routeCasing} stroke-width="1" />
    </marker>
  );
}

/** Radius a kind's marker takes, for keeping labels off it. */
export const markerRadius = (kind: PlaceKind) => (kind === 'region' ? 46 : 12);

/** Shapes tell kinds apart without colour: diamond airport, square city, dot institution, ring posting, dashed halo region. */
export function Marker({ kind, at: [x, y], scale = 1 }: { kind: PlaceKind; at: Point; scale?: number }) {
  const stroke = { stroke: t.markerStroke, 'stroke-width': 2.5 * scale };
  const r = (n: number) => n * scale;
  switch (kind) {
    case 'airport': return <path d={`M${x} ${y - r(11)} L${x + r(11)} ${y} L${x} ${y + r(11)} L${x - r(11)} ${y} Z`} fill={t.site} {...stroke} />;
    case 'city': return <rect x={x - r(8)} y={y - r(8)} width={r(16)} height={r(16)} fill={t.site} {...stroke} />;
    case 'institution': return <circle cx={x} cy={y} r={r(9)} fill={t.institution} {...stroke} />;
    case 'posting': return <circle cx={x} cy={y} r={r(9)} fill={t.markerStroke} stroke={t.posting} stroke-width={r(4)} />;
    default: return (
      <circle cx={x} cy={y} r={scale === 1 ? 46 : r(9)} fill={t.approximate} fill-opacity="0.12" stroke={t.approximate}
        stroke-width="2.5" stroke-dasharray={scale === 1 ? '8 6' : '4 3'} />
    );
  }
}

/** Text with a white halo, readable over fills, textures and lines. */
export function Label({ at: [x, y], lines, size, anchor }: { at: Point; lines: string[]; size: number; anchor: Anchor }) {
  return (
    <text x={x} y={y} font-size={size} text-anchor={anchor} fill={t.label} stroke={t.labelHalo} stroke-width={size / 4}
      stroke-linejoin="round" paint-order="stroke" font-weight="600" font-family="system-ui, 'DejaVu Sans', sans-serif">
      {lines.map((line, i) => <tspan key={i} x={x} dy={i === 0 ? 0 : `${LINE_HEIGHT}em`}>{line}</tspan>)}
    </text>
  );
}
