import type { FeatureCollection } from 'geojson';
import { bordersLayer } from './borders-layer';
import { countriesLayer } from './countries-layer';
import { countryTopology } from './country-topology';
import { labelsLayer } from './labels-layer';
import { regionCountryParts } from './natural-earth';
import { simplifyCountries } from './simplify-countries';

/**
 * The layers drawn from Natural Earth, by file name (geo/<name>.geojson), committed. The two made
 * from the fact base (./fact-layers.ts) are made by every build instead.
 */
export function buildLayers(): Record<string, FeatureCollection> {
  const topology = simplifyCountries(countryTopology(regionCountryParts()));
  const countries = countriesLayer(topology);
  return { countries, borders: bordersLayer(topology), labels: labelsLayer(countries.features) };
}
