import type { DataDrivenPropertyValueSpecification, LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import bbox from '@turf/bbox';
import borders from '../../geo/borders.geojson';
import countries from '../../geo/countries.geojson';
import labels from '../../geo/labels.geojson';
import places from '../../geo/places.geojson';
import routes from '../../geo/routes.geojson';
import type { Subject } from '../data/subjects';
import { entityById, yearOf } from '../data/queries';
import { DEFAULT_TIME_MODE, NEVER, type TimeMode } from '../data/time';
import type { PlaceKind, Role } from '../data/types';
import { kindsShownBy } from '../data/vocab';
import { LAST_YEAR, LAYER_IDS, type LayerId } from '../store/explorer';
import { bandsName, FILL_PRIORITY, IMMIGRATION_TEXTURE, ROLE_ORDER, textureName } from '../symbols/fills';
import { BORDER_LOOKS } from '../symbols/lines';
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
import { ARROW_IMAGE } from './images';
import { byState, byZoom, countsFrom, inWindow, shownBy, switchKey, type Expr } from './expressions';
import { routeLines } from './routeLayers';
import type { Theme } from './theme';

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

/** The country has `role` by the end of the window, on `subject` (see geo/build/countries-layer.ts). */
const roleIn = (role: Role, subject: Subject) =>
  ['all', ['==', ['get', `${role}_subject`], subject], ['<=', countsFrom(`${role}_`), ['global-state', 'year']]] as Expr;
const hasRole = (role: Role) => roleIn(role, 'trafficking');
/** Border lines carry the id of the place that stands for them; that place's claim dates the halo. */
const borderPlaces = [...new Set(borders.features.flatMap((f) => (f.properties?.['place'] ? [String(f.properties['place'])] : [])))];
const borderCountsFrom = (mode: TimeMode) =>
  [
    'match',
    ['get', 'place'],
    ...borderPlaces.flatMap((id) => {
      const entity = entityById(id);
      return entity ? [id, yearOf(entity, mode)] : [];
    }),
    NEVER,
  ] as unknown as Expr;
const borderInWindow = [
  '<=',
  ['case', ['==', ['global-state', 'time'], 'happened'], borderCountsFrom('happened'), borderCountsFrom('reported')],
  ['global-state', 'year'],
] as Expr;
/** How many trafficking roles the country has by the end of the window. */
const roleCountNow = ['+', ...ROLE_ORDER.map((r) => ['case', hasRole(r), 1, 0])] as Expr;
const hasImmigrationRoleOnly = ['all', ['==', roleCountNow, 0], ['any', ...ROLE_ORDER.map((r) => roleIn(r, 'immigration'))]] as Expr;

/** A country's base colour comes from its primary role, as symbols/fills.ts countryFill decides. */
const byPrimaryRole = <T>(value: (role: Role) => T, fallback: T) =>
  ['case', ...FILL_PRIORITY.flatMap((r) => [hasRole(r), value(r)]), fallback] as unknown as Expr;

/** Every combination of two or more roles, most roles first, mapped to its bands image. */
function bandsPattern(): Expr {
  const combos = [[...ROLE_ORDER], ...ROLE_ORDER.flatMap((a, i) => ROLE_ORDER.slice(i + 1).map((b) => [a, b]))];
  return ['case', ...combos.flatMap((c) => [['all', ...c.map(hasRole)], bandsName(c)]), bandsName(['transit', 'destination'])] as Expr;
}

const idsWhere = (test: (p: GeoJSON.GeoJsonProperties) => boolean) =>
  countries.features.filter((f) => test(f.properties)).map((f) => String(f.properties?.['id']));
/** Countries we label: the Balkans with Moldova, two neighbours for orientation, and every country the sources mention. */
const BALKANS = ['AL', 'BA', 'BG', 'GR', 'HR', 'ME', 'MK', 'RS', 'SI', 'XK', 'RO', 'MD', 'HU', 'IT'];
const labelled = [...new Set([...BALKANS, ...idsWhere((p) => p?.['inFacts'] === true)])];
const roleCountries = idsWhere((p) => Number(p?.['roleCount']) > 0);
/** Label placement order: several roles (Kosovo) first, then any role, then mentioned, then the rest. */
const labelRank: Expr = [
  'match',
  ['get', 'id'],
  idsWhere((p) => Number(p?.['roleCount']) > 1),
  0,
  idsWhere((p) => p?.['roleCount'] === 1),
  1,
  idsWhere((p) => p?.['roleCount'] === 0 && p['inFacts'] === true),
  2,
  3,
];

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

/** Markers shrink at the overview so they do not bury a country as small as Kosovo (symbols/markers.ts). */
const [z0, scale0, z1, scale1] = MARKER_ZOOM_SCALE;
const markerScale = ['interpolate', ['linear'], ['zoom'], z0, scale0, z1, scale1] as Expr;
const markerIcon = ['match', ['get', 'kind'], ...MARKER_KINDS.flatMap((k) => [k, markerImage(k)]), ''] as unknown as Expr;
const haloRadius = (h: Halo, s: number) => {
  const [za, ra, zb, rb] = h.radius;
  return ['interpolate', h.base ? ['exponential', h.base] : ['linear'], ['zoom'], za, ra * s, zb, rb * s] as Expr;
};
const haloOpacities = (h: Halo) => byState(...((['selected', 'hover', 'none'] as const).map((state) => haloOpacity(h, state)) as [number, number, number]));

/**
 * Where a country label may go, in order of preference (ems from its point). Kosovo is too small
 * to carry its name at the overview, which would hide its stripes: its label sits off to the west.
 */
const SMALL_AT_OVERVIEW = ['XK'];
const around = ['center', [0, 0], 'top', [0, 0.4], 'bottom', [0, -0.4], 'left', [0.4, 0], 'right', [-0.4, 0]];
const labelAnchors = [
  'step',
  ['zoom'],
  ['match', ['get', 'id'], SMALL_AT_OVERVIEW, ['literal', ['right', [-1, 0.6], 'top-right', [-0.6, 0.5], ...around]], ['literal', around]],
  5.5,
  ['literal', around],
] as Expr;

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

function placeLayers(t: Theme, group: keyof typeof PLACE_GROUPS): LayerSpecification[] {
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

/** The explorer's whole style: a pure function of the theme, all data embedded, no requests. */
export function explorerStyle(t: Theme): StyleSpecification {
  const s = t.scale;
  const geojson = (data: GeoJSON.FeatureCollection) => ({ type: 'geojson', data, promoteId: 'id' }) as const;
  const fillOpacity = byState(0.62, 0.8, 1);
  const labelSize: DataDrivenPropertyValueSpecification<number> = [
    'interpolate',
    ['linear'],
    ['zoom'],
    3,
    ['match', ['get', 'id'], roleCountries, 12 * s, 10.5 * s],
    7,
    ['match', ['get', 'id'], roleCountries, 17 * s, 14 * s],
  ];
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
      // Under the role fills: a region the sources do not bound tints the land, never a role's colour.
      {
        id: 'regions-halo',
        type: 'circle',
        source: 'places',
        filter: ['all', inWindow, ['==', ['get', 'kind'], 'region']],
        layout: { visibility: shownBy('countries') },
        paint: {
          'circle-color': t[REGION_HALO.ink],
          'circle-opacity': haloOpacities(REGION_HALO),
          'circle-blur': 1,
          'circle-radius': haloRadius(REGION_HALO, s),
        },
      },
      {
        id: 'countries-role',
        type: 'fill',
        source: 'countries',
        filter: ['>=', roleCountNow, 1],
        layout: { visibility: shownBy('countries') },
        paint: { 'fill-color': byPrimaryRole((r) => t.roles[r], t.land), 'fill-opacity': fillOpacity },
      },
      // The grey-scale cue: each single-role country carries its role's texture.
      {
        id: 'countries-texture',
        type: 'fill',
        source: 'countries',
        filter: ['==', roleCountNow, 1],
        layout: { visibility: shownBy('countries') },
        paint: { 'fill-pattern': byPrimaryRole(textureName, textureName('transit')), 'fill-opacity': fillOpacity },
      },
      // Countries with several roles (Kosovo: destination and transit) are striped in all their colours.
      {
        id: 'countries-bands',
        type: 'fill',
        source: 'countries',
        filter: ['>=', roleCountNow, 2],
        layout: { visibility: shownBy('countries') },
        paint: { 'fill-pattern': bandsPattern(), 'fill-opacity': fillOpacity },
      },
      // Roles about illegal immigration (Bosnia): a neutral fill and a grid, never a trafficking colour.
      {
        id: 'countries-immigration',
        type: 'fill',
        source: 'countries',
        filter: hasImmigrationRoleOnly,
        layout: { visibility: shownBy('countries') },
        paint: { 'fill-color': t.immigration, 'fill-opacity': fillOpacity },
      },
      {
        id: 'countries-immigration-texture',
        type: 'fill',
        source: 'countries',
        filter: hasImmigrationRoleOnly,
        layout: { visibility: shownBy('countries') },
        paint: { 'fill-pattern': IMMIGRATION_TEXTURE, 'fill-opacity': fillOpacity },
      },
      {
        id: 'borders-crossings',
        type: 'line',
        source: 'borders',
        filter: ['all', ['has', 'place'], borderInWindow],
        layout: { visibility: shownBy('borders'), 'line-cap': 'round' },
        paint: {
          'line-color': t.crossingHalo,
          'line-width': byZoom(byState(10 * s, 8 * s, 6 * s), byState(16 * s, 14 * s, 10 * s)),
          'line-opacity': byState(0.75, 0.65, 0.5),
          'line-blur': 2,
        },
      },
      {
        id: 'borders-international',
        type: 'line',
        source: 'borders',
        filter: ['==', ['get', 'kind'], 'international'],
        layout: { visibility: shownBy('borders'), 'line-join': 'round' },
        paint: {
          'line-color': t[BORDER_LOOKS.international.ink],
          'line-width': byZoom(...(BORDER_LOOKS.international.width.map((w) => w * s) as [number, number])),
        },
      },
      {
        id: 'borders-administrative',
        type: 'line',
        source: 'borders',
        filter: ['==', ['get', 'kind'], 'administrative'],
        layout: { visibility: shownBy('borders') },
        paint: {
          'line-color': t[BORDER_LOOKS.administrative.ink],
          'line-width': byZoom(...(BORDER_LOOKS.administrative.width.map((w) => w * s) as [number, number])),
          'line-dasharray': [...BORDER_LOOKS.administrative.dash!],
        },
      },
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
      ...placeLayers(t, 'postings'),
      ...placeLayers(t, 'institutions'),
      ...placeLayers(t, 'sites'),
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
      // Below the country labels, so a country's name wins where the two collide.
      {
        id: 'regions-label',
        type: 'symbol',
        source: 'places',
        filter: ['all', inWindow, ['==', ['get', 'kind'], 'region']],
        layout: {
          visibility: shownBy('countries'),
          'text-field': ['get', 'name'],
          'text-font': ['Noto Sans Italic'],
          'text-size': 12 * s,
          'text-max-width': 8,
          'text-letter-spacing': 0.04,
          'text-optional': true,
        },
        paint: { 'text-color': t.approximate, 'text-halo-color': t.labelHalo, 'text-halo-width': 1.8 * s, 'text-opacity': byState(1, 1, 0.85) },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'labels',
        filter: ['in', ['get', 'id'], ['literal', labelled]],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['Noto Sans Bold'],
          'text-size': labelSize,
          'text-max-width': 7,
          // A label may shift off its point rather than vanish where the Balkans are crowded.
          'text-variable-anchor-offset': labelAnchors,
          'text-padding': 2,
          'symbol-sort-key': labelRank,
        },
        paint: { 'text-color': t.label, 'text-halo-color': t.labelHalo, 'text-halo-width': 1.6 * s, 'text-halo-blur': 0.5 },
      },
    ],
  };
}
