import { useEffect, useState } from 'preact/hooks';
import { SceneMap } from '../SceneMap';
import { toggleFullscreen } from '../commands';
import { KeyHelp } from '../KeyHelp';
import type { Command } from '../keys';
import { SceneQuotes } from '../SceneQuotes';
import { SceneFigures } from '../SceneFigures';
import { scenes, type Scene } from '../../data/scenes';
import { usePresentationKeys } from '../usePresentationKeys';
import { sendCommand, useAudienceState, type LinkState } from './link';
import '../story.css';
import './presenter.css';

const THUMB = { width: 480, height: 400 };

/** Seconds as m:ss, or h:mm:ss past the hour. */
export function elapsedText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  const [h, m] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60)];
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

/** A clock and a timer that starts when the presentation does; Reset sets it back to 0:00. */
function useTimer(running: boolean) {
  const [now, setNow] = useState(() => Date.now());
  const [startedAt, setStartedAt] = useState<number | null>(null);
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);
  useEffect(() => {
    if (running && startedAt === null) setStartedAt(Date.now());
  }, [running]);
  return {
    clock: new Date(now).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }),
    elapsed: elapsedText(startedAt === null ? 0 : (now - startedAt) / 1000),
    reset: () => {
      setStartedAt(running ? Date.now() : null);
      setNow(Date.now());
    },
  };
}

function Thumbnail({ scene, label }: { scene: Scene; label: string }) {
  return <SceneMap scene={scene} width={THUMB.width} height={THUMB.height} label={label} />;
}

function statusText(link: LinkState): string {
  if (link.status === 'alone') return 'Not connected: open this view from the explorer while presenting (press S).';
  if (link.status === 'waiting') return 'Connecting to the presentation window…';
  if (link.story === null) return 'Not presenting. Press F5 to start or resume.';
  return link.blank ? `The audience sees a ${link.blank} screen. Press any key to return.` : 'Presenting';
}

/** Keys here act on the audience window; the key list and full screen are this window's own. */
function remote(command: Command, toggleHelp: () => void): void {
  if (command.kind === 'help') return toggleHelp();
  if (command.kind === 'fullscreen') return toggleFullscreen();
  if (command.kind === 'presenter') return;
  if (command.kind === 'go') sendCommand({ kind: 'go', scene: Math.min(scenes.length - 1, Math.max(0, command.scene)) });
  else sendCommand(command);
}

/** The presenter's own window: the current scene with its notes and sources, the next scene, a timer and a clock. */
export function PresenterView() {
  const link = useAudienceState();
  const [help, setHelp] = useState(false);
  const toggleHelp = () => setHelp((open) => !open);
  const story = link.status === 'following' ? link.story : null;
  const blank = link.status === 'following' ? link.blank : null;
  const digits = usePresentationKeys({
    where: () => ({ presenting: story !== null, blank }),
    run: (c) => remote(c, toggleHelp),
    helpOpen: help,
    closeHelp: () => setHelp(false),
  });
  const timer = useTimer(story !== null);
  useEffect(() => {
    document.title = 'Presenter view · Balkan Routes Explorer';
  }, []);

  const scene = story === null ? undefined : scenes[story];
  const next = story === null ? undefined : scenes[story + 1];
  return (
    <main class="presenter" aria-labelledby="presenter-title">
      <header class="presenter__bar">
        <h1 class="presenter__title" id="presenter-title">
          Presenter view
          {scene && story !== null ? (
            <span data-testid="presenter-progress">
              {' '}
              · Scene {story + 1} of {scenes.length}
            </span>
          ) : null}
        </h1>
        <p class="presenter__status" role="status" data-testid="presenter-status">
          {digits ? `Go to scene ${digits}: press Enter` : statusText(link)}
        </p>
        <p class="presenter__time">
          <span>
            Elapsed <strong data-testid="presenter-elapsed">{timer.elapsed}</strong>
          </span>
          <button type="button" class="presenter__small" onClick={timer.reset}>
            Reset
          </button>
          <span>
            Clock <strong data-testid="presenter-clock">{timer.clock}</strong>
          </span>
        </p>
      </header>
      <nav class="presenter__controls" aria-label="Presentation">
        {story === null ? (
          <button
            type="button"
            class="story__button story__button--primary"
            disabled={link.status !== 'following'}
            onClick={() => sendCommand({ kind: 'start' })}
          >
            Start presenting
          </button>
        ) : (
          <>
            <button type="button" class="story__button" onClick={() => sendCommand({ kind: 'previous' })}>
              ← Previous
            </button>
            <button type="button" class="story__button story__button--primary" onClick={() => sendCommand({ kind: 'next' })}>
              Next →
            </button>
            <button
              type="button"
              class="story__button"
              aria-pressed={blank === 'black'}
              onClick={() => sendCommand(blank ? { kind: 'unblank' } : { kind: 'blank', blank: 'black' })}
            >
              Black screen
            </button>
            <button type="button" class="story__button" onClick={() => sendCommand({ kind: 'leave' })}>
              Leave presentation
            </button>
          </>
        )}
        <button type="button" class="story__button" onClick={toggleHelp}>
          Keys
        </button>
      </nav>
      {scene && (
        <div class="presenter__grid">
          <section class="presenter__now" aria-labelledby="presenter-now">
            <h2 class="presenter__kicker">Now</h2>
            <h3 class="presenter__scene" id="presenter-now">
              {scene.title}
            </h3>
            <SceneFigures figures={scene.figures ?? []} class="story-figures story-figures--presenter" />
            <p class="presenter__caption">{scene.caption}</p>
            <h3 class="presenter__kicker">Notes</h3>
            <div class="presenter__notes" data-testid="presenter-notes">
              {scene.notes.map((note) => (
                <p key={note}>{note}</p>
              ))}
            </div>
            <h3 class="presenter__kicker">Sources to read out</h3>
            <SceneQuotes scene={scene} listClass="presenter__quotes" refClass="presenter__ref" />
          </section>
          <aside class="presenter__side" aria-label="Maps">
            <h2 class="presenter__kicker">On screen</h2>
            <Thumbnail scene={scene} label={`Map of the current scene: ${scene.title}`} />
            <h2 class="presenter__kicker">Next</h2>
            {next ? (
              <>
                <p class="presenter__next" data-testid="presenter-next">
                  {next.title}
                </p>
                <Thumbnail scene={next} label={`Map of the next scene: ${next.title}`} />
              </>
            ) : (
              <p class="presenter__next" data-testid="presenter-next">
                End of the presentation
              </p>
            )}
          </aside>
        </div>
      )}
      {help && <KeyHelp onClose={() => setHelp(false)} />}
    </main>
  );
}
