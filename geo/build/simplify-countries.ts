import { lineString, simplify } from '@turf/turf';
import type { Position } from 'geojson';
import { feature } from 'topojson-client';
import type { CountryGeometry, CountryTopology } from './country-topology';
import { polygonProblem } from './polygon-validity';

/** Douglas–Peucker tolerance in degrees (under 1 km): about what 1:50m source data resolves anyway. */
const TOLERANCE = 0.01;
/** The output grid's step: a tolerance below it simplifies next to nothing, so go straight to none. */
const FINEST = 1e-4;

/**
 * Simplify every shared boundary once, so neighbours stay flush. Where that leaves a country
 * unfit to draw (a ring collapsed, an edge crossing another), the boundaries of that country
 * are simplified again at half the tolerance, down to none at all.
 */
export function simplifyCountries(topology: CountryTopology): CountryTopology {
  const tolerances = topology.arcs.map(() => TOLERANCE);
  for (;;) {
    const simplified: CountryTopology = { ...topology, arcs: topology.arcs.map((arc, i) => simplifyArc(arc, tolerances[i]!)) };
    const unfit = simplified.objects.countries.geometries.filter((country) => polygonProblem(feature(simplified, country).geometry));
    if (unfit.length === 0) return simplified;

    for (const country of unfit) {
      const arcs = arcIndices(country);
      if (arcs.every((i) => tolerances[i] === 0)) {
        const problem = polygonProblem(feature(simplified, country).geometry);
        throw new Error(`${country.properties!.id} is unfit even unsimplified: ${problem}`);
      }
      for (const i of arcs) tolerances[i] = tolerances[i]! / 2 < FINEST ? 0 : tolerances[i]! / 2;
    }
  }
}

function simplifyArc(arc: Position[], tolerance: number): Position[] {
  if (tolerance === 0) return arc;
  return simplify(lineString(arc), { tolerance, highQuality: true }).geometry.coordinates;
}

function arcIndices(country: CountryGeometry): number[] {
  // Topojson marks a reversed arc i as ~i.
  return country.arcs.flat(2).map((i) => (i < 0 ? ~i : i));
}
