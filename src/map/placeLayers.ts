import type { CircleLayerSpecification, LayerSpecification, SymbolLayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerId, PlaceKind } from '../data/vocab';
import { kindsShownBy } from '../data/vocab';
import {
  haloOpacity,
  isMarkerKind,
  MARKER_KINDS,
  MARKER_ZOOM_SCALE,
  markerImage,
  REGION_HALO,
  regionWideHalo,
  RING_IMAGE,
  type Halo,
} from '../symbols/markers';
import { byState, inWindow, shownBy, switchKey, type Expr } from './expressions';
import type { Theme } from '../symbols/theme';

// The places' layers: markers with their rings and halos, the selection ring, and the regions.

/** Markers shrink at the overview so they do not bury a country as small as Kosovo (symbols/markers.ts). */
const [z0, scale0, z1, scale1] = MARKER_ZOOM_SCALE;
const markerScale = ['interpolate', ['linear'], ['zoom'], z0, scale0, z1, scale1] as Expr;
const markerIcon = ['match', ['get', 'kind'], ...MARKER_KINDS.flatMap((k) => [k, markerImage(k)]), ''] as unknown as Expr;
const haloRadius = (h: Halo, s: number) => {
  const [za, ra, zb, rb] = h.radius;
  return ['interpolate', h.base ? ['exponential', h.base] : ['linear'], ['zoom'], za, ra * s, zb, rb * s] as Expr;
};
const haloOpacities = (h: Halo) => byState(...((['selected', 'hover', 'none'] as const).map((state) => haloOpacity(h, state)) as [number, number, number]));

/** Place kinds grouped by the legend switch that shows them. */
const PLACE_GROUPS = { sites: kindsShownBy('sites'), institutions: kindsShownBy('institutions'), postings: kindsShownBy('postings') };
const ofKinds = (kinds: readonly PlaceKind[]) => ['in', ['get', 'kind'], ['literal', kinds]] as Expr;
/** True while the legend shows the place's kind; regions follow the countries switch. */
const kindShown = [
  'match',
  ['get', 'kind'],
  'region',
  ['global-state', switchKey('countries')],
  ...Object.entries(PLACE_GROUPS).flatMap(([layer, kinds]) => [kinds, ['global-state', switchKey(layer as LayerId)]]),
  false,
] as Expr;

function groupLayers(t: Theme, group: keyof typeof PLACE_GROUPS): LayerSpecification[] {
  const base = { source: 'places', layout: { visibility: shownBy(group) } } as const;
  const filter = (...more: Expr[]): Expr => ['all', inWindow, ofKinds(PLACE_GROUPS[group]), ...more];
  const kinds = PLACE_GROUPS[group].filter(isMarkerKind);
  const halo = regionWideHalo(kinds[0]!);
  const haloInk = ['match', ['get', 'kind'], ...kinds.flatMap((k) => [k, t[regionWideHalo(k).ink]]), t[halo.ink]] as unknown as Expr;
  return [
    {
      ...base,
      id: `${group}-halo`,
      type: 'circle',
      filter: filter(['==', ['get', 'precision'], 'region']),
      paint: { 'circle-color': haloInk, 'circle-opacity': halo.opacity, 'circle-blur': 1, 'circle-radius': haloRadius(halo, t.scale) },
    },
    {
      ...base,
      id: `${group}-approximate`,
      type: 'symbol',
      filter: filter(['in', ['get', 'precision'], ['literal', ['city', 'country']]]),
      layout: { ...base.layout, 'icon-image': RING_IMAGE, 'icon-allow-overlap': true, 'icon-ignore-placement': true, 'icon-size': markerScale },
    },
    {
      ...base,
      id: `${group}-marker`,
      type: 'symbol',
      filter: filter(),
      layout: { ...base.layout, 'icon-image': markerIcon, 'icon-allow-overlap': true, 'icon-size': markerScale },
    },
  ];
}

/** A layer of the regions the sources name by the end of the window, switched with the countries: the halo or the label. */
function regionLayer<L extends CircleLayerSpecification | SymbolLayerSpecification>(layer: Omit<L, 'source' | 'filter'>): L {
  const filter = ['all', inWindow, ['==', ['get', 'kind'], 'region']] as Expr;
  return { ...layer, source: 'places', filter, layout: { visibility: shownBy('countries'), ...layer.layout } } as L;
}

/** Under the role fills: a region the sources do not bound tints the land, never a role's colour. */
export const regionHaloLayer = (t: Theme) =>
  regionLayer<CircleLayerSpecification>({
    id: 'regions-halo',
    type: 'circle',
    paint: {
      'circle-color': t[REGION_HALO.ink],
      'circle-opacity': haloOpacities(REGION_HALO),
      'circle-blur': 1,
      'circle-radius': haloRadius(REGION_HALO, t.scale),
    },
  });

/** Every place group's markers, then the selection and hover ring over them. */
export function placeLayers(t: Theme): LayerSpecification[] {
  const s = t.scale;
  return [
    ...groupLayers(t, 'postings'),
    ...groupLayers(t, 'institutions'),
    ...groupLayers(t, 'sites'),
    {
      id: 'places-state',
      type: 'circle',
      source: 'places',
      filter: ['all', inWindow, kindShown, ['!=', ['get', 'kind'], 'region']],
      paint: {
        'circle-radius': 11 * s,
        'circle-opacity': 0,
        'circle-stroke-color': byState(t.selection, t.hover, t.selection),
        'circle-stroke-width': byState(3 * s, 2 * s, 0),
      },
    },
  ];
}

/** Region names, below the country labels so a country's name wins where the two collide. */
export function regionLabelLayer(t: Theme): SymbolLayerSpecification {
  const s = t.scale;
  return regionLayer<SymbolLayerSpecification>({
    id: 'regions-label',
    type: 'symbol',
    layout: {
      'text-field': ['get', 'name'],
      'text-font': ['Noto Sans Italic'],
      'text-size': 12 * s,
      'text-max-width': 8,
      'text-letter-spacing': 0.04,
      'text-optional': true,
    },
    paint: { 'text-color': t.approximate, 'text-halo-color': t.labelHalo, 'text-halo-width': 1.8 * s, 'text-opacity': byState(1, 1, 0.85) },
  });
}
