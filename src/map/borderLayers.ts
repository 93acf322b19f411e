import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import borders from '../../geo/borders.geojson';
import { entityById, yearOf } from '../data/queries';
import { NEVER, type TimeMode } from '../data/time';
import { BORDER_LOOKS } from '../symbols/lines';
import { byState, byZoom, shownBy, type Expr } from './expressions';
import type { Theme } from '../symbols/theme';

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

/** Crossing halos (dated by their place's claim), then the international and administrative lines. */
export function borderLayers(t: Theme): LayerSpecification[] {
  const s = t.scale;
  return [
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
  ];
}
