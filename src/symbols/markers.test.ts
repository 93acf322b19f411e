import { Color, createExpression, featureFilter, latest, type FilterSpecification, type LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import places from '../../geo/places.geojson';
import { layerSymbols } from '../legend/Legend';
import { styleImage } from '../map/images';
import { explorerStyle, switchKey } from '../map/style';
import { themes } from './theme';
import { LAYER_IDS } from '../store/explorer';
import { LAYER_OF_KIND } from '../svgmap/geometry';
import { PlaceMark } from '../svgmap/PlaceMark';
import { ALL_HALOS, interpolate, kindOfImage, MARKER_KINDS, MARKER_ZOOM_SCALE, MARKERS, RING_IMAGE, type MarkerLook } from './markers';
import { markerRaster } from './raster';
import { ApproximateRing, MarkerShape, MarkerSwatch } from './svg';

/**
 * The live style and the SVG renderer (SVG map, handout, legend) must draw every place alike:
 * the style's filters and expressions are evaluated with MapLibre's own expression engine.
 */
const globalState = { year: 2004, time: 'reported', ...Object.fromEntries(LAYER_IDS.map((id) => [switchKey(id), true])) };
const ZOOMS = [3, 4.5, 6, 8];

const colour = (value: unknown) => Color.parse(String(value))!.toString();
type Spec = Parameters<typeof createExpression>[1];
const spec = (property: unknown) => property as Spec;
function evaluate(value: unknown, spec: Spec, zoom: number, properties: GeoJSON.GeoJsonProperties): unknown {
  const expression = createExpression(value, spec, null, globalState);
  if (expression.result !== 'success') throw new Error(`does not parse: ${JSON.stringify(value)}`);
  return expression.value.evaluate({ zoom }, { type: 1, properties: properties ?? {} } as never);
}

/** What the live style draws for a place at `zoom`: its marker image and size, ring, halo colour and radius. */
function live(style: ReturnType<typeof explorerStyle>, properties: GeoJSON.GeoJsonProperties, zoom: number) {
  const drawing = style.layers
    .filter((l): l is Extract<LayerSpecification, { source: string }> => 'source' in l && l.source === 'places' && l.id !== 'places-state')
    .filter((l) => featureFilter(l.filter as FilterSpecification, 'filter', globalState).filter({ zoom }, { type: 1, properties: properties ?? {} } as never));
  const layout = (l: LayerSpecification) => (l.layout ?? {}) as Record<string, unknown>;
  const paint = (l: LayerSpecification) => (l.paint ?? {}) as Record<string, unknown>;
  const marker = drawing.find((l) => l.id.endsWith('-marker'));
  const ring = drawing.find((l) => l.id.endsWith('-approximate'));
  const halo = drawing.find((l) => l.id.endsWith('-halo'));
  return {
    marker: marker && String(evaluate(layout(marker)['icon-image'], spec(latest.layout_symbol['icon-image']), zoom, properties)),
    markerSwitch: marker?.id.replace(/-marker$/, ''),
    size: marker && Number(evaluate(layout(marker)['icon-size'], spec(latest.layout_symbol['icon-size']), zoom, properties)),
    ring: ring && String(evaluate(layout(ring)['icon-image'], spec(latest.layout_symbol['icon-image']), zoom, properties)),
    halo: halo && {
      colour: colour(evaluate(paint(halo)['circle-color'], spec(latest.paint_circle['circle-color']), zoom, properties)),
      radius: Number(evaluate(paint(halo)['circle-radius'], spec(latest.paint_circle['circle-radius']), zoom, properties)),
    },
  };
}

/** The elements (by component) a VNode tree renders at its top, calling function components on the way. */
type Part = VNode<Record<string, unknown>>;
function parts(node: unknown): Part[] {
  if (Array.isArray(node)) return node.flatMap(parts);
  if (!node || typeof node !== 'object') return [];
  const v = node as Part;
  return [v, ...parts(v.props.children)];
}

describe.each(['light', 'dark'] as const)('places in the %s theme', (name) => {
  const t = themes[name];
  const style = explorerStyle(t);

  it.each(ZOOMS)('the SVG map draws each place as the live style does (zoom %f)', (zoom) => {
    for (const { properties, geometry } of places.features) {
      const [kind, precision] = [String(properties?.['kind']), String(properties?.['precision'])];
      const want = live(style, properties, zoom);
      const drawn = parts(PlaceMark({ kind, precision, at: (geometry as GeoJSON.Point).coordinates as [number, number], zoom, prefix: 'p', theme: t }));
      const label = `${String(properties?.['id'])} at ${zoom}`;

      const shape = drawn.find((v) => v.type === MarkerShape);
      expect(shape?.props['look'] as MarkerLook | undefined, label).toBe(want.marker ? MARKERS[kindOfImage(want.marker)!] : undefined);
      if (shape) expect(shape.props['scale'] as number, label).toBeCloseTo(want.size! * t.scale, 6);
      // The marker sits under the legend switch the style hides it with.
      if (want.marker) expect(want.markerSwitch, label).toBe(LAYER_OF_KIND[kind as keyof typeof LAYER_OF_KIND]);

      expect(
        drawn.some((v) => v.type === ApproximateRing),
        label,
      ).toBe(want.ring === RING_IMAGE);
      const halo = drawn.find((v) => v.type === 'circle' && String(v.props['fill']).startsWith('url(#p-halo-'));
      expect(halo !== undefined, label).toBe(want.halo !== undefined);
      if (halo && want.halo) {
        expect(Number(halo.props['r']), label).toBeCloseTo(want.halo.radius, 4);
        const gradient = String(halo.props['fill']).slice('url(#p-'.length, -1);
        const ink = ALL_HALOS.find((h) => h.name === gradient)!.ink;
        expect(colour(t[ink]), `${label} halo ${gradient}`).toBe(want.halo.colour);
      }
    }
  });

  it('the legend shows every marker the map draws, under the switch that shows it, and no other', () => {
    const symbols = layerSymbols(t);
    const listed = Object.entries(symbols).flatMap(([layer, element]) =>
      parts(element)
        .filter((v) => v.type === MarkerSwatch)
        .flatMap((v) => (v.props['kinds'] as string[]).map((k) => `${layer}:${k}`)),
    );
    const drawn = new Set(
      places.features.flatMap(({ properties }) => {
        const want = live(style, properties, 6);
        return want.marker ? [`${want.markerSwitch}:${kindOfImage(want.marker)}`] : [];
      }),
    );
    expect(new Set(listed)).toEqual(drawn);
  });
});

describe('marker images', () => {
  const t = themes.light;
  it.each(MARKER_KINDS)('%s: the raster puts fill and stroke where the SVG shape does', (kind) => {
    const look = MARKERS[kind];
    const image = markerRaster(look, t, 2);
    expect(styleImage(`marker-${kind}`, t)).toEqual(image);
    const at = (dx: number) => {
      const [x, y] = [Math.floor(image.width / 2 + dx * 2), Math.floor(image.height / 2)];
      return [...image.data.slice((y * image.width + x) * 4, (y * image.width + x) * 4 + 3)].map((v) => Math.round(v));
    };
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    // Along +x the diamond's edge lies √2 further out than its sides.
    const k = look.shape === 'diamond' ? Math.SQRT2 : 1;
    expect(at((look.size + look.strokeWidth / 2) * k)).toEqual(rgb(t[look.stroke]));
    if (look.fillOpacity === undefined) expect(at(0)).toEqual(rgb(t[look.fill]));
    const svg = MarkerShape({ look, at: [0, 0], scale: 1, theme: t }) as Part;
    expect(svg.props['stroke']).toBe(t[look.stroke]);
    expect(svg.props['stroke-width']).toBe(look.strokeWidth);
  });

  it('shrink markers at the overview by the same factor in both renderers', () => {
    expect(interpolate(MARKER_ZOOM_SCALE, 3)).toBe(0.7);
    expect(interpolate(MARKER_ZOOM_SCALE, 9)).toBe(1);
  });
});
