// Which overview a container gets (the boxes are in data/camera.ts) and what a fit keeps clear:
// shared by MapLibre (binding.ts) and the SVG map, so the first paint and the live map frame the same view.

import { OVERVIEW, OVERVIEW_NARROW } from '../data/camera';
import type { Box } from '../svgmap/labels';

export type Padding = { top: number; right: number; bottom: number; left: number };

export const overviewFor = (container: HTMLElement) => (container.clientWidth < 600 ? OVERVIEW_NARROW : OVERVIEW);

/**
 * What is drawn over the map — the legend, the timeline, an overlaid panel or a scene's card — as
 * boxes in the container's pixels. Overlays are the map region's siblings plus any panel or marked
 * element laid over it; looked up from the root node, as the embed renders inside a shadow root.
 */
export function overlaysOver(container: HTMLElement): Box[] {
  const m = container.getBoundingClientRect();
  const region = container.closest('.map') ?? container.parentElement;
  const root = container.getRootNode() as Document | ShadowRoot;
  const siblings = [...(region?.parentElement?.children ?? [])].filter((el) => el !== region);
  return [...new Set([...siblings, ...root.querySelectorAll('aside, [data-map-overlay]')])]
    .map((el) => el.getBoundingClientRect())
    .filter((o) => o.width > 0 && o.right > m.left && o.left < m.right && o.bottom > m.top && o.top < m.bottom)
    .map((o): Box => [o.left - m.left, o.top - m.top, o.right - m.left, o.bottom - m.top]);
}

/** Keeps fitted items clear of anything drawn over the map (overlaysOver). */
export function fitPadding(container: HTMLElement): Padding {
  const m = container.getBoundingClientRect();
  const base = Math.round(Math.min(m.width, m.height) * 0.06) + 12;
  const pad = { top: base, right: base, bottom: base, left: base };
  for (const [left, top, right, bottom] of overlaysOver(container)) {
    // Push the fit away from whichever side the overlay covers least.
    const sides = { left: right, right: m.width - left, top: bottom, bottom: m.height - top };
    const [side, depth] = Object.entries(sides).sort((a, b) => a[1] - b[1])[0] as [keyof typeof pad, number];
    pad[side] = Math.max(pad[side], depth + 12);
  }
  // MapLibre refuses to fit when the padding leaves no room: keep at least a third of each axis.
  const shrink = (a: 'left' | 'top', b: 'right' | 'bottom', size: number) => {
    const over = pad[a] + pad[b] - size * 0.66;
    if (over > 0) [pad[a], pad[b]] = [pad[a] - (over * pad[a]) / (pad[a] + pad[b]), pad[b] - (over * pad[b]) / (pad[a] + pad[b])];
  };
  shrink('left', 'right', m.width);
  shrink('top', 'bottom', m.height);
  return pad;
}
