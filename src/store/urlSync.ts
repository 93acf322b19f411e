import { clearSelection, moveCamera, notify, openReader, select, setLayers, setYear, showDetails, showTable } from './actions';
import { explorer, initialState, LAST_YEAR, type ExplorerState } from './explorer';
import { parseQuery, toQuery, type ParsedQuery } from './url';
import { goToScene, leaveStory } from '../story/story';

/** Camera reports arrive on every frame of a pan; the URL follows once the map settles. */
const CAMERA_DEBOUNCE_MS = 400;

/** True while the store is being set from the URL, so those changes are not written back. */
let applying = false;
let cameraTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * Sets the store from a parsed query. On start, missing params keep the defaults; on popstate
 * they restore them, since the entry being returned to did not have them.
 */
function apply(parsed: ParsedQuery, initial: boolean): void {
  const { state, notices } = parsed;
  applying = true;
  try {
    setLayers(state.layers ?? initialState.layers);
    setYear(state.year ?? LAST_YEAR);
    // With a camera in the link, it wins over fitting the selection: it is where the reader was.
    if (state.selection) select(state.selection, { fit: state.camera === undefined });
    else if (!initial || explorer.getState().selection !== null) clearSelection();
    if (state.panel === 'table') showTable();
    else if (state.panel === 'reader' && state.reader) openReader(state.reader.doc, state.reader.para);
    else showDetails();
    if (state.camera) moveCamera(state.camera);
    explorer.setState({ embed: parsed.embed, embedLook: parsed.embedLook });
    if (parsed.story !== null) goToScene(parsed.story);
    else if (explorer.getState().story !== null) leaveStory();
    notices.forEach(notify);
  } finally {
    applying = false;
  }
}

function write(method: 'pushState' | 'replaceState', state: ExplorerState): void {
  const query = toQuery(state, state.embed);
  const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
  if (method === 'replaceState' && url === `${location.pathname}${location.search}${location.hash}`) return;
  try {
    history[method](null, '', url);
  } catch {
    // Browsers throttle history writes (Safari throws after 100 in 30 s); the next change catches up.
  }
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
    state.layers !== prev.layers || state.year !== prev.year || state.panel !== prev.panel ||
    state.reader !== prev.reader || state.story !== prev.story
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
export function startUrlSync(): () => void {
  const initial = parseQuery(location.search);
  apply(initial, true);
  const unsubscribe = explorer.subscribe(onChange);
  const onPopState = () => {
    cancelCameraWrite();
    apply(parseQuery(location.search), false);
  };
  addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    cancelCameraWrite();
    removeEventListener('popstate', onPopState);
  };
}
