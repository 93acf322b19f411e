import type { PlaceKind, Role } from '../data/types';
import { theme as t } from '../map/theme';
import { countryFill, ROLE_ORDER } from '../symbols/fills';
import { PatternDef } from '../symbols/svg';
import { LINE_HEIGHT, type Anchor } from './labels';
import type { Point } from './project';

/** The live map's symbols (style.ts, images.ts) redrawn in SVG for print. */

/** Texture patterns `${prefix}-source|transit|destination|immigration`, from the shared fill definitions. */
export function Textures({ prefix }: { prefix: string }) {
  return (
    <>
      {ROLE_ORDER.map((role) => <PatternDef key={role} id={`${prefix}-${role}`} fill={countryFill([role], false, t).pattern!} theme={t} />)}
      <PatternDef id={`${prefix}-immigration`} fill={countryFill([], true, t).pattern!} theme={t} />
    </>
  );
}

/** Bands of each role's colour, for a country with several roles (Kosovo), as on the map and in the legend. */
export function Bands({ id, roles }: { id: string; roles: Role[] }) {
  return <PatternDef id={id} fill={countryFill(roles, false, t).pattern!} theme={t} />;
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
