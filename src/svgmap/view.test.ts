import { describe, expect, it } from 'vitest';
import { fitCamera } from './project';
import { viewOf, type Frame } from './view';

const frame: Frame = { width: 600, height: 400, insets: { top: 20, right: 20, bottom: 20, left: 20 }, overview: [14, 40.5, 30.5, 48.5], maxZoom: 6 };
const reported = { center: [21, 42] as [number, number], zoom: 7 };

describe('viewOf', () => {
  it('opens on the overview fitted inside the insets', () => {
    expect(viewOf(null, null, false, frame)).toEqual(fitCamera(frame.overview, 600, 400, frame.insets, 22));
  });

  it('follows a fit request until the map reports a camera after it', () => {
    const fit = { kind: 'fit' as const, bbox: [20, 41.8, 21.8, 43.3] as [number, number, number, number], seq: 1 };
    expect(viewOf(reported, fit, true, frame)).toEqual(fitCamera(fit.bbox, 600, 400, frame.insets, 6));
    expect(viewOf(reported, fit, false, frame)).toBe(reported);
  });

  it('takes a link’s camera as it is', () => {
    const request = { kind: 'camera' as const, camera: reported, seq: 2 };
    expect(viewOf(null, request, false, frame)).toBe(reported);
  });
});
