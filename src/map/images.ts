import { allPatterns } from '../symbols/fills';
import { IMAGE_PIXEL_RATIO, mod, outlined, patternImage, raster, rgbOf, type RgbaImage } from '../symbols/raster';
import type { Theme } from './theme';

/** MapLibre's images: the fill patterns (symbols/fills.ts) and the map's markers, all drawn by symbols/raster.ts. */
export { IMAGE_PIXEL_RATIO };

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
  const pattern = allPatterns(theme).find((p) => p.name === name);
  return pattern ? patternImage(pattern, theme) : marker(name, theme);
}
