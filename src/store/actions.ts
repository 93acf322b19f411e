import { extentOf } from '../data/extent';
import { entityById } from '../data/queries';
import type { TimeMode } from '../data/time';
import { explorer, FIRST_YEAR, LAST_YEAR, type Camera, type Hover, type LayerId, type MapStatus } from './explorer';

let cameraSeq = 0;
const set = explorer.setState;

/** Selects any fact-base item by id and fits the camera to it; unknown ids leave a notice. */
export function select(id: string | null, options: { fit?: boolean } = {}): void {
  if (id === null) return set({ selection: null, panel: 'details' });
  if (!entityById(id)) return notify(`Nothing in the sources has the id “${id}”. Showing the overview instead.`);
  const box = options.fit === false ? undefined : extentOf(id);
  set({
    selection: id,
    panel: 'details',
    ...(box ? { cameraRequest: { kind: 'fit', bbox: box, seq: ++cameraSeq } } : {}),
  });
}

export function clearSelection(): void {
  select(null);
}

export function hoverFeature(hover: Hover | null): void {
  const current = explorer.getState().hover;
  if (hover?.id === current?.id && hover?.x === current?.x && hover?.y === current?.y) return;
  set({ hover });
}

export function toggleLayer(layer: LayerId): void {
  const { layers } = explorer.getState();
  set({ layers: { ...layers, [layer]: !layers[layer] } });
}

export function setLayers(layers: Record<LayerId, boolean>): void {
  set({ layers });
}

/** Ends the time window at `year` (what counts by then depends on the time mode). */
export function setYear(year: number): void {
  set({ year: Math.min(LAST_YEAR, Math.max(FIRST_YEAR, Math.round(year))) });
}

/** Chooses how the time window reads dates: what had been said by then, or what had happened. */
export function setTimeMode(time: TimeMode): void {
  set({ time });
}

export function playTimeline(): void {
  set({ timelinePlaying: true });
}

export function pauseTimeline(): void {
  set({ timelinePlaying: false });
}

/** The map reports where it is after the reader moves it. */
export function reportCamera(camera: Camera): void {
  set({ camera });
}

export function moveCamera(camera: Camera): void {
  set({ cameraRequest: { kind: 'camera', camera, seq: ++cameraSeq } });
}

export function openReader(doc: string, para: string | null = null): void {
  set({ panel: 'reader', reader: { doc, para } });
}

export function showTable(): void {
  set({ panel: 'table' });
}

export function showDetails(): void {
  set({ panel: 'details' });
}

export function notify(message: string): void {
  const { notices } = explorer.getState();
  if (!notices.includes(message)) set({ notices: [...notices, message] });
}

export function dismissNotice(message: string): void {
  set({ notices: explorer.getState().notices.filter((n) => n !== message) });
}

export function setMapStatus(mapStatus: MapStatus): void {
  set({ mapStatus });
}
