// The presenter view's end of the link: it follows the window that opened it.
import { useEffect, useState } from 'preact/hooks';
import { scenes } from '../../data/scenes';
import { fromOwnOrigin, PRESENTER_COMMAND, readAudienceState, targetOrigin, type AudienceState, type PresenterCommand, type RemoteCommand } from './messages';

/** The audience window: the one that opened this view. */
const audience = (): Window | null => (window.opener as Window | null) ?? null;

/** Sends a command to the audience window; false when there is none to send to. */
export function sendCommand(command: RemoteCommand): boolean {
  const target = audience();
  if (!target || target.closed) return false;
  const message: PresenterCommand = { type: PRESENTER_COMMAND, command };
  target.postMessage(message, targetOrigin());
  return true;
}

export type LinkState = { status: 'alone' } | { status: 'waiting' } | { status: 'following'; story: AudienceState['story']; blank: AudienceState['blank'] };

/** Where the audience window is: 'alone' without one, 'waiting' until it first answers. */
export function useAudienceState(): LinkState {
  const [state, setState] = useState<LinkState>(() => ({ status: audience() ? 'waiting' : 'alone' }));
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const target = audience();
      if (!target || event.source !== target || !fromOwnOrigin(event)) return;
      const message = readAudienceState(event.data, scenes.length);
      if (message) setState({ status: 'following', story: message.story, blank: message.blank });
    };
    addEventListener('message', onMessage);
    sendCommand({ kind: 'hello' });
    return () => removeEventListener('message', onMessage);
  }, []);
  return state;
}
