import { useLayoutEffect, useRef } from 'preact/hooks';
import { useExplorer } from '../store/useExplorer';
import { startStory } from './story';

/** Starts the presentation at its first scene. */
export function PresentButton() {
  const presenting = useExplorer((s) => s.story !== null);
  const button = useRef<HTMLButtonElement>(null);
  const wasPresenting = useRef(presenting);

  // Leaving (Esc or the card's button) removes the card that held focus: bring it back to where the
  // presentation started. A layout effect, so it lands before other components' after-paint effects
  // go looking for lost focus.
  useLayoutEffect(() => {
    if (wasPresenting.current && !presenting) button.current?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);

  return (
    <button type="button" class="toolbar__button" ref={button} onClick={() => startStory(0)}>
      Present
    </button>
  );
}
