import { describe, expect, it } from 'vitest';
import { cameraBox, fitCamera, fitProjection, mercator, unmercator, type BBox, type LngLat } from './project';

describe('mercator', () => {
  it('puts null island at the centre of the world and north up', () => {
    expect(mercator([0, 0])).toEqual([0.5, 0.5]);
    expect(mercator([20, 50])[1]).toBeLessThan(mercator([20, 40])[1]);
  });

  it('round-trips through unmercator', () => {
    for (const p of [
      [21.17, 42.66],
      [-0.45, 51.47],
      [26.1, 44.43],
    ] as LngLat[]) {
      const [lng, lat] = unmercator(mercator(p));
      expect(lng).toBeCloseTo(p[0], 9);
      expect(lat).toBeCloseTo(p[1], 9);
    }
  });
});

describe('cameraBox', () => {
  it('spans width / (512 · 2^zoom) of the world around the centre', () => {
    const [west, south, east, north] = cameraBox([20, 44], 5, 1024, 512);
    expect(east - west).toBeCloseTo((1024 / (512 * 32)) * 360, 9);
    expect((west + east) / 2).toBeCloseTo(20, 9);
    const [, yNorth] = mercator([20, north]);
    const [, ySouth] = mercator([20, south]);
    expect((ySouth - yNorth) * 512 * 32).toBeCloseTo(512, 6);
  });
});

describe('fitProjection', () => {
  const box: [number, number, number, number] = [13, 40, 30, 49];

  it('fits the box inside the frame, touching it along the tighter axis', () => {
    const project = fitProjection(box, 1200, 700);
    const [left, top] = project([box[0], box[3]]);
    const [right, bottom] = project([box[2], box[1]]);
    const inside = (v: number, max: number) => v >= -1e-9 && v <= max + 1e-9;
    expect([left, right].every((v) => inside(v, 1200))).toBe(true);
    expect([top, bottom].every((v) => inside(v, 700))).toBe(true);
    const touchesX = Math.abs(left) < 1e-6 && Math.abs(right - 1200) < 1e-6;
    const touchesY = Math.abs(top) < 1e-6 && Math.abs(bottom - 700) < 1e-6;
    expect(touchesX || touchesY).toBe(true);
  });

  it('keeps the box centred and its proportions (same scale on both axes)', () => {
    const project = fitProjection(box, 1000, 1000);
    const [left, top] = project([box[0], box[3]]);
    const [right, bottom] = project([box[2], box[1]]);
    expect((left + right) / 2).toBeCloseTo(500, 6);
    expect((top + bottom) / 2).toBeCloseTo(500, 6);
    const [x0, y0] = mercator([box[0], box[3]]);
    const [x1, y1] = mercator([box[2], box[1]]);
    expect((right - left) / (bottom - top)).toBeCloseTo((x1 - x0) / (y1 - y0), 9);
  });
});

describe('fitCamera', () => {
  const none = { top: 0, right: 0, bottom: 0, left: 0 };
  const inside = ([w, s, e, n]: BBox, [W, S, E, N]: BBox) => w >= W - 1e-9 && s >= S - 1e-9 && e <= E + 1e-9 && n <= N + 1e-9;

  it('shows the whole box, touching the frame on one axis', () => {
    const box: BBox = [20, 41.8, 21.8, 43.3];
    const { center, zoom } = fitCamera(box, 320, 400, none, 20);
    const seen = cameraBox(center, zoom, 320, 400);
    expect(inside(box, seen)).toBe(true);
    expect(seen[2] - seen[0]).toBeCloseTo(box[2] - box[0], 6);
  });

  it('keeps the box inside the insets, off the covered side', () => {
    const box: BBox = [20, 41.8, 21.8, 43.3];
    const insets = { top: 10, right: 10, bottom: 150, left: 10 };
    const { center, zoom } = fitCamera(box, 320, 400, insets, 20);
    const worldPx = 512 * 2 ** zoom;
    const [cx, cy] = mercator(center);
    const [, yNorth] = mercator([0, box[3]]);
    const [, ySouth] = mercator([0, box[1]]);
    // Pixel rows of the box's edges in the frame: clear of the 150 px at the foot.
    expect(200 + (ySouth - cy) * worldPx).toBeLessThanOrEqual(250 + 1e-6);
    expect(200 + (yNorth - cy) * worldPx).toBeGreaterThanOrEqual(10 - 1e-6);
    expect(cx).toBeCloseTo(mercator([20.9, 0])[0], 9);
  });

  it('stops at maxZoom for a small box', () => {
    expect(fitCamera([20, 42, 20.01, 42.01], 800, 600, none, 6).zoom).toBe(6);
  });
});
