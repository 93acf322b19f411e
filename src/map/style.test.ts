import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, test } from 'vitest';
import type { Role } from '../data/types';
import { LAYER_IDS } from '../store/explorer';
import { styleImage } from './images';
import { explorerStyle, INTERACTIVE_LAYERS, switchKey } from './style';
import { themes, type Theme } from '../symbols/theme';

/** Every string anywhere in a JSON value, for the rules that apply to all of them. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

// Colour-vision simulation: Machado, Oliveira & Fernandes (2009), severity 1, on linear RGB.
const CVD = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
};
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const linearRgb = (hex: string) => [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255)) as [number, number, number];
/** CIE L*a*b* (D65) from linear RGB. */
function lab([r, g, b]: number[]): [number, number, number] {
  const f = (v: number) => (v > 0.008856 ? Math.cbrt(v) : 7.787 * v + 16 / 116);
  const x = f((0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047);
  const y = f(0.2126 * r! + 0.7152 * g! + 0.0722 * b!);
  const z = f((0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const simulate = (m: number[][], rgb: number[]) =>
  m.map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((s, k, i) => s + k * rgb[i]!, 0),
      ),
    ),
  );
const deltaE = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
const pairs = <T>(xs: T[]) => xs.flatMap((a, i) => xs.slice(i + 1).map((b) => [a, b] as const));

describe.each(Object.entries(themes))('%s style', (_name, theme: Theme) => {
  const style = explorerStyle(theme);

  test('passes the style spec', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  test('every layer reads an existing source', () => {
    for (const layer of style.layers) if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
  });

  test('makes no request: no glyphs, sprite or URL anywhere', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(strings(style).filter((s) => /^(https?:|\/\/)/i.test(s))).toEqual([]);
  });

  test('colours are lower-case hex, in the theme and in the style', () => {
    const { textures: _names, ...colourTokens } = theme;
    const colours = strings(colourTokens).concat(strings(style).filter((s) => /^(#|rgb|hsl)/i.test(s)));
    for (const c of colours) expect(c).toMatch(/^#[0-9a-f]{6}$/);
  });

  test('every legend switch drives the visibility of at least one layer', () => {
    for (const id of LAYER_IDS) {
      const switched = style.layers.filter((l) => JSON.stringify(l.layout?.visibility ?? null).includes(`"${switchKey(id)}"`));
      expect(switched.length, id).toBeGreaterThan(0);
      expect(style.state?.[switchKey(id)]?.default).toBe(true);
    }
  });

  test('interactive layers exist', () => {
    for (const id of INTERACTIVE_LAYERS) expect(style.layers.map((l) => l.id)).toContain(id);
  });

  test('every icon and pattern the style names can be drawn', () => {
    const names = strings(style.layers).filter((s) => /^(texture|bands|marker)-|^arrow$/.test(s));
    expect(names.length).toBeGreaterThan(5);
    for (const name of new Set(names)) {
      const image = styleImage(name, theme);
      expect(image, name).toBeDefined();
      expect(image!.data.length).toBe(image!.width * image!.height * 4);
      expect(
        image!.data.some((v, i) => i % 4 === 3 && v > 0),
        `${name} is not blank`,
      ).toBe(true);
    }
  });

  test('role colours stay apart under deuteranopia and protanopia', () => {
    const roles = Object.values(theme.roles).map(linearRgb);
    for (const matrix of Object.values(CVD)) {
      for (const [a, b] of pairs(roles)) expect(deltaE(lab(simulate(matrix, a)), lab(simulate(matrix, b)))).toBeGreaterThan(20);
    }
  });

  test('roles read in grey-scale: distinct lightness and distinct textures', () => {
    const lightness = Object.values(theme.roles).map((c) => lab(linearRgb(c))[0]);
    for (const [a, b] of pairs(lightness)) expect(Math.abs(a - b)).toBeGreaterThan(15);
    expect(new Set(Object.values(theme.textures)).size).toBe(3);
    const pixels = (['source', 'transit', 'destination'] as Role[]).map((r) => styleImage(`texture-${r}`, theme)!.data.join());
    expect(new Set(pixels).size).toBe(3);
  });
});
