import { createExpression, featureFilter, type FilterSpecification, type LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import countries from '../../geo/countries.geojson';
import { TIME_MODE_IDS } from '../data/time';
import { explorerStyle, switchKey } from '../map/style';
import { themes } from './theme';
import { LAYER_IDS } from '../store/explorer';
import { shadingOf } from '../svgmap/roles';
import { allPatterns, countryFill } from './fills';
import { bandAt, patternImage } from './raster';
import { PatternDef } from './svg';

/**
 * The live style and the SVG renderers (legend, print map) must agree on every country's fill at
 * every point of the time window: the style is evaluated with MapLibre's own expression engine.
 */
const t = themes.light;
const style = explorerStyle(t);
const layer = (id: string) => style.layers.find((l) => l.id === id) as Extract<LayerSpecification, { type: 'fill' }>;
const YEARS = [2000, 2001, 2002, 2003, 2004];

function liveFill(properties: GeoJSON.GeoJsonProperties, globalState: Record<string, unknown>) {
  const feature = { type: 3, properties: properties ?? {} } as const;
  const draws = (id: string) => featureFilter(layer(id).filter as FilterSpecification, 'filter', globalState).filter({ zoom: 5 }, feature as never);
  const paint = (id: string, key: 'fill-color' | 'fill-pattern') => {
    const expression = createExpression((layer(id).paint as Record<string, unknown>)[key], key, null, globalState);
    if (expression.result !== 'success') throw new Error(`${id} ${key} does not parse`);
    return String(expression.value.evaluate({ zoom: 5 }, feature as never));
  };
  const colour = draws('countries-role')
    ? paint('countries-role', 'fill-color')
    : draws('countries-immigration')
      ? paint('countries-immigration', 'fill-color')
      : undefined;
  const pattern = ['countries-texture', 'countries-bands', 'countries-immigration-texture'].find(draws);
  return { colour, pattern: pattern ? paint(pattern, 'fill-pattern') : undefined };
}

describe('country fills', () => {
  const globals = (year: number, time: string) => ({ year, time, ...Object.fromEntries(LAYER_IDS.map((id) => [switchKey(id), true])) });

  it.each(TIME_MODE_IDS.flatMap((time) => YEARS.map((year) => [time, year] as const)))(
    'the map and the print map agree for every country (%s, %i)',
    (time, year) => {
      for (const { properties } of countries.features) {
        const shading = shadingOf(properties, year, time);
        const expected = countryFill(shading.roles, shading.immigration, t);
        const live = liveFill(properties, globals(year, time));
        const label = `${String(properties?.['id'])} ${time} ${year}`;
        expect(live.pattern, label).toBe(expected.pattern?.name);
        if (expected.pattern) expect(live.colour, label).toBe(expected.colour);
      }
    },
  );

  it('shows Kosovo striped at 2004 and plain at 2002, said by', () => {
    const kosovo = countries.features.find((f) => f.properties?.['id'] === 'XK')!.properties;
    expect(liveFill(kosovo, globals(2004, 'reported')).pattern).toBe('bands-transit-destination');
    expect(liveFill(kosovo, globals(2002, 'reported')).pattern).toBeUndefined();
  });
});

describe('patterns', () => {
  it('draw the bands falling to the right in both renderers, never the source hatch’s "/"', () => {
    // Raster: moving down-right stays in one band; moving up-right crosses bands.
    expect(new Set([0, 1, 2, 3].map((i) => bandAt(2 + i, 3 + i, 2))).size).toBe(1);
    expect(new Set([0, 2, 4, 6].map((i) => bandAt(2 + i, 12 - i, 2))).size).toBe(2);
    // SVG: every band edge runs down-right (dx and dy of one sign).
    const bands = allPatterns(t).find((p) => p.bands)!;
    const paths = (node: VNode): string[] => {
      const { d, children } = node.props as { d?: string; children?: VNode | VNode[] };
      return [...(d ? [d] : []), ...[children ?? []].flat().flatMap(paths)];
    };
    const ds = paths(PatternDef({ id: 'b', fill: bands, theme: t }) as VNode);
    expect(ds.length).toBe(bands.bands!.length);
    for (const d of ds) {
      const points = [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
      const [[x1, y1], [x2, y2]] = [points[1]!, points[2]!];
      expect(Math.sign(x2 - x1)).toBe(Math.sign(y2 - y1));
    }
  });

  it('give every pattern the style names a tile that repeats on whole device pixels', () => {
    for (const fill of allPatterns(t)) {
      const image = patternImage(fill, t);
      expect(Number.isInteger(image.width) && image.width === image.height, fill.name).toBe(true);
      expect(
        image.data.some((v, i) => i % 4 === 3 && v > 0),
        `${fill.name} has ink`,
      ).toBe(true);
    }
  });
});
