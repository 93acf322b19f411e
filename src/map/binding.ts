// The one module that touches MapLibre (Placemark's PMap pattern): the map holds no business
// state; it draws the store and reports the reader's gestures back as actions.
import * as maplibregl from 'maplibre-gl';
import { entityById } from '../data/queries';
import { LICENCE } from '../data/vocab';
import { clearSelection, hoverFeature, reportCamera, select, setMapStatus } from '../store/actions';
import { explorer, LAYER_IDS, type CameraRequest, type ExplorerState } from '../store/explorer';
import { IMAGE_PIXEL_RATIO, styleImage } from './images';
import { FIT_MAX_ZOOM } from '../data/camera';
import { fitPadding, overviewFor } from './fit';
import { hoverTargets, selectedTargets, TARGET_SOURCES, type Target } from './targets';
import { DATA_BOUNDS, explorerStyle, INTERACTIVE_LAYERS, switchKey } from './style';
import { themeWhile, type Theme } from '../symbols/theme';
// MapLibre's control styles, trimmed at build time to the controls we use (geo/vite/trim-maplibre-css.ts).
import 'maplibre-gl/dist/maplibre-gl.css';
import { workerUrl } from './workerUrl';
import { captureMap, registerMapSnapshot } from '../export/snapshot';

// Without an explicit worker URL the bundled worker is never found and the map stays blank.
maplibregl.setWorkerUrl(workerUrl);

/**
 * Room to pan past the drawn region without getting lost in empty sea. Generous to the west:
 * the overview sits right of the legend, so the view reaches well past the Atlantic edge.
 */
const [w, s, e, n] = DATA_BOUNDS;
const MAX_BOUNDS: [number, number, number, number] = [w - 30, s - 10, e + 15, n + 8];
const CREDIT = `${LICENCE.attribution} · Boundaries: Natural Earth`;

function globalStateOf(state: ExplorerState): Record<string, unknown> {
  return { year: state.year, time: state.time, ...Object.fromEntries(LAYER_IDS.map((id) => [switchKey(id), state.layers[id]])) };
}

const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Requests the map has already carried out, so a remounted map does not replay an old fit. */
let handledSeq = 0;

interface MountOptions {
  theme: Theme;
  /** Ctrl/two-finger gestures, for a map embedded in a scrolling page. */
  cooperative: boolean;
  /** False: a picture, with no gestures, controls or selection. */
  interactive: boolean;
  /** Attribution folded into its ⓘ button from the start. */
  compactAttribution: boolean;
}

