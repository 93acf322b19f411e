/**
 * Builds the map's GeoJSON layers into geo/ from Natural Earth (world-atlas) and the fact base.
 * Run with `npm run geo`; the output is committed, and the same inputs always give the same bytes.
 */
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { bordersLayer } from './build/borders-layer';
import { countriesLayer } from './build/countries-layer';
import { countryTopology } from './build/country-topology';
import { labelsLayer } from './build/labels-layer';
import { regionCountryParts } from './build/natural-earth';
import { placesLayer } from './build/places-layer';
import { routesLayer } from './build/routes-layer';
import { simplifyCountries } from './build/simplify-countries';
import { writeLayer } from './build/write-layer';

const topology = simplifyCountries(countryTopology(regionCountryParts()));
const countries = countriesLayer(topology);
const labels = labelsLayer(countries.features);
const countryAnchors = new Map(labels.features.map((label) => [label.properties.id, label.geometry.coordinates]));

const layers: Record<string, FeatureCollection> = {
  countries,
  borders: bordersLayer(topology),
  places: placesLayer(),
  routes: routesLayer(countryAnchors),
  labels,
};

let totalGzipped = 0;
for (const [name, layer] of Object.entries(layers)) {
  const { bytes, gzipped } = writeLayer(join(import.meta.dirname, `${name}.geojson`), layer);
  totalGzipped += gzipped;
  console.log(`${name}.geojson: ${layer.features.length} features, ${kb(bytes)} (${kb(gzipped)} gzipped)`);
}
console.log(`total gzipped: ${kb(totalGzipped)}`);

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
