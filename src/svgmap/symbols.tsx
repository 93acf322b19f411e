import type { Theme } from '../symbols/theme';
import { BORDER_LOOKS, svgDash } from '../symbols/lines';
import { interpolate } from '../symbols/markers';
import { LINE_HEIGHT, REGION_NAME_SIZE, type Anchor } from './labels';
import type { Point } from './project';

/** The SVG maps' own pieces beside the shared symbols (symbols/svg.tsx): route arrowheads and halo labels. */

/** Arrowhead `${prefix}-arrow` for route ends. */
export function Arrowhead({ prefix, theme: t }: { prefix: string; theme: Theme }) {
  return (
    <marker id={`${prefix}-arrow`} viewBox="0 0 10 10" refX="6" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
      <path d="M0 0 L10 5 L0 10 Z" fill={t.route} stroke={t.routeCasing} stroke-width="1" />
    </marker>
  );
}

/** Text with a halo, readable over fills, textures and lines. */
export function Label({ at: [x, y], lines, size, anchor, theme: t }: { at: Point; lines: string[]; size: number; anchor: Anchor; theme: Theme }) {
  return (
    <text
      x={x}
      y={y}
      font-size={size}
      text-anchor={anchor}
      fill={t.label}
      stroke={t.labelHalo}
      stroke-width={size / 4}
      stroke-linejoin="round"
      paint-order="stroke"
      font-weight="600"
      font-family="system-ui, 'DejaVu Sans', sans-serif"
    >
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : `${LINE_HEIGHT}em`}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A region's name, in italics and the approximate colour, as the live map writes it: it stands for the region. */
export function RegionName({ at: [x, y], name, theme: t }: { at: Point; name: string; theme: Theme }) {
  const size = REGION_NAME_SIZE * t.scale;
  return (
    <text
      x={x}
      y={y}
      dy="0.35em"
      font-size={size}
      text-anchor="middle"
      font-style="italic"
      letter-spacing="0.04em"
      fill={t.approximate}
      stroke={t.labelHalo}
      stroke-width={3.6 * t.scale}
      stroke-linejoin="round"
      paint-order="stroke"
      font-family="system-ui, 'DejaVu Sans', sans-serif"
    >
      {name}
    </text>
  );
}

/** A border in its look (symbols/lines.ts) at `zoom`, `scale` times as wide; on a crossing halo when `halo` gives its opacity and width. */
export function BorderLine({
  d,
  admin,
  zoom,
  scale,
  halo,
  theme: t,
}: {
  d: string;
  admin: boolean;
  zoom: number;
  scale: number;
  halo?: readonly [number, number] | undefined;
  theme: Theme;
}) {
  const look = BORDER_LOOKS[admin ? 'administrative' : 'international'];
  const w = interpolate([3, look.width[0], 7, look.width[1]], zoom) * scale;
  return (
    <>
      {halo && <path d={d} fill="none" stroke={t.crossingHalo} stroke-opacity={halo[0]} stroke-width={halo[1]} stroke-linecap="round" />}
      <path d={d} fill="none" stroke={t[look.ink]} stroke-width={w} stroke-dasharray={svgDash(look, w)} />
    </>
  );
}
