import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bboxClip, bboxPolygon, booleanPointInPolygon, featureCollection, intersect, multiPolygon, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COUNTRY_BY_NAME, COUNTRY_BY_NUMERIC } from './iso-codes';
import { REGION_BBOX, roundPosition } from './region';

type CountryPart = Feature<Polygon, { id: string }>;

/** Simferopol: the Crimea part of Natural Earth's Russia (see below). */
const CRIMEA: Position = [34.1, 44.95];

/**
 * Natural Earth 1:50m countries cut to the region, one feature per polygon part, each tagged with
 * the alpha-2 id of the country it belongs to. Coordinates are snapped to the output grid here so
 * that every later step (shared-border detection, simplification, validity checks) sees the
 * coordinates that are written out.
 */
export function regionCountryParts(): FeatureCollection<Polygon, { id: string }> {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const world = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;

  const parts: CountryPart[] = [];
  for (const country of world.features) {
    // Clip first: world-atlas is spherical, so Russia and Fiji wrap round the antimeridian and
    // would make nonsense of any planar step that saw them whole. (Polygons clip to polygons;
    // bboxClip's type also allows for lines.)
    const clipped = bboxClip(country, REGION_BBOX).geometry as Polygon | MultiPolygon;
    const kept = (clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates).filter((rings) => rings.length > 0);
    if (kept.length === 0) continue;
    // bboxClip cuts ring by ring, so a hole the edge runs through stays a hole lying on the
    // exterior (Armenia's Azerbaijani exclave); a true intersection turns it into a notch.
    const inside = intersect(featureCollection<Polygon | MultiPolygon>([multiPolygon(kept), bboxPolygon(REGION_BBOX)]))?.geometry;
    if (!inside) continue;
    const polygons = inside.type === 'Polygon' ? [inside.coordinates] : inside.coordinates;
    for (const rings of polygons) {
      const [exterior, ...holes] = rings.map(snapRing);
      // Specks that snapping collapses are dropped; an exterior that survives keeps its holes that do.
      if (!exterior || exterior.length < 4) continue;
      const snapped = [exterior, ...holes.filter((hole) => hole.length >= 4)];
      parts.push(polygon(snapped, { id: ownerOf(country, snapped) }));
    }
  }
  return { type: 'FeatureCollection', features: parts };
}

function ownerOf(country: Feature<Polygon | MultiPolygon, { name: string }>, rings: Position[][]): string {
  const entry = country.id === undefined ? COUNTRY_BY_NAME[country.properties.name] : COUNTRY_BY_NUMERIC[String(country.id)];
  if (!entry) throw new Error(`No alpha-2 code for world-atlas country ${String(country.id)} "${country.properties.name}"`);
  // Natural Earth draws Crimea as Russian; throughout 2000–2004 it was Ukraine's, as the UK and
  // the UN still hold it to be.
  if (entry.id === 'RU' && booleanPointInPolygon(CRIMEA, polygon(rings))) return 'UA';
  return entry.id;
}

/** Snap a ring to the output grid, dropping the repeats that snapping creates. */
function snapRing(ring: Position[]): Position[] {
  const snapped: Position[] = [];
  for (const position of ring.map(roundPosition)) {
    const last = snapped[snapped.length - 1];
    if (!last || last[0] !== position[0] || last[1] !== position[1]) snapped.push(position);
  }
  return snapped;
}
