import type { Camera } from '../store/explorer';
import { mercator, unmercator, WORLD_PX_AT_ZOOM_0 } from '../svgmap/project';
export interface Viewport {
  width: number;
  height: number;
}

/** The map area, in CSS px, each scene's camera is authored for: what a 1920 × 1080 screen leaves beside the card. */
export const SCENE_AREA: Viewport = { width: 1200, height: 1000 };

/**
 * From this width the caption card sits on the right (story.css), where the side panel usually is;
 * narrower screens put it along the bottom. Right rather than left: the map's maxBounds (binding.ts)
 * leave more room east of the data than west, so scenes reaching the UK still fit beside the card.
 */
const WIDE_LAYOUT = 900;
/** Share of the screen the caption card covers, kept in step with story.css. */
const CARD_SHARE = { wide: 0.375, narrow: 0.5 };

/**
 * The scene's camera moved so its subject sits in the middle of the map area the caption card
 * leaves free, zoomed out (never in) when that area is smaller than the one the scene was made for.
 */
export function framedCamera(camera: Camera, viewport: Viewport): Camera {
  const wide = viewport.width >= WIDE_LAYOUT;
  const free = wide
    ? { width: viewport.width * (1 - CARD_SHARE.wide), height: viewport.height }
    : { width: viewport.width, height: viewport.height * (1 - CARD_SHARE.narrow) };
  const fits = Math.min(free.width / SCENE_AREA.width, free.height / SCENE_AREA.height);
  const zoom = camera.zoom + Math.min(0, Math.log2(fits));
  const worldPx = WORLD_PX_AT_ZOOM_0 * 2 ** zoom;
  const [x, y] = mercator(camera.center);
  // Card on the right, over the map: the centre moves east. On narrow screens the map has the top
  // half to itself (story.css), so its centre is already the middle of the free area.
  const [lng, lat] = unmercator([x + (wide ? (viewport.width - free.width) / 2 / worldPx : 0), y]);
  const round = (n: number, digits: number) => Number(n.toFixed(digits));
  return { center: [round(lng, 6), round(lat, 6)], zoom: round(zoom, 4) };
}

