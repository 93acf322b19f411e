import type { Role } from '../data/types';
import type { Texture, Theme } from './theme';

/**
 * The style's icons and fill patterns, drawn as RGBA pixels from signed distance functions:
 * no canvas (so it runs in Node tests too), no sprite file, no request.
 */
interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Images are drawn at twice their CSS size so they stay sharp on high-density screens. */
export const IMAGE_PIXEL_RATIO = 2;

export const ROLE_ORDER: readonly Role[] = ['source', 'transit', 'destination'];

/** The fill pattern of a country whose roles are about illegal immigration only. */
export const IMMIGRATION_TEXTURE = 'texture-immigration';

/** `bandsImageName(['transit', 'destination'])` → "bands-transit-destination", roles in ROLE_ORDER. */
export function bandsImageName(roles: readonly Role[]): string {
  return ['bands', ...ROLE_ORDER.filter((r) => roles.includes(r))].join('-');
}

type Rgb = [number, number, number];
/** Signed distance in device pixels (negative inside) and what to paint there. */
type Layer = { sd: number; rgb: Rgb; alpha?: number };

const rgbOf = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const coverage = (sd: number) => Math.min(1, Math.max(0, 0.5 - sd));
const mod = (a: number, n: number) => ((a % n) + n) % n;

/** Rasterises layers (later ones on top) with one-pixel antialiasing from the distance field. */
function raster(width: number, height: number, layersAt: (x: number, y: number) => Layer[]): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const layer of layersAt(x + 0.5, y + 0.5)) {
        const la = coverage(layer.sd) * (layer.alpha ?? 1);
        const out = la + a * (1 - la);
        if (out === 0) continue;
        [r, g, b] = [0, 1, 2].map((i) => (layer.rgb[i]! * la + [r, g, b][i]! * a * (1 - la)) / out) as Rgb;
        a = out;
      }
      data.set([r, g, b, a * 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

/** A filled shape with an outside stroke, as Datawrapper-style markers have. */
function outlined(sd: number, fill: string, stroke: string, strokeWidth: number): Layer[] {
  return [{ sd: sd - strokeWidth, rgb: rgbOf(stroke) }, { sd, rgb: rgbOf(fill) }];
}

const TEXTURE_SIZE = 32;
function textureDistance(texture: Texture, x: number, y: number): number {
  switch (texture) {
    case 'diagonal': {
      // Lines rising to the right, 16 px apart along the diagonal so the tile wraps seamlessly.
      const period = TEXTURE_SIZE / 2;
      return (Math.abs(mod(x + y, period) - period / 2) / Math.SQRT2) - 1.3;
    }
    case 'dots': {
      const period = TEXTURE_SIZE / 2;
      const dx = mod(x, period) - period / 2;
      const dy = mod(y + (Math.floor(x / period) % 2) * (period / 2), period) - period / 2;
      return Math.hypot(dx, dy) - 2.6;
    }
    case 'horizontal': {
      const period = TEXTURE_SIZE / 3.2;
      return Math.abs(mod(y, period) - period / 2) - 1.2;
    }
    case 'grid': {
      const period = TEXTURE_SIZE / 4;
      return Math.min(Math.abs(mod(x, period) - period / 2), Math.abs(mod(y, period) - period / 2)) - 0.8;
    }
  }
}

/** The immigration cue: a fine grid on a neutral fill, whatever the role. */
function immigrationTexture(theme: Theme): RgbaImage {
  const rgb = rgbOf(theme.immigrationInk);
  return raster(TEXTURE_SIZE, TEXTURE_SIZE, (x, y) => [{ sd: textureDistance('grid', x, y), rgb, alpha: 0.6 }]);
}

function texture(role: Role, theme: Theme): RgbaImage {
  const rgb = rgbOf(theme.textureInk[role]);
  return raster(TEXTURE_SIZE, TEXTURE_SIZE, (x, y) => [{ sd: textureDistance(theme.textures[role], x, y), rgb, alpha: 0.55 }]);
}

/** Wide diagonal bands of each role's colour, for countries with more than one role. */
function bands(roles: Role[], theme: Theme): RgbaImage {
  // 16 CSS px: several stripes fit even in a country as small as Kosovo at the overview zoom.
  const size = 32;
  const colours = roles.map((r) => rgbOf(theme.roles[r]));
  return raster(size, size, (x, y) => {
    const phase = mod(x - y, size) / size; // falling to the right: never confused with the "/" texture
    return [{ sd: -1, rgb: colours[Math.floor(phase * colours.length)]! }];
  });
}

function marker(name: string, theme: Theme): RgbaImage | undefined {
  const s = theme.scale;
  const stroke = 2 * s;
  switch (name) {
    case 'diamond': { // airports
      const size = Math.round(30 * s), c = size / 2;
      return raster(size, size, (x, y) => outlined((Math.abs(x - c) + Math.abs(y - c)) / Math.SQRT2 - 6.5 * s, theme.site, theme.markerStroke, stroke));
    }
    case 'square': { // cities named for a meeting, not a site
      const size = Math.round(26 * s), c = size / 2;
      return raster(size, size, (x, y) => outlined(Math.max(Math.abs(x - c), Math.abs(y - c)) - 7 * s, theme.site, theme.markerStroke, stroke));
    }
    case 'arrow': { // points along +x, which symbol-placement "line" turns to the line's direction
      const [w, h] = [Math.round(32 * s), Math.round(28 * s)];
      const [tip, back, half] = [w - 4 * s, 5 * s, h / 2 - 4 * s];
      return raster(w, h, (x, y) => {
        const dy = Math.abs(y - h / 2);
        const slope = Math.hypot(tip - back, half);
        const edge = ((x - tip) * half + dy * (tip - back)) / slope; // distance to the slanted sides
        return outlined(Math.max(edge, back - x), theme.route, theme.routeCasing, stroke);
      });
    }
    case 'ring-dashed': { // "approximate location": a dashed ring around the marker
      const size = Math.round(52 * s), c = size / 2, r = size / 2 - 3 * s;
      return raster(size, size, (x, y) => {
        const dashes = 12;
        const dash = Math.floor(mod(Math.atan2(y - c, x - c), 2 * Math.PI) / (Math.PI / dashes)) % 2 === 0;
        const ring = Math.abs(Math.hypot(x - c, y - c) - r) - 1.6 * s;
        return dash ? [{ sd: ring - 1.5 * s, rgb: rgbOf(theme.markerStroke), alpha: 0.9 }, { sd: ring, rgb: rgbOf(theme.approximate) }] : [];
      });
    }
    default:
      return undefined;
  }
}

/** The image a style names, or undefined if the name is not one of ours. */
export function styleImage(name: string, theme: Theme): RgbaImage | undefined {
  const [kind, ...rest] = name.split('-');
  const roles = rest.filter((r): r is Role => (ROLE_ORDER as string[]).includes(r));
  if (name === IMMIGRATION_TEXTURE) return immigrationTexture(theme);
  if (kind === 'texture' && roles.length === 1 && rest.length === 1) return texture(roles[0]!, theme);
  if (kind === 'bands' && roles.length >= 2 && roles.length === rest.length) return bands(roles, theme);
  return marker(name, theme);
}
