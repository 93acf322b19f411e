import borders from '../../geo/borders.geojson';
import countries from '../../geo/countries.geojson';
import places from '../../geo/places.geojson';
import routes from '../../geo/routes.geojson';
import { referenceOf } from '../cite/format';
import { citationsOf, entityById } from '../data/queries';
import { documents, licence } from '../data/sources';
import type { Role } from '../data/types';
import { DOCUMENT_YEARS } from '../data/vocab';

/** Where the layers come from and under what terms: an RFC 7946 foreign member, which GIS tools keep. */
interface ExportMetadata {
  title: string;
  sources: { title: string; type: string; reference: string; date: string }[];
  licence: { name: string; attribution: string };
  boundaries: string;
}

type LayersExport = GeoJSON.FeatureCollection & { metadata: ExportMetadata };

/** Each layer, and the property that names the fact-base item a feature draws (borders carry it as `place`). */
const LAYERS = [
  { layer: 'countries', collection: countries, factKey: 'id' },
  { layer: 'borders', collection: borders, factKey: 'place' },
  { layer: 'places', collection: places, factKey: 'id' },
  { layer: 'routes', collection: routes, factKey: 'id' },
] as const;

/** Roles and citation references of the fact-base item a feature draws; empty for unmentioned countries. */
function factProperties(factId: unknown): { roles: Role[]; citations: string[] } {
  const entity = typeof factId === 'string' ? entityById(factId) : undefined;
  if (!entity) return { roles: [], citations: [] };
  const roles = entity.kind === 'place' ? [...new Set(entity.item.roles.map((r) => r.role))] : [];
  return { roles, citations: [...new Set(citationsOf(entity).map(referenceOf))] };
}

/**
 * The map's four geo layers as one FeatureCollection: each feature has its id as the feature `id`,
 * a `layer` property, the `roles` the sources give it and the references that say so.
 */
export function allLayersGeoJson(): LayersExport {
  const features = LAYERS.flatMap(({ layer, collection, factKey }) =>
    collection.features.map((f): GeoJSON.Feature => {
      const properties = f.properties ?? {};
      return {
        type: 'Feature',
        id: String(properties['id']),
        geometry: f.geometry,
        properties: { ...properties, layer, ...factProperties(properties[factKey]) },
      };
    }),
  );
  return {
    type: 'FeatureCollection',
    metadata: {
      title: `Balkan Routes Explorer: places, borders and routes named in UK parliamentary records (${DOCUMENT_YEARS.join(', ')})`,
      sources: Object.values(documents).map(({ title, type, reference, date }) => ({ title, type, reference, date })),
      licence: { name: licence.name, attribution: licence.attribution },
      boundaries: 'Natural Earth (public domain), via world-atlas',
    },
    features,
  };
}
