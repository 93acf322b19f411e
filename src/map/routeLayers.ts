import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { ROUTE_LOOK_IDS, ROUTE_LOOKS, type RouteLookId } from '../symbols/lines';
import { byState, byZoom, inWindow, shownBy, type Expr } from './expressions';
import type { Theme } from '../symbols/theme';

/** The line width of a route at state and zoom, times its look's factor. */
const routeWidth = (s: number, factor: number) =>
  byZoom(byState(3.5 * s * factor, 2.5 * s * factor, 1.5 * s * factor), byState(5 * s * factor, 4 * s * factor, 2.6 * s * factor));
/** The same rule as symbols/lines.ts routeLookOf, as a filter. */
const looksLike = (id: RouteLookId): Expr => {
  const subject = ['get', 'subject'] as Expr,
    kind = ['get', 'kind'] as Expr,
    weight = ['get', 'weight'] as Expr;
  switch (id) {
    case 'immigration':
      return ['==', subject, 'immigration'];
    case 'origin':
      return ['all', ['!=', subject, 'immigration'], ['==', kind, 'origin']];
    case 'entry-secondary':
      return ['all', ['!=', subject, 'immigration'], ['!=', kind, 'origin'], ['==', weight, 'secondary']];
    case 'entry-primary':
      return ['all', ['!=', subject, 'immigration'], ['!=', kind, 'origin'], ['!=', weight, 'secondary']];
  }
};

/**
 * One line layer per look (symbols/lines.ts): ways in solid (thinner for "as well as"), origins
 * dotted with "no path given" along them (the source names no path), illegal immigration dashed
 * in its own colour.
 */
export function routeLines(t: Theme): LayerSpecification[] {
  const s = t.scale;
  return [
    ...ROUTE_LOOK_IDS.map((id): LayerSpecification => {
      const look = ROUTE_LOOKS[id];
      return {
        id: `routes-${id}`,
        type: 'line',
        source: 'routes',
        filter: ['all', inWindow, looksLike(id)],
        layout: { visibility: shownBy('routes'), 'line-join': 'round', 'line-cap': look.dash ? 'butt' : 'round' },
        paint: { 'line-color': t[look.ink], 'line-width': routeWidth(s, look.width), ...(look.dash ? { 'line-dasharray': [...look.dash] } : {}) },
      };
    }),
    {
      id: 'routes-caveat',
      type: 'symbol',
      source: 'routes',
      filter: ['all', inWindow, looksLike('origin')],
      layout: {
        visibility: shownBy('routes'),
        'symbol-placement': 'line-center',
        'text-field': 'no path given',
        'text-font': ['Noto Sans Italic'],
        'text-size': 11 * s,
        'text-offset': [0, -0.9],
        'text-optional': true,
      },
      paint: { 'text-color': t.route, 'text-halo-color': t.labelHalo, 'text-halo-width': 1.6 * s },
    },
  ];
}