/** Creates the map in `container` and binds it to the store; null when the browser has no WebGL 2. */
export function mountMap(container: HTMLElement, { theme, cooperative, interactive, compactAttribution }: MountOptions): (() => void) | null {
  const initial = explorer.getState();
  const themeFor = (state: ExplorerState) => themeWhile(state.story !== null, theme);
  let drawn = themeFor(initial);
  let map: maplibregl.Map;
  try {
    map = new maplibregl.Map({
      container,
      style: explorerStyle(drawn),
      globalState: globalStateOf(initial),
      ...(initial.camera
        ? { center: initial.camera.center, zoom: initial.camera.zoom }
        : { bounds: overviewFor(container), fitBoundsOptions: { padding: fitPadding(container) } }),
      attributionControl: { customAttribution: CREDIT, ...(compactAttribution ? { compact: true } : {}) },
      interactive,
      cooperativeGestures: cooperative,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxPitch: 0,
      renderWorldCopies: false,
      maxBounds: MAX_BOUNDS,
      minZoom: 2,
      maxZoom: 10,
      locale: { 'Map.Title': 'Map canvas: drag or use the arrow keys to pan, plus and minus to zoom' },
    });
  } catch (error) {
    if (error instanceof maplibregl.GPUInitializationError) return null;
    throw error;
  }
  map.touchZoomRotate.disableRotation();
  if (interactive) map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  // Patterns and icons are generated on first use: no sprite sheet to fetch.
  map.setMissingStyleImageResolver((id) => {
    const image = styleImage(id, drawn);
    if (image && !map.hasImage(id)) map.addImage(id, image, { pixelRatio: IMAGE_PIXEL_RATIO });
  });

  /** Until the reader or a request moves the map, the overview refits as the layout settles. */
  let placed = initial.camera !== null;
  map.on('movestart', (e) => {
    if (e.originalEvent) placed = true;
  });
  const refitOverview = () => {
    if (!placed) map.fitBounds(overviewFor(container), { padding: fitPadding(container), duration: 0 });
  };
  map.on('resize', refitOverview);

  const setStates = (key: 'selected' | 'hover', before: Target[], after: Target[]) => {
    for (const t of before) map.setFeatureState(t, { [key]: false });
    for (const t of after) map.setFeatureState(t, { [key]: true });
  };
  const moveTo = (request: CameraRequest, animate: boolean) => {
    handledSeq = request.seq;
    placed = true;
    const duration = animate && !prefersReducedMotion() ? 900 : 0;
    if (request.kind === 'fit') map.fitBounds(request.bbox, { padding: fitPadding(container), maxZoom: FIT_MAX_ZOOM, duration });
    else map.easeTo({ center: request.camera.center, zoom: request.camera.zoom, duration });
  };
  /** Presenting: the keys step through scenes, and framed scenes may reach past the panning limits. */
  const setPresenting = (presenting: boolean) => {
    if (presenting) map.keyboard.disable();
    else map.keyboard.enable();
    map.setMaxBounds(presenting ? null : MAX_BOUNDS);
  };
  const pushWindow = (state: ExplorerState) => {
    map.setGlobalStateProperty('year', state.year);
    map.setGlobalStateProperty('time', state.time);
  };
  let windowPending = false;
  let removed = false;
  /**
   * A new time window reaches the map just after the frame that paints the slider and the panel:
   * pushed at once, the map's redraw (hundreds of ms in software at the bench's 100×) would hold
   * that frame back. The store's latest window is the one pushed.
   */
  const pushWindowAfterPaint = () => {
    if (windowPending) return;
    windowPending = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        windowPending = false;
        if (removed) return;
        // A style still reloading takes the window with the rest of the store once it is back.
        if (!stale && map.isStyleLoaded()) pushWindow(explorer.getState());
        else stale = true;
      }),
    );
  };
  /** Pushes what changed since `prev` (everything when prev is null) into the map. */
  const sync = (state: ExplorerState, prev: ExplorerState | null) => {
    if (state.selection !== prev?.selection || state.story !== prev?.story) {
      setStates('selected', prev ? selectedTargets(prev) : [], selectedTargets(state));
    }
    if (state.hover?.id !== prev?.hover?.id) setStates('hover', hoverTargets(prev?.hover?.id), hoverTargets(state.hover?.id));
    if (!prev) pushWindow(state);
    else if (state.year !== prev.year || state.time !== prev.time) pushWindowAfterPaint();
    for (const id of LAYER_IDS) if (state.layers[id] !== prev?.layers[id]) map.setGlobalStateProperty(switchKey(id), state.layers[id]);
    if (state.cameraRequest && state.cameraRequest.seq !== handledSeq) moveTo(state.cameraRequest, prev !== null);
  };

  let loaded = false;
  /** Set while MapLibre reloads its style (a restored WebGL context): state is re-applied once it is back. */
  let stale = false;
  const resync = () => {
    stale = false;
    for (const source of TARGET_SOURCES) map.removeFeatureState({ source });
    sync(explorer.getState(), null);
  };
  const unregisterSnapshot = registerMapSnapshot((ratio) => captureMap(map, ratio));
  /**
   * Swaps the theme in place: MapLibre diffs the styles into paint and layout changes, and the
   * images (drawn per theme) are dropped so the resolver draws them anew. Selection and the
   * switches are re-applied from the store once the style is back, as after a context loss.
   */
  const drawTheme = (next: Theme) => {
    drawn = next;
    for (const id of map.listImages()) map.removeImage(id);
    stale = true;
    map.setStyle(explorerStyle(next), { diff: true });
  };
  const unsubscribe = explorer.subscribe((state, prev) => {
    if (!loaded) return;
    // At once, even while a theme is being swapped: the reader's next key must pan, or must not.
    if ((state.story === null) !== (prev.story === null)) setPresenting(state.story !== null);
    if (themeFor(state) !== drawn) drawTheme(themeFor(state));
    if (stale) return;
    try {
      sync(state, prev);
    } catch (error) {
      // Only a style still reloading may refuse an update; anything else is a bug to surface.
      if (map.isStyleLoaded()) throw error;
      stale = true;
    }
  });
  map.on('load', () => {
    loaded = true;
    setPresenting(explorer.getState().story !== null);
    // Presenting may have begun while the style loaded: the projector theme, then the store, once it is in.
    if (themeFor(explorer.getState()) !== drawn) return drawTheme(themeFor(explorer.getState()));
    // MapLibre opens a compact attribution expanded; folded is the point of asking for it.
    if (compactAttribution) container.querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
    refitOverview();
    sync(explorer.getState(), null);
  });
  map.on('idle', () => {
    if (stale) resync();
    if (map.isStyleLoaded() && map.areTilesLoaded() && explorer.getState().mapStatus !== 'idle') setMapStatus('idle');
  });
  map.on('webglcontextlost', () => setMapStatus('loading'));
  // MapLibre restores a lost context by reloading the style, which drops feature-state and the
  // global state: both are re-applied from the store once the style is back.
  map.on('webglcontextrestored', () => {
    stale = true;
  });
  map.on('styledata', () => {
    if (stale && map.isStyleLoaded()) resync();
  });

  if (interactive) bindGestures(map);
  map.on('moveend', () => {
    // The untouched overview is not a camera worth keeping in the URL.
    if (!placed) return;
    const { lng, lat } = map.getCenter();
    const round = (n: number, digits: number) => Number(n.toFixed(digits));
    reportCamera({ center: [round(lng, 4), round(lat, 4)], zoom: round(map.getZoom(), 2) });
  });

  return () => {
    removed = true;
    unsubscribe();
    unregisterSnapshot();
    map.remove();
  };
}

/** Pointing shows a tooltip, clicking selects the fact-base item under the pointer; countries the sources never mention are not items. */
function bindGestures(map: maplibregl.Map): void {
  const pick = (point: maplibregl.PointLike): string | undefined => {
    const layers = INTERACTIVE_LAYERS.filter((id) => map.getLayer(id));
    for (const f of map.queryRenderedFeatures(point, { layers })) {
      const id = f.source === 'borders' ? f.properties['place'] : f.properties['id'];
      if (typeof id === 'string' && entityById(id)) return id;
    }
    return undefined;
  };
  map.on('mousemove', (e) => {
    const id = pick(e.point);
    map.getCanvas().style.cursor = id ? 'pointer' : '';
    hoverFeature(id ? { id, x: Math.round(e.point.x), y: Math.round(e.point.y) } : null);
  });
  map.on('mouseout', () => hoverFeature(null));
  map.on('click', (e) => {
    const id = pick(e.point);
    if (id) select(id, { fit: false });
    else clearSelection();
  });
}
