import { documents } from '../data/sources';
import { entityById } from '../data/queries';
import { DEFAULT_TIME_MODE, TIME_MODE_IDS, type TimeMode } from '../data/time';
import { DEFAULT_DOCUMENT, isDocumentId, type DocumentId } from '../data/vocab';
import { FIRST_YEAR, initialState, LAST_YEAR, LAYER_IDS, type Camera, type EmbedLook, type EmbedTheme, type ExplorerState, type LayerId } from './explorer';

/** What a query string asks of the explorer; absent fields leave the store's defaults. */
export interface UrlState {
  selection?: string;
  layers?: Record<LayerId, boolean>;
  year?: number;
  time?: TimeMode;
  camera?: Camera;
  panel?: 'table' | 'reader';
  reader?: { doc: DocumentId; para: string | null };
}

export interface ParsedQuery {
  state: UrlState;
  /** Story scene to present, for the presentation work; null when absent or unusable. */
  story: number | null;
  /** Whether the explorer runs embedded (chromeless), for the embed work. */
  embed: boolean;
  /** How the embed fits its host: `theme=dark|auto`, `plain`, `static`. */
  embedLook: EmbedLook;
  /** Polite, plain-text notes on parameters that could not be used. */
  notices: string[];
}

const MAX_STORY = 999;
const THEMES: readonly EmbedTheme[] = ['light', 'dark', 'auto'];
/** A bare `?embed` or `?plain` is on; `=0`, `=false`, `=no` switch it off; absent is off. */
const flag = (value: string | null) => value !== null && !['0', 'false', 'no'].includes(value.trim().toLowerCase());

