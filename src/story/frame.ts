import type { Camera } from '../store/explorer';
import { mercator, unmercator, WORLD_PX_AT_ZOOM_0, type BBox } from '../svgmap/project';
export interface Viewport {
  width: number;
  height: number;
}

/** The map area, in CSS px, each scene's camera is authored for: about what a 1920 × 1080 screen leaves beside the card. */
export const SCENE_AREA: Viewport = { width: 1168, height: 1000 };

/**
 * From this width the caption card sits on the right (story.css), where the side panel usually is;
 * narrower screens put it along the bottom. Right rather than left: the map's maxBounds (binding.ts)
 * leave more room east of the data than west, so scenes reaching the UK still fit beside the card.
 */
const WIDE_LAYOUT = 900;
/** Share of the screen the caption card covers, kept in step with story.css. */
const CARD_SHARE = { wide: 0.375, narrow: 0.5 };

/** A screen rectangle in CSS px. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Clear space kept between a scene's subject and the screen edges, the card and the attribution. */
const MARGIN = 16;
/** The attribution line (with the licence credit) along the bottom of the map. */
const ATTRIBUTION = 24;

/** The part of the screen the caption card leaves to the map, less a margin: where a scene's subject must fit. */
export function freeArea(viewport: Viewport): Rect {
  const wide = viewport.width >= WIDE_LAYOUT;
  const right = wide ? viewport.width * (1 - CARD_SHARE.wide) : viewport.width;
  const bottom = wide ? viewport.height - ATTRIBUTION : viewport.height * (1 - CARD_SHARE.narrow);
  return { left: MARGIN, top: MARGIN, right: right - MARGIN, bottom: bottom - MARGIN };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/**
 * The scene's camera moved so its subject sits in the middle of the map area the caption card
 * leaves free, zoomed out (never in) when that area is smaller than the one the scene was made for,
 * and further out when `subject` (a box) would otherwise reach past that area.
 */
export function framedCamera(camera: Camera, viewport: Viewport, subject?: BBox): Camera {
  const free = freeArea(viewport);
  const freeSize = { width: free.right - free.left, height: free.bottom - free.top };
  const fits = Math.min(freeSize.width / SCENE_AREA.width, freeSize.height / SCENE_AREA.height);
  let zoom = camera.zoom + Math.min(0, Math.log2(fits));
  let [x, y] = mercator(camera.center);
  if (subject) {
    const [left, top] = mercator([subject[0], subject[3]]);
    const [right, bottom] = mercator([subject[2], subject[1]]);
    const worldPx = WORLD_PX_AT_ZOOM_0 * 2 ** zoom;
    // Half-extents of the free area in world units, around the camera centre.
    const halfW = freeSize.width / 2 / worldPx;
    const halfH = freeSize.height / 2 / worldPx;
    const outside = left < x - halfW || right > x + halfW || top < y - halfH || bottom > y + halfH;
    if (outside) {
      // Centre on the subject and zoom out just enough to hold it.
      x = (left + right) / 2;
      y = (top + bottom) / 2;
      const scale = Math.min(freeSize.width / ((right - left) * worldPx), freeSize.height / ((bottom - top) * worldPx));
      zoom += Math.min(0, Math.log2(scale));
    }
  }
  const worldPx = WORLD_PX_AT_ZOOM_0 * 2 ** zoom;
  // The map's centre is the screen's; the free area's centre is offset from it (card on the right,
  // attribution below, or the card along the bottom on narrow screens).
  const dx = (viewport.width / 2 - (free.left + free.right) / 2) / worldPx;
  const dy = (viewport.height / 2 - (free.top + free.bottom) / 2) / worldPx;
  const [lng, lat] = unmercator([x + dx, y + dy]);
  // Rounded down, so rounding never pushes the subject past the free area.
  return { center: [round(lng, 6), round(lat, 6)], zoom: Math.floor(zoom * 1e4) / 1e4 };
}
