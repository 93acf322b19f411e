import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import bbox from '@turf/bbox';
import borders from '../../geo/borders.geojson';
import countries from '../../geo/countries.geojson';
import labels from '../../geo/labels.geojson';
import places from '../../geo/places.geojson';
import routes from '../../geo/routes.geojson';
import { DEFAULT_TIME_MODE } from '../data/time';
import { LAST_YEAR, LAYER_IDS } from '../store/explorer';
import { borderLayers } from './borderLayers';
import { countryLabelLayer, countryRoleLayers } from './countryLayers';
import { byState, byZoom, inWindow, shownBy, switchKey } from './expressions';
import { ARROW_IMAGE } from './images';
import { placeLayers, regionHaloLayer, regionLabelLayer } from './placeLayers';
import { routeLines } from './routeLayers';
import type { Theme } from '../symbols/theme';

export { switchKey };

/** Layers a click or hover can hit, top first as queryRenderedFeatures returns them. */
export const INTERACTIVE_LAYERS = [
  'sites-marker',
  'institutions-marker',
  'postings-marker',
  'regions-label',
  'routes-hit',
  'borders-crossings',
  'countries-land',
] as const;

/** The box the country shapes were cut to (geo/build/region.ts); the camera stays near it. */
export const DATA_BOUNDS = bbox(countries) as [number, number, number, number];

/**
 * Land is cut off at DATA_BOUNDS. Sea-coloured frames, each a little further in, fade the cut
 * into the sea instead of showing a ruler-straight coast.
 */
function edgeFade(): GeoJSON.FeatureCollection {
  const [w, s, e, n] = DATA_BOUNDS;
  const ring = (inset: number) => [
    [w + inset, s + inset],
    [w + inset, n - inset],
    [e - inset, n - inset],
    [e - inset, s + inset],
    [w + inset, s + inset],
  ];
  const world = [
    [-180, -85],
    [180, -85],
    [180, 85],
    [-180, 85],
    [-180, -85],
  ];
  return {
    type: 'FeatureCollection',
    features: [0, 0.25, 0.5, 0.75, 1, 1.25].map((inset) => ({
      type: 'Feature',
      properties: { opacity: inset === 0 ? 1 : 0.22 },
      geometry: { type: 'Polygon', coordinates: [world, ring(inset)] },
    })),
  };
}

/** The explorer's whole style: a pure function of the theme, all data embedded, no requests. */
export function explorerStyle(t: Theme): StyleSpecification {
  const s = t.scale;
  const geojson = (data: GeoJSON.FeatureCollection) => ({ type: 'geojson', data, promoteId: 'id' }) as const;
  return {
    version: 8,
    name: 'Balkan Routes Explorer',
    state: {
      year: { default: LAST_YEAR },
      time: { default: DEFAULT_TIME_MODE },
      ...Object.fromEntries(LAYER_IDS.map((id) => [switchKey(id), { default: true }])),
    },
    sources: {
      countries: geojson(countries),
      borders: geojson(borders),
      places: geojson(places),
      routes: geojson(routes),
      labels: geojson(labels),
      frame: { type: 'geojson', data: edgeFade() },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': t.sea } },
      {
        id: 'countries-land',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': ['case', ['==', ['get', 'inFacts'], true], t.landMentioned, t.land], 'fill-opacity': byState(0.7, 0.85, 1) },
      },
      regionHaloLayer(t),
      ...countryRoleLayers(t),
      ...borderLayers(t),
      {
        id: 'countries-outline',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': byState(t.selection, t.hover, t.selection), 'line-width': byState(3 * s, 2 * s, 0) },
      },
      { id: 'edge-fade', type: 'fill', source: 'frame', paint: { 'fill-color': t.sea, 'fill-opacity': ['get', 'opacity'] } },
      {
        id: 'routes-casing',
        type: 'line',
        source: 'routes',
        filter: inWindow,
        layout: { visibility: shownBy('routes'), 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': t.routeCasing, 'line-width': byZoom(byState(6 * s, 5 * s, 3.5 * s), byState(9 * s, 7.5 * s, 6 * s)), 'line-opacity': 0.9 },
      },
      ...routeLines(t),
      {
        id: 'routes-arrows',
        type: 'symbol',
        source: 'routes',
        filter: inWindow,
        layout: {
          visibility: shownBy('routes'),
          'symbol-placement': 'line',
          'symbol-spacing': 90 * s,
          'icon-image': ARROW_IMAGE,
          'icon-rotation-alignment': 'map',
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
        },
      },
      // Invisible and wide, so a two-pixel line is easy to point at.
      {
        id: 'routes-hit',
        type: 'line',
        source: 'routes',
        filter: inWindow,
        layout: { visibility: shownBy('routes') },
        paint: { 'line-color': t.route, 'line-width': 14 * s, 'line-opacity': 0 },
      },
      ...placeLayers(t),
      regionLabelLayer(t),
      countryLabelLayer(t),
    ],
  };
}
