import { extentOf } from './extent';
import type { TimeMode } from '../data/time';
import { entityById } from '../data/queries';
import {
  explorer,
  FIRST_YEAR,
  LAST_YEAR,
  type Blank,
  type Camera,
  type EmbedLook,
  type ExplorerState,
  type Hover,
  type LayerId,
  type MapStatus,
  type PanelMode,
  type ReaderPosition,
} from './explorer';

let cameraSeq = 0;
const set = explorer.setState;
const clampYear = (year: number) => Math.min(LAST_YEAR, Math.max(FIRST_YEAR, Math.round(year)));
const unknownId = (id: string) => `Nothing in the sources has the id “${id}”. Showing the overview instead.`;

/** Everything a link, a story scene or an embed's attributes can set at once. Absent keys stay as they are. */
export interface View {
  /** Shows the item's details; an unknown id leaves a notice and the selection as it was. */
  selection?: string | null;
  /** Fit the camera to the selection; ignored when `camera` is given. */
  fit?: boolean;
  camera?: Camera;
  layers?: Record<LayerId, boolean>;
  year?: number;
  time?: TimeMode;
  /** Applied after the selection, which opens the details panel. */
  panel?: PanelMode;
  reader?: ReaderPosition;
  /** A scene index, or null to stop presenting; either lifts a blanked screen. */
  story?: number | null;
  embed?: boolean;
  embedLook?: EmbedLook;
  notices?: string[];
}

/**
 * Applies a whole view in ONE store write, so subscribers (the map, the URL) see one consistent
 * change: a story step is one history write, not five.
 */
export function applyView(view: View): void {
  const state = explorer.getState();
  const next: Partial<ExplorerState> = {};
  const notices = [...state.notices];
  const note = (message: string) => notices.includes(message) || notices.push(message);
  view.notices?.forEach(note);
  if (view.layers) next.layers = view.layers;
  if (view.year !== undefined) next.year = clampYear(view.year);
  if (view.time !== undefined) next.time = view.time;
  if (view.selection !== undefined) {
    if (view.selection !== null && !entityById(view.selection)) note(unknownId(view.selection));
    else {
      next.selection = view.selection;
      next.panel = 'details';
      const box = view.selection !== null && view.fit && !view.camera ? extentOf(view.selection) : undefined;
      if (box) next.cameraRequest = { kind: 'fit', bbox: box, seq: ++cameraSeq };
    }
  }
  if (view.panel) next.panel = view.panel;
  if (view.reader) next.reader = view.reader;
  if (view.camera) next.cameraRequest = { kind: 'camera', camera: view.camera, seq: ++cameraSeq };
  if (view.story !== undefined) {
    next.story = view.story;
    next.blank = null;
    if (view.story !== null) next.resumeAt = view.story;
  }
  if (view.embed !== undefined) next.embed = view.embed;
  if (view.embedLook !== undefined) next.embedLook = view.embedLook;
  if (notices.length !== state.notices.length) next.notices = notices;
  set(next);
}

/** Selects any fact-base item by id and fits the camera to it; unknown ids leave a notice. */
export function select(id: string | null, options: { fit?: boolean } = {}): void {
  applyView({ selection: id, fit: options.fit !== false });
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

/** Ends the time window at `year` (what counts by then depends on the time reading). */
export function setYear(year: number): void {
  set({ year: clampYear(year) });
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

/** Blanks the presentation screen to black or white, or brings the scene back (null). */
export function setBlank(blank: Blank | null): void {
  if (explorer.getState().blank !== blank) set({ blank });
}
