// Bare MapLibre with the explorer's own style (same GeoJSON, same generated images), so the
// benchmark's ratios measure what the explorer adds on top of drawing its map.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { IMAGE_PIXEL_RATIO, styleImage } from '../../../src/map/images';
import { explorerStyle } from '../../../src/map/style';
import { theme } from '../../../src/symbols/theme';

maplibregl.setWorkerUrl(workerUrl);

const container = document.getElementById('map')!;
// The benchmark passes the explorer's map size, so both draw the same number of pixels.
const size = new URLSearchParams(location.search);
for (const side of ['width', 'height'] as const) {
  const px = Number(size.get(side));
  if (px > 0) container.style[side] = `${px}px`;
}

performance.mark('bare:map-create');
const map = new maplibregl.Map({
  container,
  style: explorerStyle(theme),
  // src/map/binding.ts DEFAULT_BOUNDS and camera limits, so both maps open on the same view.
  bounds: [-9, 36, 38, 57],
  fitBoundsOptions: { padding: 8 },
  renderWorldCopies: false,
  dragRotate: false,
  minZoom: 2,
  maxZoom: 10,
});
map.setMissingStyleImageResolver((id) => {
  const image = styleImage(id, theme);
  if (image && !map.hasImage(id)) map.addImage(id, image, { pixelRatio: IMAGE_PIXEL_RATIO });
});
map.on('idle', () => {
  if (!map.isStyleLoaded() || !map.areTilesLoaded() || container.dataset['mapState'] === 'idle') return;
  performance.mark('bare:map-idle');
  container.dataset['mapState'] = 'idle';
});
