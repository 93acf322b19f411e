// The audience window's end of the presenter link: opens the presenter view, obeys its commands,
// and tells it where the presentation is whenever that changes.
import { explorer, type ExplorerState } from '../../store/explorer';
import { scenes } from '../../data/scenes';
import { AUDIENCE_STATE, fromOwnOrigin, readPresenterCommand, targetOrigin, type AudienceState, type RemoteCommand } from './messages';

/** The one window this page opened as its presenter view; messages from any other are ignored. */
let presenter: Window | null = null;
const WINDOW_NAME = 'balkan-routes-presenter';

/** The presenter view's address: this same page (or file) with `?presenter`. */
export function presenterUrl(): string {
  const url = new URL(location.href);
  url.search = '?presenter';
  url.hash = '';
  return url.href;
}

/** Opens the presenter view, or brings it to the front if it is open. False when the browser blocked it. */
export function openPresenterView(): boolean {
  if (presenter && !presenter.closed) {
    presenter.focus();
    return true;
  }
  presenter = window.open(presenterUrl(), WINDOW_NAME, 'popup,width=1200,height=800');
  return presenter !== null;
}

function send(state: Pick<ExplorerState, 'story' | 'blank'>): void {
  if (!presenter || presenter.closed) return;
  const message: AudienceState = { type: AUDIENCE_STATE, story: state.story, blank: state.blank };
  presenter.postMessage(message, targetOrigin());
}

/** Listens to the presenter view and keeps it in step; returns a function that stops. */
export function connectPresenterView(run: (command: Exclude<RemoteCommand, { kind: 'hello' }>) => void): () => void {
  const onMessage = (event: MessageEvent) => {
    if (presenter === null || event.source !== presenter || !fromOwnOrigin(event)) return;
    const command = readPresenterCommand(event.data, scenes.length);
    if (!command) return;
    if (command.kind === 'hello') send(explorer.getState());
    else run(command);
  };
  addEventListener('message', onMessage);
  const unsubscribe = explorer.subscribe((state, prev) => {
    if (state.story !== prev.story || state.blank !== prev.blank) send(state);
  });
  return () => {
    removeEventListener('message', onMessage);
    unsubscribe();
  };
}
