import type { PlaceKind, Precision } from '../data/types';
import type { Theme } from './theme';

/**
 * Place markers as data, drawn by the raster renderer (MapLibre images, the PNG legend) and the
 * SVG renderer (on-screen legend, SVG map, handout). Sizes are CSS px at full size (zoom 6 and
 * closer), before the theme's scale; colours are theme keys, so each theme draws its own.
 */
type Ink = { [K in keyof Theme]: Theme[K] extends string ? K : never }[keyof Theme];

export interface MarkerLook {
  /** Shapes tell the kinds apart without colour. */
  shape: 'diamond' | 'square' | 'circle';
  /** Distance from the centre to the shape's edge (a diamond's to its sides); the stroke lies outside it. */
  size: number;
  fill: Ink;
  fillOpacity?: number;
  stroke: Ink;
  strokeWidth: number;
  /** The kind's own colour, for its halo. */
  colour: Ink;
}

export type MarkerKind = Extract<PlaceKind, 'airport' | 'city' | 'institution' | 'posting'>;

export const MARKERS: Record<MarkerKind, MarkerLook> = {
  airport: { shape: 'diamond', size: 5, fill: 'site', stroke: 'markerStroke', strokeWidth: 1.5, colour: 'site' },
  // Cities the sources name for a meeting, not a site.
  city: { shape: 'square', size: 5, fill: 'site', stroke: 'markerStroke', strokeWidth: 1.5, colour: 'site' },
  institution: { shape: 'circle', size: 6, fill: 'institution', stroke: 'markerStroke', strokeWidth: 2, colour: 'institution' },
  // A ring: the sources name a network of officers, not an office.
  posting: { shape: 'circle', size: 6, fill: 'markerStroke', fillOpacity: 0.6, stroke: 'posting', strokeWidth: 3.5, colour: 'posting' },
};
export const MARKER_KINDS = Object.keys(MARKERS) as MarkerKind[];
export const isMarkerKind = (kind: string): kind is MarkerKind => kind in MARKERS;
export const markerImage = (kind: MarkerKind) => `marker-${kind}`;

/** Half the side of the square a marker fills, stroke included, at `scale`. */
export const markerExtent = (look: MarkerLook, scale = 1) => (look.size + look.strokeWidth) * scale * (look.shape === 'diamond' ? Math.SQRT2 : 1);

/** Around a place the sources locate only to its city or country: a dashed ring (width and casing in CSS px). */
export const APPROXIMATE_RING = {
  radius: 11.5,
  width: 1.6,
  casing: 0.75,
  casingOpacity: 0.9,
  dashes: 12,
  ink: 'approximate',
  casingInk: 'markerStroke',
} as const;
export const RING_IMAGE = 'marker-approximate';

/**
 * A soft halo for a place the sources locate only to a region: a region itself (tinting the land,
 * a fixed ground size: the radius doubles with each zoom level) or a region-wide posting.
 */
export interface Halo {
  /** Names its SVG gradient. */
  name: string;
  ink: Ink;
  opacity: number;
  /** Radius in CSS px at two zooms, interpolated between them (exponentially when `base` is given), constant beyond. */
  radius: readonly [zoom: number, px: number, zoom: number, px: number];
  base?: number;
}
export const REGION_HALO: Halo = { name: 'halo-region', ink: 'approximate', opacity: 0.08, radius: [3, 60, 6, 480], base: 2 };
/** Around a marker whose place the sources give only as a region (the liaison networks), in the kind's colour. */
export const regionWideHalo = (kind: MarkerKind): Halo => ({ name: `halo-${kind}`, ink: MARKERS[kind].colour, opacity: 0.1, radius: [3, 34, 7, 110] });

/** A region's halo strengthens when it is hovered and more when selected, as the map's other features do. */
export const haloOpacity = (h: Halo, state: 'selected' | 'hover' | 'none') => h.opacity * (h === REGION_HALO ? { selected: 2.5, hover: 2, none: 1 }[state] : 1);

export const ALL_HALOS: Halo[] = [REGION_HALO, ...MARKER_KINDS.map(regionWideHalo)];

/** Markers shrink at the overview so they do not bury a country as small as Kosovo: scale at two zooms. */
export const MARKER_ZOOM_SCALE = [3, 0.7, 6, 1] as const;

/** MapLibre's `interpolate` between two stops, clamped, in plain numbers. */
export function interpolate([z0, v0, z1, v1]: readonly [number, number, number, number], zoom: number, base = 1): number {
  const t = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  const f = base === 1 ? t : (base ** (t * (z1 - z0)) - 1) / (base ** (z1 - z0) - 1);
  return v0 + (v1 - v0) * f;
}

/** What the map draws for a place: its marker image, whether a dashed ring goes round it, its halo. */
export interface PlaceSymbol {
  marker?: string;
  ring: boolean;
  halo?: Halo;
}

export function placeSymbol(kind: string, precision: Precision | string): PlaceSymbol {
  if (kind === 'region') return { ring: false, halo: REGION_HALO };
  if (!isMarkerKind(kind)) return { ring: false };
  return {
    marker: markerImage(kind),
    ring: precision === 'city' || precision === 'country',
    ...(precision === 'region' ? { halo: regionWideHalo(kind) } : {}),
  };
}

/** The marker kind an image name stands for. */
export const kindOfImage = (name: string) => MARKER_KINDS.find((k) => markerImage(k) === name);