/** A hostile value made safe to echo in a notice: no control, bidi or zero-width characters, at most 40 characters. */
function shown(value: string): string {
  const clean = [...value.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')];
  return clean.length > 40 ? `${clean.slice(0, 40).join('')}…` : clean.join('');
}

/** Finds an id as given, or with its case changed (`xk` → `XK`, `TPIU` → `tpiu`). */
function knownId(raw: string): string | undefined {
  for (const id of [raw, raw.toUpperCase(), raw.toLowerCase()]) if (entityById(id)) return id;
  return undefined;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/**
 * Strict decimal: Number('') is 0 and Number('0x10') is 16, neither of which a person meant.
 * Long input is refused before the regex, which would backtrack quadratically on a 10,000-digit value.
 */
function decimal(text: string): number {
  return text.length <= 40 && /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(text) ? Number(text) : NaN;
}

function parseLayers(value: string, notices: string[]): Record<LayerId, boolean> | undefined {
  const names = value
    .split(',')
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean);
  const layers = Object.fromEntries(LAYER_IDS.map((id) => [id, false])) as Record<LayerId, boolean>;
  if (names.length === 1 && names[0] === 'none') return layers;
  const unknown = names.filter((n) => !(LAYER_IDS as readonly string[]).includes(n));
  if (unknown.length > 0) {
    notices.push(`Ignored unknown map layer${unknown.length > 1 ? 's' : ''} “${shown(unknown.join(', '))}”. The layers are ${LAYER_IDS.join(', ')}.`);
  }
  const known = names.filter((n): n is LayerId => (LAYER_IDS as readonly string[]).includes(n));
  if (known.length === 0) return undefined;
  for (const id of known) layers[id] = true;
  return layers;
}

function parseCamera(value: string, notices: string[]): Camera | undefined {
  const [lng, lat, zoom, ...rest] = value.split(',').map(decimal);
  if (lng === undefined || lat === undefined || zoom === undefined || rest.length > 0 || ![lng, lat, zoom].every(Number.isFinite)) {
    notices.push('The map position in the link (camera=longitude,latitude,zoom) could not be read, so the map starts at its usual view.');
    return undefined;
  }
  return { center: [clamp(lng, -180, 180), clamp(lat, -85, 85)], zoom: clamp(zoom, 0, 20) };
}

/**
 * Reads a location.search string into explorer state. Total: never throws, whatever the input;
 * anything unusable is skipped with a notice and the rest still applies.
 * Example: `parseQuery('?select=XK&year=2001').state` → `{ selection: 'XK', year: 2001 }`.
 */
export function parseQuery(search: string): ParsedQuery {
  const result: ParsedQuery = { state: {}, story: null, embed: false, embedLook: { ...initialState.embedLook }, notices: [] };
  const { state, notices } = result;
  let params: URLSearchParams;
  try {
    // URLSearchParams decodes malformed %-escapes to U+FFFD rather than throwing; the guard is for
    // input that is not a string at all.
    params = new URLSearchParams(String(search).slice(0, 20_000));
  } catch {
    return { ...result, notices: ['The link’s settings could not be read, so the explorer starts at its overview.'] };
  }
  const first = (name: string): string | null => {
    const all = params.getAll(name);
    if (all.length > 1) notices.push(`The link sets “${name}” ${all.length} times; the first one is used.`);
    return all[0] ?? null;
  };

  const select = first('select');
  if (select !== null && select.trim() !== '') {
    const id = knownId(select.trim());
    if (id) state.selection = id;
    else notices.push(`Nothing in the sources has the id “${shown(select)}”, so the explorer shows the overview instead.`);
  }

  const layers = first('layers');
  if (layers !== null) {
    const parsed = parseLayers(layers, notices);
    if (parsed) state.layers = parsed;
  }

  const year = first('year');
  if (year !== null) {
    const n = decimal(year);
    if (!Number.isFinite(n)) notices.push(`The year “${shown(year)}” is not a year; the time window shows ${FIRST_YEAR}–${LAST_YEAR}.`);
    else {
      state.year = clamp(Math.round(n), FIRST_YEAR, LAST_YEAR);
      if (state.year !== n) notices.push(`The sources cover ${FIRST_YEAR}–${LAST_YEAR}, so the time window runs to ${state.year}.`);
    }
  }

  const time = first('time');
  if (time !== null) {
    const mode = TIME_MODE_IDS.find((m) => m === time.trim().toLowerCase());
    if (mode) state.time = mode;
    else notices.push(`The time reading “${shown(time)}” is unknown; the timeline reads ${TIME_MODE_IDS.map((m) => `time=${m}`).join(' or ')}.`);
  }

  const camera = first('camera');
  if (camera !== null) {
    const parsed = parseCamera(camera, notices);
    if (parsed) state.camera = parsed;
  }

  const view = first('view');
  const doc = first('doc');
  if (view === 'table') state.panel = 'table';
  else if (view !== null && view !== 'reader' && view !== 'map') notices.push(`There is no “${shown(view)}” view; the map is shown.`);
  if (view === 'reader' || (doc !== null && view === null)) {
    const para = first('para');
    if (doc !== null && !isDocumentId(doc))
      notices.push(`There is no source document “${shown(doc)}”; the reader opens the ${documents[DEFAULT_DOCUMENT].label}.`);
    const docId: DocumentId = doc !== null && isDocumentId(doc) ? doc : DEFAULT_DOCUMENT;
    const known = para !== null && documents[docId].paragraphs.some((p) => p.id === para);
    if (para !== null && !known) notices.push(`The document has no paragraph “${shown(para)}”; it opens at the top.`);
    state.panel = 'reader';
    state.reader = { doc: docId, para: known ? para : null };
  }

  const story = first('story');
  if (story !== null) {
    const n = decimal(story);
    // Links count scenes from 1 as people do (`story=3` is the third scene); the store from 0.
    if (Number.isInteger(n) && n >= 1 && n <= MAX_STORY) result.story = n - 1;
    else notices.push(`The story step “${shown(story)}” does not exist; the explorer opens normally.`);
  }

  result.embed = flag(params.get('embed'));
  const theme = first('theme');
  if (theme !== null) {
    const known = THEMES.find((t) => t === theme.trim().toLowerCase());
    if (known) result.embedLook.theme = known;
    else notices.push(`There is no “${shown(theme)}” theme; the themes are ${THEMES.join(', ')}.`);
  }
  result.embedLook.plain = flag(params.get('plain'));
  result.embedLook.static = flag(params.get('static'));
  return result;
}

const round = (n: number, places: number) => Number(n.toFixed(places));

/**
 * Writes the parts of the state worth sharing as a query string (no leading "?"), leaving out
 * defaults. Example: `toQuery({...state, selection: 'XK', year: 2001})` → `"select=XK&year=2001"`.
 */
export function toQuery(
  state: Pick<ExplorerState, 'selection' | 'layers' | 'year' | 'time' | 'camera' | 'panel' | 'reader' | 'story'> & Partial<Pick<ExplorerState, 'embedLook'>>,
  embed = false,
): string {
  const params = new URLSearchParams();
  if (state.selection !== null) params.set('select', state.selection);
  if (state.panel === 'table') params.set('view', 'table');
  if (state.panel === 'reader') {
    params.set('view', 'reader');
    params.set('doc', state.reader.doc);
    if (state.reader.para !== null) params.set('para', state.reader.para);
  }
  if (state.year !== LAST_YEAR) params.set('year', String(state.year));
  if (state.time !== DEFAULT_TIME_MODE) params.set('time', state.time);
  const on = LAYER_IDS.filter((id) => state.layers[id]);
  if (on.length < LAYER_IDS.length) params.set('layers', on.length === 0 ? 'none' : on.join(','));
  if (state.camera) {
    const {
      center: [lng, lat],
      zoom,
    } = state.camera;
    params.set('camera', [round(lng, 4), round(lat, 4), round(zoom, 2)].join(','));
  }
  if (state.story !== null) params.set('story', String(state.story + 1));
  if (embed) {
    params.set('embed', '');
    const look = state.embedLook;
    if (look && look.theme !== 'light') params.set('theme', look.theme);
    if (look?.plain) params.set('plain', '');
    if (look?.static) params.set('static', '');
  }
  // Commas read better than %2C in a shared link, and are safe in a query value; flags stand bare.
  return params
    .toString()
    .replace(/%2C/g, ',')
    .replace(/(^|&)(embed|plain|static)=(?=&|$)/g, '$1$2');
}
