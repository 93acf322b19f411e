import { setBlank } from '../store/actions';
import type { Command } from './keys';
import { openPresenterView } from './presenter/audience';
import { firstScene, goToScene, lastScene, leaveStory, nextScene, previousScene, resumePresenting } from './story';

export function toggleFullscreen(): void {
  // Both return promises that reject when the browser refuses (no user gesture, iframe without allowfullscreen).
  const request = document.fullscreenElement ? document.exitFullscreen?.() : document.documentElement.requestFullscreen?.();
  request?.catch(() => undefined);
}

/** Carries out a presenter's command in the audience window; `help` toggles that window's key list. */
export function runCommand(command: Command, toggleHelp: () => void): void {
  switch (command.kind) {
    case 'next':
      return nextScene();
    case 'previous':
      return previousScene();
    case 'first':
      return firstScene();
    case 'last':
      return lastScene();
    case 'go':
      return goToScene(command.scene);
    case 'blank':
      return setBlank(command.blank);
    case 'unblank':
      return setBlank(null);
    case 'start':
      return resumePresenting();
    case 'leave':
      return leaveStory();
    case 'fullscreen':
      return toggleFullscreen();
    case 'presenter':
      return void openPresenterView();
    case 'help':
      return toggleHelp();
  }
}
