import type { FeatureCollection } from 'geojson';
import { bordersLayer } from './borders-layer';
import { countriesLayer } from './countries-layer';
import { countryTopology } from './country-topology';
import { labelsLayer } from './labels-layer';
import { regionCountryParts } from './natural-earth';
import { placesLayer } from './places-layer';
import { routesLayer } from './routes-layer';
import { placeById, places, routes } from './facts';
import { simplifyCountries } from './simplify-countries';

/** Every layer the map loads, by file name (geo/<name>.geojson). */
export function buildLayers(): Record<string, FeatureCollection> {
  const topology = simplifyCountries(countryTopology(regionCountryParts()));
  const countries = countriesLayer(topology);
  const labels = labelsLayer(countries.features);
  // Routes start and end where the country's name sits, so arrows and labels agree.
  const countryAnchors = new Map(labels.features.map((label) => [label.properties.id, label.geometry.coordinates]));
  return {
    countries,
    borders: bordersLayer(topology),
    places: placesLayer(places, countryAnchors),
    routes: routesLayer(routes, placeById, countryAnchors),
    labels,
  };
}
