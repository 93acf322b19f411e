import { useLayoutEffect, useState } from 'preact/hooks';
import { explorer } from '../store/explorer';
import { useExplorer } from '../store/useExplorer';
import { runCommand } from './commands';
import { KeyHelp } from './KeyHelp';
import { connectPresenterView } from './presenter/audience';
import { StoryView } from './StoryView';
import { usePresentationKeys } from './usePresentationKeys';

const where = () => {
  const { story, blank } = explorer.getState();
  return { presenting: story !== null, blank };
};

/**
 * Presentation mode in the audience window: the keys (listened to always, since F5 starts
 * presenting), the caption card, the blank screen, the key list and the link to the presenter view.
 */
export function Presentation() {
  const presenting = useExplorer((s) => s.story !== null);
  const blank = useExplorer((s) => s.blank);
  const [help, setHelp] = useState(false);
  const toggleHelp = () => setHelp((open) => !open);
  // The list held focus; reading goes back to the scene's title.
  const closeHelp = () => {
    setHelp(false);
    document.getElementById('story-title')?.focus({ preventScroll: true });
  };
  const digits = usePresentationKeys({ where, run: (c) => runCommand(c, toggleHelp), helpOpen: help, closeHelp });

  useLayoutEffect(() => connectPresenterView((command) => runCommand(command, toggleHelp)), []);
  useLayoutEffect(() => {
    if (!presenting) setHelp(false);
  }, [presenting]);

  if (!presenting) return null;
  return (
    <>
      <StoryView digits={digits} showHelp={() => setHelp(true)} />
      {help && <KeyHelp onClose={closeHelp} />}
      {blank && (
        <div class={`story-blank story-blank--${blank}`} data-testid="blank-screen" data-blank={blank}>
          <p class="visually-hidden" role="status">
            Screen blanked. Press any key to return to the scene.
          </p>
        </div>
      )}
    </>
  );
}
