import { setBlank } from '../store/actions';
import type { Command } from './keys';
import { openPresenterView } from './presenter/audience';
import { firstScene, goToScene, lastScene, leaveStory, nextScene, previousScene, resumePresenting } from './story';

export function toggleFullscreen(): void {
  // Both return promises that reject when the browser refuses (no user gesture, iframe without allowfullscreen).
  const request = document.fullscreenElement ? document.exitFullscreen?.() : document.documentElement.requestFullscreen?.();
  request?.catch(() => undefined);
}

type Run<K extends Command['kind']> = (command: Extract<Command, { kind: K }>, toggleHelp: () => void) => void;

/** What each command does in the audience window; `help` toggles that window's key list. */
const RUN: { [K in Command['kind']]: Run<K> } = {
  next: () => nextScene(),
  previous: () => previousScene(),
  first: () => firstScene(),
  last: () => lastScene(),
  go: (command) => goToScene(command.scene),
  blank: (command) => setBlank(command.blank),
  unblank: () => setBlank(null),
  start: () => resumePresenting(),
  leave: () => leaveStory(),
  fullscreen: () => toggleFullscreen(),
  presenter: () => void openPresenterView(),
  help: (_, toggleHelp) => toggleHelp(),
};

/** Carries out a presenter's command in the audience window. */
export function runCommand(command: Command, toggleHelp: () => void): void {
  (RUN[command.kind] as Run<Command['kind']>)(command, toggleHelp);
}
