import { allPatterns } from '../symbols/fills';
import { kindOfImage, MARKERS, RING_IMAGE } from '../symbols/markers';
import { arrowRaster, IMAGE_PIXEL_RATIO, markerRaster, patternImage, ringRaster, type RgbaImage } from '../symbols/raster';
import type { Theme } from '../symbols/theme';

/** MapLibre's images: fill patterns, markers and the route arrow, all drawn by symbols/raster.ts from symbols/*. */
export { IMAGE_PIXEL_RATIO };
export const ARROW_IMAGE = 'arrow';

/** The image a style names, or undefined if the name is not one of ours. */
export function styleImage(name: string, theme: Theme): RgbaImage | undefined {
  const pattern = allPatterns(theme).find((p) => p.name === name);
  if (pattern) return patternImage(pattern, theme);
  const kind = kindOfImage(name);
  if (kind) return markerRaster(MARKERS[kind], theme);
  if (name === RING_IMAGE) return ringRaster(theme);
  return name === ARROW_IMAGE ? arrowRaster(theme) : undefined;
}
