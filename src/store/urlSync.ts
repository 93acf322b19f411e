import { applyView, type View } from './actions';
import { explorer, initialState, LAST_YEAR, type ExplorerState } from './explorer';
import { sceneView, type Story } from './story';
import { parseQuery, toQuery, type ParsedQuery } from './url';

/** Camera reports arrive on every frame of a pan; the URL follows once the map settles. */
const CAMERA_DEBOUNCE_MS = 400;

/** True while the store is being set from the URL, so those changes are not written back. */
let applying = false;
let cameraTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * Sets the store from a parsed query, in one write. Missing params restore the defaults (on start
 * they are the defaults; on popstate the entry being returned to did not have them). A story step
 * in the link decides layers, year, selection and camera, as presenting it would.
 */
function apply(parsed: ParsedQuery, story: Story): void {
  const { state, notices } = parsed;
  const view: View = {
    layers: state.layers ?? initialState.layers,
    year: state.year ?? LAST_YEAR,
    time: state.time ?? initialState.time,
    selection: state.selection ?? null,
    // With a camera in the link, it wins over fitting the selection: it is where the reader was.
    fit: true,
    ...(state.camera ? { camera: state.camera } : {}),
    panel: state.panel === 'table' ? 'table' : state.panel === 'reader' && state.reader ? 'reader' : 'details',
    ...(state.panel === 'reader' && state.reader ? { reader: state.reader } : {}),
    embed: parsed.embed,
    embedLook: parsed.embedLook,
    story: null,
    notices,
  };
  applying = true;
  try {
    applyView(parsed.story === null ? view : { ...view, ...sceneView(story, parsed.story) });
  } finally {
    applying = false;
  }
}

type HistoryWrite = { method: 'pushState' | 'replaceState'; url: string };
/** Writes waiting for the frame that shows their change, in order, each with the URL it was for. */
let queued: HistoryWrite[] = [];
/** A hidden tab draws no frames: its writes go out after this long anyway. */
const HIDDEN_FLUSH_MS = 250;

function flush(): void {
  const writes = queued;
  queued = [];
  for (const { method, url } of writes) {
    try {
      history[method](null, '', url);
    } catch {
      // Browsers throttle history writes (Safari throws after 100 in 30 s); the next change catches up.
    }
  }
}

/**
 * Queues the URL for `state`, written just after the next frame: a `history` call costs Chromium
 * about 1 ms, which the slider's or the map's input handler would otherwise add before that frame.
 * A later replace folds into the write before it, so each selection still gets its own entry.
 */
function write(method: 'pushState' | 'replaceState', state: ExplorerState): void {
  const query = toQuery(state, state.embed);
  const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
  const last = queued.at(-1);
  if (method === 'replaceState' && last) {
    last.url = url;
    return;
  }
  if (method === 'replaceState' && url === `${location.pathname}${location.search}${location.hash}`) return;
  queued.push({ method, url });
  if (queued.length > 1) return;
  requestAnimationFrame(() => setTimeout(flush));
  setTimeout(flush, HIDDEN_FLUSH_MS);
}

function cancelCameraWrite(): void {
  if (cameraTimer !== null) clearTimeout(cameraTimer);
  cameraTimer = null;
}

function onChange(state: ExplorerState, prev: ExplorerState): void {
  if (applying) return;
  if (state.selection !== prev.selection) {
    // A new history entry per selection, so Back and Forward step through what the reader chose.
    cancelCameraWrite();
    write('pushState', state);
    return;
  }
  if (
    state.layers !== prev.layers ||
    state.year !== prev.year ||
    state.time !== prev.time ||
    state.panel !== prev.panel ||
    state.reader !== prev.reader ||
    state.story !== prev.story
  ) {
    write('replaceState', state);
  }
  if (state.camera !== prev.camera) {
    cancelCameraWrite();
    cameraTimer = setTimeout(() => {
      cameraTimer = null;
      write('replaceState', explorer.getState());
    }, CAMERA_DEBOUNCE_MS);
  }
}

/**
 * Keeps the URL and the store in step: applies the page's query once, then writes selection
 * changes as new history entries and everything else in place; Back/Forward re-apply the URL.
 * Returns a function that stops the sync.
 */
export function startUrlSync(story: Story): () => void {
  apply(parseQuery(location.search), story);
  const unsubscribe = explorer.subscribe(onChange);
  const onPopState = () => {
    // The entry returned to decides; writes still waiting were for the one left.
    cancelCameraWrite();
    queued = [];
    apply(parseQuery(location.search), story);
  };
  addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    cancelCameraWrite();
    flush();
    removeEventListener('popstate', onPopState);
  };
}
