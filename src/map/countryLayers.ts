import type { DataDrivenPropertyValueSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import countries from '../../geo/countries.geojson';
import type { Subject } from '../data/subjects';
import type { Role } from '../data/types';
import { bandsName, FILL_PRIORITY, IMMIGRATION_TEXTURE, ROLE_ORDER, textureName } from '../symbols/fills';
import { byState, countsFrom, shownBy, type Expr } from './expressions';
import type { Theme } from '../symbols/theme';

// The countries' layers: role fills, textures and bands, and the country labels.

/** The country has `role` by the end of the window, on `subject` (see geo/build/countries-layer.ts). */
const roleIn = (role: Role, subject: Subject) =>
  ['all', ['==', ['get', `${role}_subject`], subject], ['<=', countsFrom(`${role}_`), ['global-state', 'year']]] as Expr;
const hasRole = (role: Role) => roleIn(role, 'trafficking');
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

/** Role fills (under the borders): colour, texture, bands, and the immigration grey with its grid. */
export function countryRoleLayers(t: Theme): LayerSpecification[] {
  const fillOpacity = byState(0.62, 0.8, 1);
  return [
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
  ];
}

/** Country names, placed by rank so Kosovo's label wins where the Balkans are crowded. */
export function countryLabelLayer(t: Theme): LayerSpecification {
  const s = t.scale;
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
  };
}
