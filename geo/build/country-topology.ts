import type { FeatureCollection, Polygon } from 'geojson';
import { mergeArcs } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, MultiPolygon, Polygon as PartGeometry, Topology } from 'topojson-specification';

export type CountryGeometry = MultiPolygon<{ id: string }>;
export interface CountryCollection extends GeometryCollection<{ id: string }> {
  geometries: CountryGeometry[];
}
export type CountryTopology = Topology<{ countries: CountryCollection }>;

/**
 * One topology for all countries: each stretch of boundary is stored once and shared by the
 * countries on either side, so simplifying it keeps neighbours flush and the borders can be read
 * straight off it. Parts of the same country (Crimea and mainland Ukraine, the two halves of
 * Cyprus) are merged, which drops the lines between them.
 */
export function countryTopology(parts: FeatureCollection<Polygon, { id: string }>): CountryTopology {
  // No quantization: the coordinates are already on the output grid.
  const partsTopology = topology({ parts });
  // Every part went in as a Polygon feature with an id.
  const partGeometries = (partsTopology.objects.parts as GeometryCollection).geometries as PartGeometry<{ id: string }>[];

  const ids = [...new Set(partGeometries.map((part) => part.properties!.id))].sort();
  const countries = ids.map((id): CountryGeometry => {
    const own = partGeometries.filter((part) => part.properties!.id === id);
    return { ...mergeArcs(partsTopology, own), properties: { id } };
  });
  return { ...partsTopology, objects: { countries: { type: 'GeometryCollection', geometries: countries } } };
}
