import { createStore } from 'zustand/vanilla';
import type { Camera } from '../data/camera';
import { DEFAULT_TIME_MODE, type TimeMode } from '../data/time';
import { DEFAULT_DOCUMENT, LAST_YEAR, LAYER_IDS, type LayerId } from '../data/vocab';

export { FIRST_YEAR, LAST_YEAR, LAYER_IDS, type LayerId } from '../data/vocab';

export type { Camera } from '../data/camera';

/** A request for the map to move; `seq` makes two equal requests distinct. */
export type CameraRequest = { kind: 'fit'; bbox: [number, number, number, number]; seq: number } | { kind: 'camera'; camera: Camera; seq: number };

export type PanelMode = 'details' | 'reader' | 'table';

export interface ReaderPosition {
  doc: string;
  para: string | null;
}

export interface Hover {
  id: string;
  /** Pointer position in map pixels, for the tooltip. */
  x: number;
  y: number;
}

export type MapStatus = 'loading' | 'idle' | 'unavailable';

/** While presenting, the screen can be blanked to black or white (PowerPoint's B and W). */
export type Blank = 'black' | 'white';
/** How an embed fits its host page (Datawrapper's conventions): `auto` follows the reader's colour scheme. */
export type EmbedTheme = 'light' | 'dark' | 'auto';
export interface EmbedLook {
  theme: EmbedTheme;
  /** No title or footer chrome: the map, the panel and a one-line credit. */
  plain: boolean;
  /** No interaction, for print and screenshots. */
  static: boolean;
}

export interface ExplorerState {
  /** Selected fact-base id (place, initiative, figure or route), or null for the overview. */
  selection: string | null;
  hover: Hover | null;
  layers: Record<LayerId, boolean>;
  /** The time window runs from FIRST_YEAR to this year. */
  year: number;
  /** How the time window reads a claim's date (see data/time.ts). */
  time: TimeMode;
  timelinePlaying: boolean;
  /** Last camera the map reported. */
  camera: Camera | null;
  cameraRequest: CameraRequest | null;
  panel: PanelMode;
  reader: ReaderPosition;
  /** Story scene index while presenting, else null. What it emphasises is the scene's (data/scenes.json). */
  story: number | null;
  /** The scene F5 resumes at: the last one shown. */
  resumeAt: number;
  blank: Blank | null;
  /** Chrome-light view for iframes and the web component. */
  embed: boolean;
  embedLook: EmbedLook;
  /** Polite messages about input the app could not use. */
  notices: string[];
  mapStatus: MapStatus;
}

export const initialState: ExplorerState = {
  selection: null,
  hover: null,
  layers: Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<LayerId, boolean>,
  year: LAST_YEAR,
  time: DEFAULT_TIME_MODE,
  timelinePlaying: false,
  camera: null,
  cameraRequest: null,
  panel: 'details',
  reader: { doc: DEFAULT_DOCUMENT, para: null },
  story: null,
  resumeAt: 0,
  blank: null,
  embed: false,
  embedLook: { theme: 'light', plain: false, static: false },
  notices: [],
  mapStatus: 'loading',
};

/** The one store. Components and the map read it and call the actions in ./actions. */
export const explorer = createStore<ExplorerState>()(() => ({ ...initialState }));
