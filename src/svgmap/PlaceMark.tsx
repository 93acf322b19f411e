import type { Theme } from '../symbols/theme';
import { haloOpacity, interpolate, kindOfImage, MARKER_ZOOM_SCALE, MARKERS, placeSymbol, type Halo } from '../symbols/markers';
import { ApproximateRing, HaloDef, MarkerShape } from '../symbols/svg';
import type { Point } from './project';

/** Gradients `${prefix}-${halo.name}` for the halos PlaceMark draws. */
export function HaloDefs({ prefix, halos, theme }: { prefix: string; halos: readonly Halo[]; theme: Theme }) {
  return (
    <>
      {halos.map((h) => (
        <HaloDef key={h.name} id={`${prefix}-${h.name}`} halo={h} theme={theme} />
      ))}
    </>
  );
}

interface Props {
  kind: string;
  precision: string;
  at: Point;
  /** The map's zoom, which sizes markers and halos as MapLibre's style does. */
  zoom: number;
  /** Times the live map's size: the handout's A4 map draws larger. */
  scale?: number;
  prefix: string;
  theme: Theme;
  state?: 'selected' | 'hover' | undefined;
}

/** A place as the live style draws it (symbols/markers.ts placeSymbol): its halo, dashed ring and marker. */
export function PlaceMark({ kind, precision, at, zoom, scale = 1, prefix, theme, state }: Props) {
  const symbol = placeSymbol(kind, precision);
  const markerKind = symbol.marker ? kindOfImage(symbol.marker) : undefined;
  const size = interpolate(MARKER_ZOOM_SCALE, zoom) * theme.scale * scale;
  const halo = symbol.halo;
  return (
    <>
      {halo && (
        <circle
          cx={at[0]}
          cy={at[1]}
          r={interpolate(halo.radius, zoom, halo.base) * theme.scale}
          fill={`url(#${prefix}-${halo.name})`}
          opacity={haloOpacity(halo, state ?? 'none') / halo.opacity}
          pointer-events="none"
        />
      )}
      {symbol.ring && <ApproximateRing at={at} scale={size} theme={theme} />}
      {markerKind && <MarkerShape look={MARKERS[markerKind]} at={at} scale={size} theme={theme} />}
    </>
  );
}
