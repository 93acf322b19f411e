// Which map features draw each fact-base item, indexed once: what the binding lights up for a
// selection, a story's highlights and a hover (through feature-state).
import borders from '../../geo/borders.geojson';
import countries from '../../geo/countries.geojson';
import places from '../../geo/places.geojson';
import routes from '../../geo/routes.geojson';
import { entityById, placesOf } from '../data/queries';
import type { ExplorerState } from '../store/explorer';
import { highlightOf } from '../data/scenes';

export type Target = { source: string; id: string };

/** Fact-base id → the features that draw it; a border place is drawn by the line carrying its id. */
const drawnBy = new Map<string, Target[]>();
const index = (source: string, collection: GeoJSON.FeatureCollection, key: string) => {
  for (const f of collection.features) {
    const factId = f.properties?.[key];
    const id = f.properties?.['id'];
    if (typeof factId !== 'string' || typeof id !== 'string') continue;
    drawnBy.set(factId, [...(drawnBy.get(factId) ?? []), { source, id }]);
  }
};
index('countries', countries, 'id');
index('places', places, 'id');
index('routes', routes, 'id');
index('borders', borders, 'place');

/** What lights up: the selection and the story's highlights, each with its places (an initiative's, a route's). */
export function selectedTargets({ selection, story }: Pick<ExplorerState, 'selection' | 'story'>): Target[] {
  const highlight = highlightOf(story);
  const ids = new Set<string>();
  for (const id of selection === null ? highlight : [selection, ...highlight]) {
    const entity = entityById(id);
    if (entity) [id, ...placesOf(entity)].forEach((p) => ids.add(p));
  }
  return [...ids].flatMap((p) => drawnBy.get(p) ?? []);
}
export const hoverTargets = (id: string | undefined) => (id === undefined ? [] : (drawnBy.get(id) ?? []));
/** The sources whose features carry feature-state, to clear them all at once. */
export const TARGET_SOURCES = [...new Set([...drawnBy.values()].flat().map((t) => t.source))];
