import type { Theme } from './theme';
import { BANDS, TEXTURE_ALPHA, type CountryFill, type FillPattern, type Pattern } from './fills';
import { svgDash, type RouteLook } from './lines';
import { APPROXIMATE_RING, markerExtent, MARKERS, type Halo, type MarkerKind, type MarkerLook } from './markers';

/**
 * The SVG renderer of symbols/fills.ts, markers.ts and lines.ts, for the on-screen legend, the SVG
 * map and the handout: the same
 * tiles the raster renderer draws, as vectors. Lines are drawn longer than the tile and clipped by
 * it, so the tile repeats without seams.
 */

function inkOf(p: Pattern, ink: string) {
  const P = p.period;
  const paint = { stroke: ink, 'stroke-opacity': TEXTURE_ALPHA, fill: 'none' };
  switch (p.kind) {
    case 'lines': {
      const d =
        p.angle === 0
          ? `M0 ${P / 2} H${P}`
          : p.angle === 45
            ? `M${-P / 2} ${P} L${P} ${-P / 2} M0 ${1.5 * P} L${1.5 * P} 0`
            : `M${-P / 2} ${-P} L${1.5 * P} ${P} M${-P / 2} 0 L${P} ${1.5 * P}`;
      return <path d={d} stroke-width={p.width} {...paint} />;
    }
    case 'dots':
      return (
        <>
          {[P / 4, (3 * P) / 4].map((c) => (
            <circle key={c} cx={c} cy={c} r={p.radius} fill={ink} fill-opacity={TEXTURE_ALPHA} />
          ))}
        </>
      );
    case 'grid':
      return <path d={`M${P / 2} 0 V${P} M0 ${P / 2} H${P}`} stroke-width={p.width} {...paint} />;
  }
}

/** The strip of tile where band `i` of `n` lies: bands fall to the right, one tile every BANDS.period. */
function band(i: number, n: number): string {
  const P = BANDS.period;
  // Two strips per band: x − y in [a, b) and in [a − P, b − P), each drawn past the tile's edges.
  return [0, -P]
    .map((shift) => {
      const [a, b] = [(i * P) / n + shift, ((i + 1) * P) / n + shift];
      return `M${a - P} ${-P} L${b - P} ${-P} L${b + 2 * P} ${2 * P} L${a + 2 * P} ${2 * P} Z`;
    })
    .join(' ');
}

/** `<pattern id>` for one fill pattern, in user space so it lines up across neighbouring shapes. */
export function PatternDef({ id, fill, theme }: { id: string; fill: FillPattern; theme: Theme }) {
  const size = fill.bands ? BANDS.period : fill.texture!.pattern.period;
  return (
    <pattern id={id} width={size} height={size} patternUnits="userSpaceOnUse">
      {fill.bands
        ? fill.bands.map((role, i, all) => <path key={role} d={band(i, all.length)} fill={theme.roles[role]} />)
        : inkOf(fill.texture!.pattern, fill.texture!.ink)}
    </pattern>
  );
}

/** A legend swatch of a country fill: its colour, its pattern, a hairline border. */
export function FillSwatch({ fill, id, theme, width = 24, height = 16 }: { fill: CountryFill; id: string; theme: Theme; width?: number; height?: number }) {
  return (
    <svg class="legend__swatch" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      {fill.pattern && (
        <defs>
          <PatternDef id={id} fill={fill.pattern} theme={theme} />
        </defs>
      )}
      <rect width={width} height={height} fill={fill.colour} />
      {fill.pattern && <rect width={width} height={height} fill={`url(#${id})`} />}
      <rect x="0.5" y="0.5" width={width - 1} height={height - 1} fill="none" stroke={theme.border} />
    </svg>
  );
}

/** A route in its look (symbols/lines.ts), `width` px at the look's factor, on a white casing. */
export function RouteLine({ d, look, width, theme, arrow }: { d: string; look: RouteLook; width: number; theme: Theme; arrow?: string }) {
  const w = width * look.width;
  return (
    <>
      <path d={d} fill="none" stroke={theme.routeCasing} stroke-width={w + 3} stroke-linecap="round" />
      <path
        d={d}
        fill="none"
        stroke={theme[look.ink]}
        stroke-width={w}
        stroke-linecap={look.dash ? 'butt' : 'round'}
        stroke-dasharray={svgDash(look, w)}
        marker-end={arrow}
      />
    </>
  );
}

type Point = readonly [number, number];

/** A marker (symbols/markers.ts) at `scale` times its CSS size; its stroke, as in the raster, lies outside the shape. */
export function MarkerShape({ look, at: [x, y], scale, theme }: { look: MarkerLook; at: Point; scale: number; theme: Theme }) {
  const width = look.strokeWidth * scale;
  const r = look.size * scale + width / 2; // the stroke's centre line
  const paint = { fill: theme[look.fill], 'fill-opacity': look.fillOpacity, stroke: theme[look.stroke], 'stroke-width': width };
  switch (look.shape) {
    case 'diamond': {
      const v = r * Math.SQRT2;
      return <path d={`M${x} ${y - v}L${x + v} ${y}L${x} ${y + v}L${x - v} ${y}Z`} {...paint} />;
    }
    case 'square':
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} {...paint} />;
    case 'circle':
      return <circle cx={x} cy={y} r={r} {...paint} />;
  }
}

/** The dashed ring round a place located only to its city or country, dashes starting where the raster's do. */
export function ApproximateRing({ at: [x, y], scale, theme }: { at: Point; scale: number; theme: Theme }) {
  const g = APPROXIMATE_RING;
  const r = g.radius * scale;
  const dash = (Math.PI * r) / g.dashes;
  return (
    <g fill="none" stroke-dasharray={`${dash} ${dash}`}>
      <circle cx={x} cy={y} r={r} stroke={theme[g.casingInk]} stroke-opacity={g.casingOpacity} stroke-width={(g.width + 2 * g.casing) * scale} />
      <circle cx={x} cy={y} r={r} stroke={theme[g.ink]} stroke-width={g.width * scale} />
    </g>
  );
}

/** `<radialGradient id>` for a halo: its ink fading to nothing at the rim, as MapLibre's blurred circle does. */
export function HaloDef({ id, halo, theme }: { id: string; halo: Halo; theme: Theme }) {
  return (
    <radialGradient id={id}>
      <stop offset="0" stop-color={theme[halo.ink]} stop-opacity={halo.opacity} />
      <stop offset="1" stop-color={theme[halo.ink]} stop-opacity="0" />
    </radialGradient>
  );
}

/** Legend swatch of the markers of `kinds`, side by side, shrunk only if they would not fit. */
export function MarkerSwatch({ kinds, theme, width = 30, height = 20 }: { kinds: readonly MarkerKind[]; theme: Theme; width?: number; height?: number }) {
  const step = width / kinds.length;
  const fits = Math.min(1, ...kinds.map((k) => (Math.min(step, height) / 2 - 0.5) / markerExtent(MARKERS[k])));
  return (
    <svg class="legend__swatch" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" data-markers={kinds.join(' ')}>
      {kinds.map((k, i) => (
        <MarkerShape key={k} look={MARKERS[k]} at={[step * (i + 0.5), height / 2]} scale={fits} theme={theme} />
      ))}
    </svg>
  );
}
