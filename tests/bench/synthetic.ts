// A fact base 100× the real one for the scale run of the benchmark: ≈5,000 figures, 2,000 located
// places and 500 routes. Every quote is one the real fact base already cites (so the build's
// fact check passes); only ids, names, places, positions and years are new. Seeded: same bytes every run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/data/load-node';
import type { FactBase, Figure, Place, PlaceKind, Route } from '../../src/data/types';
import { writeFactBase } from './fact-base-files';
import { prng } from './prng';

export const SYNTHETIC = { figures: 5000, places: 2000, routes: 500 } as const;
const KINDS: readonly PlaceKind[] = ['city', 'airport', 'institution', 'posting'];

function realFactBase(): FactBase {
  const read = (name: string) => JSON.parse(readFileSync(join(ROOT, 'src', 'data', 'facts', `${name}.json`), 'utf8')) as unknown;
  return {
    places: read('places'),
    initiatives: read('initiatives'),
    figures: read('figures'),
    routes: read('routes'),
    exclusions: read('exclusions'),
  } as FactBase;
}

/** The synthetic fact base, the same every call. */
export function syntheticFactBase(): FactBase {
  const real = realFactBase();
  const random = prng(20021004);
  const countries = real.places.filter((p) => p.kind === 'country').map((p) => p.id);
  const withCites = real.places.filter((p) => p.cites.length > 0);

  const places: Place[] = Array.from({ length: SYNTHETIC.places }, (_, i) => {
    const n = String(i + 1).padStart(4, '0');
    const approximate = i % 4 === 3;
    return {
      id: `syn-place-${n}`,
      kind: KINDS[i % KINDS.length]!,
      sourceName: `Synthetic place ${n}`,
      name: `Synthetic place ${n}`,
      country: random.pick(countries),
      // Spread over the Balkans and central Europe, where the real markers sit.
      lngLat: [Number((13 + random.next() * 17).toFixed(4)), Number((39 + random.next() * 9).toFixed(4))],
      precision: approximate ? 'city' : 'exact',
      ...(approximate ? { locationNote: 'Synthetic: placed at random for the benchmark.' } : {}),
      // No roles: a role must cite a sentence that names its place, and no sentence names these.
      roles: [],
      cites: [random.pick(random.pick(withCites).cites)],
    };
  });
  const ids = places.map((p) => p.id);

  const figures: Figure[] = Array.from({ length: SYNTHETIC.figures }, (_, i) => {
    const base = real.figures[i % real.figures.length]!;
    // Keep one real place, so a country's panel also grows to a hundred times its figures.
    return { ...base, id: `syn-figure-${i + 1}`, places: [random.pick(ids), ...base.places.slice(0, 1)] };
  });

  const routes: Route[] = Array.from({ length: SYNTHETIC.routes }, (_, i) => {
    // A route may only join the places its sentence names, so copies keep their path.
    const base = real.routes[i % real.routes.length]!;
    return { ...base, id: `syn-route-${i + 1}`, label: `Synthetic route ${i + 1}` };
  });

  return {
    ...real,
    places: [...real.places, ...places],
    figures: [...real.figures, ...figures],
    routes: [...real.routes, ...routes],
  };
}

/** Builds the synthetic fact base and writes it (with its places and routes layers) into `dir`. */
export function writeSyntheticFactBase(dir: string): void {
  writeFactBase(dir, syntheticFactBase());
}
