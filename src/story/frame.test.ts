import { describe, expect, it } from 'vitest';
import { mercator, WORLD_PX_AT_ZOOM_0 } from '../svgmap/project';
import { freeArea, type Viewport } from './frame';
import { scenes } from '../data/scenes';
import { sceneCamera, subjectOf } from './story';

/** The projector resolutions a committee room is likely to have. */
const PROJECTORS: Viewport[] = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** Where the scene's subject (everything it highlights) is drawn on screen, as a box in CSS px. */
function subjectOnScreen(scene: (typeof scenes)[number], view: Viewport) {
  const camera = sceneCamera(scene, view);
  const worldPx = WORLD_PX_AT_ZOOM_0 * 2 ** camera.zoom;
  const [cx, cy] = mercator(camera.center);
  const [w, s, e, n] = subjectOf(scene)!;
  const toScreen = ([lng, lat]: [number, number]) => {
    const [x, y] = mercator([lng, lat]);
    return [view.width / 2 + (x - cx) * worldPx, view.height / 2 + (y - cy) * worldPx] as const;
  };
  const [left, top] = toScreen([w, n]);
  const [right, bottom] = toScreen([e, s]);
  return { left, top, right, bottom };
}

describe.each(PROJECTORS.map((v) => [`${v.width} × ${v.height}`, v] as const))('at %s', (_, view) => {
  it.each(scenes.map((s) => [s.id, s] as const))('%s shows its whole subject clear of the caption card', (_, scene) => {
    const free = freeArea(view);
    const subject = subjectOnScreen(scene, view);
    expect(subject.left).toBeGreaterThanOrEqual(free.left);
    expect(subject.right).toBeLessThanOrEqual(free.right);
    expect(subject.top).toBeGreaterThanOrEqual(free.top);
    expect(subject.bottom).toBeLessThanOrEqual(free.bottom);
  });
});
