import { describe, expect, it } from 'vitest';
import { FIT_MAX_ZOOM, OVERVIEW, OVERVIEW_NARROW } from '../data/camera';
import { LAST_YEAR, LAYER_IDS, type LayerId } from '../data/vocab';
import { themes } from '../symbols/theme';
import { featuresIn } from './features';
import { extentOf } from '../store/extent';
import { labelBox, overlap, placeLabels, REGION_NAME_SIZE, regionNameAt, regionNameBox } from './labels';
import { viewOf } from './view';

const allLayers = Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<LayerId, boolean>;
// On a phone a selection zooms the map to it, so the opening view is checked with nothing selected
// (a long name such as the ILO posting's has no spot there clear of "Western Balkans"), and in the
// light theme only: presenting is for projectors.
const FRAMES = [
  { width: 390, height: 560, overview: OVERVIEW_NARROW, selecting: false, presenting: false },
  { width: 1024, height: 640, overview: OVERVIEW, selecting: true, presenting: true },
  { width: 1920, height: 960, overview: OVERVIEW, selecting: true, presenting: true },
];

describe('the live SVG map’s labels', () => {
  // A region's name is drawn where the region is, outside the label placer: labels must go round it.
  it.each(FRAMES)(
    'clear every region’s name at $width × $height on the opening view (each place selected: $selecting)',
    ({ width, height, overview, selecting, presenting }) => {
      const insets = { top: 20, right: 20, bottom: 20, left: 20 };
      const view = viewOf(null, null, false, { width, height, insets, overview, maxZoom: FIT_MAX_ZOOM });
      for (const theme of presenting ? [themes.light, themes.projector] : [themes.light]) {
        const drawn = featuresIn(view, width, height).visible(allLayers, LAST_YEAR, 'reported');
        const regions = drawn.markers.filter((m) => m.kind === 'region').map((m) => ({ name: m.name, box: regionNameBox(m.name, m.at, theme.scale) }));
        expect(regions.length, 'regions drawn').toBeGreaterThan(0);
        for (const lit of [undefined, ...(selecting ? drawn.markers.map((m) => m.item.id) : [])]) {
          for (const label of placeLabels(drawn.labels(new Set(lit ? [lit] : []), theme.scale), width, height, {
            obstacles: drawn.obstacles(theme.scale),
            keepClear: drawn.regionNames(theme.scale).map((r) => r.box),
          })) {
            const box = labelBox(label.lines, label.size, label.at, label.anchor);
            for (const region of regions)
              expect(
                overlap(box, region.box),
                `${label.lines.join(' ')} at ${label.at.map(Math.round).join(',')} (${label.anchor}) over ${region.name} (${lit ?? 'nothing'} selected, scale ${theme.scale})`,
              ).toBe(0);
          }
        }
      }
    },
  );

  it.each(FRAMES.filter((f) => f.presenting))(
    'grows with the projector theme as the marks it names do, and keeps off its markers at $width × $height',
    ({ width, height, overview }) => {
      const view = viewOf(null, null, false, { width, height, insets: { top: 20, right: 20, bottom: 20, left: 20 }, overview, maxZoom: FIT_MAX_ZOOM });
      const drawn = featuresIn(view, width, height).visible(allLayers, LAST_YEAR, 'reported');
      const sizes = (scale: number) => placeLabels(drawn.labels(new Set(), scale), width, height).map((l) => l.size);
      const [light, projector] = [sizes(themes.light.scale), sizes(themes.projector.scale)];
      expect(light.length, 'labels drawn').toBeGreaterThan(0);
      // Each label keeps its size against a region's name, which RegionName scales by the theme.
      const ratio = (size: number, regionName: number) => Number((size / regionName).toFixed(6));
      expect(projector.map((size) => ratio(size, REGION_NAME_SIZE * themes.projector.scale))).toEqual(light.map((size) => ratio(size, REGION_NAME_SIZE)));
      const scale = themes.projector.scale;
      const markers = drawn.obstacles(scale);
      for (const lit of drawn.markers.filter((m) => m.kind !== 'region').map((m) => m.item.id)) {
        for (const label of placeLabels(drawn.labels(new Set([lit]), scale), width, height, {
          obstacles: markers,
          keepClear: drawn.regionNames(scale).map((r) => r.box),
        })) {
          const box = labelBox(label.lines, label.size, label.at, label.anchor);
          expect(markers.filter((m) => overlap(box, m) > 0).length, `${label.lines.join(' ')} over a marker (${lit} selected)`).toBe(0);
        }
      }
    },
  );

  it('draws each region’s name whole, moved in from the sides, on a phone zoomed to Kosovo', () => {
    const [width, height] = [320, 300];
    const fit = { kind: 'fit' as const, bbox: extentOf('XK')!, seq: 1 };
    const view = viewOf(null, fit, true, {
      width,
      height,
      insets: { top: 20, right: 20, bottom: 20, left: 20 },
      overview: OVERVIEW_NARROW,
      maxZoom: FIT_MAX_ZOOM,
    });
    const regions = featuresIn(view, width, height)
      .visible(allLayers, LAST_YEAR, 'reported')
      .markers.filter((m) => m.kind === 'region');
    expect(regions.length, 'regions drawn').toBeGreaterThan(0);
    for (const m of regions) {
      const box = regionNameBox(m.name, regionNameAt(m.name, m.at, 1, width), 1);
      expect([box[0] >= 0, box[2] <= width], m.name).toEqual([true, true]);
    }
  });
});
