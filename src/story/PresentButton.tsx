import { useEffect, useRef } from 'preact/hooks';
import { useExplorer } from '../store/useExplorer';
import { startStory } from './story';

/** Starts the presentation at its first scene. */
export function PresentButton() {
  const presenting = useExplorer((s) => s.story !== null);
  const button = useRef<HTMLButtonElement>(null);
  const wasPresenting = useRef(presenting);

  useEffect(() => {
    // Leaving removes the card that held focus; hand it back here rather than to the page.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (wasPresenting.current && !presenting && lost) button.current?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);

  return (
    <button type="button" class="toolbar__button" ref={button} onClick={() => startStory(0)}>
      Present
    </button>
  );
}
