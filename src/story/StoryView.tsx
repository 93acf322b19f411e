import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { referenceOf } from '../cite/format';
import { useExplorer } from '../store/useExplorer';
import { sceneQuotes } from './quotes';
import { scenes } from './scenes';
import { awayNow, firstScene, goToScene, lastScene, leaveStory, nextScene, previousScene, resumeStory } from './story';
import './story.css';

function toggleFullscreen(): void {
  // Both return promises that reject when the browser refuses (no user gesture, iframe without allowfullscreen).
  const request = document.fullscreenElement ? document.exitFullscreen?.() : document.documentElement.requestFullscreen?.();
  request?.catch(() => undefined);
}

/** Presenter keys, clicker included (clickers send PageDown/PageUp). */
const KEYS: Record<string, () => void> = {
  ArrowRight: nextScene,
  PageDown: nextScene,
  ' ': nextScene,
  ArrowLeft: previousScene,
  PageUp: previousScene,
  Home: firstScene,
  End: lastScene,
  Escape: leaveStory,
  f: toggleFullscreen,
  F: toggleFullscreen,
};

/** Keys that belong to what has focus: typing in a field, or Space/Enter pressing a button. */
function ownedByTarget(event: KeyboardEvent): boolean {
  const el = event.target instanceof Element ? event.target : null;
  if (!el) return false;
  if (el.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return true;
  return (event.key === ' ' || event.key === 'Enter') && el.closest('button, a[href], summary, [role="button"]') !== null;
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || ownedByTarget(event)) return;
  const action = event.key === ' ' && event.shiftKey ? previousScene : KEYS[event.key];
  if (!action) return;
  // Captured before the map sees it: while presenting, arrows step through scenes instead of panning.
  event.preventDefault();
  event.stopPropagation();
  action();
}

function useFullscreen(): boolean {
  const [on, setOn] = useState(() => Boolean(document.fullscreenElement));
  useEffect(() => {
    const update = () => setOn(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  return on;
}

/** The presentation overlay: one scene's title, caption and sources, with the presenter's controls. */
export function StoryView() {
  const index = useExplorer((s) => s.story) ?? 0;
  const away = useExplorer(awayNow);
  const fullscreen = useFullscreen();
  const heading = useRef<HTMLHeadingElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const scene = scenes[index];

  // Layout effects run before the browser paints the card, so no key pressed once it shows is lost.
  useLayoutEffect(() => {
    document.addEventListener('keydown', onKeyDown, { capture: true });
    return () => document.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
  // Once, on opening: the Present button that had focus is hidden with the rest of the chrome.
  useLayoutEffect(() => heading.current?.focus({ preventScroll: true }), []);
  useEffect(() => scroller.current?.scrollTo({ top: 0 }), [index]);

  if (!scene) return null;
  const total = scenes.length;
  const quotes = sceneQuotes(scene);
  const atStart = index === 0;
  const atEnd = index === total - 1;

  return (
    <section class="story" aria-labelledby="story-title" data-map-overlay>
      <p class="visually-hidden" aria-live="polite">{`Scene ${index + 1} of ${total}: ${scene.title}`}</p>
      <div class="story__progress">
        <p class="story__count" data-testid="story-progress">Scene {index + 1} of {total}</p>
        <ol class="story__dots" aria-label="Scenes">
          {scenes.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                class="story__dot"
                aria-label={`Scene ${i + 1}: ${s.title}`}
                aria-current={i === index ? 'step' : undefined}
                onClick={() => goToScene(i)}
              />
            </li>
          ))}
        </ol>
      </div>
      <div class="story__body" ref={scroller}>
        <h2 class="story__title" id="story-title" tabIndex={-1} ref={heading}>{scene.title}</h2>
        <p class="story__caption">{scene.caption}</p>
        <h3 class="story__sources-heading">What the records say</h3>
        <ol class="story__quotes">
          {quotes.map((cite) => (
            <li key={`${cite.doc}#${cite.para}#${cite.quote}`} class="story__quote">
              <blockquote>
                <p>{cite.quote}</p>
              </blockquote>
              <p class="story__ref">{referenceOf(cite)}</p>
            </li>
          ))}
        </ol>
      </div>
      <nav class="story__controls" aria-label="Presentation">
        <button type="button" class="story__button" aria-disabled={atStart} onClick={previousScene}>
          <span aria-hidden="true">← </span>Previous
        </button>
        <button type="button" class="story__button story__button--primary" aria-disabled={atEnd} onClick={nextScene}>
          Next<span aria-hidden="true"> →</span>
        </button>
        {away && (
          <button type="button" class="story__button story__button--resume" onClick={resumeStory}>
            Resume story
          </button>
        )}
        {document.fullscreenEnabled && (
          <button type="button" class="story__button" aria-pressed={fullscreen} onClick={toggleFullscreen}>
            Full screen
          </button>
        )}
        <button type="button" class="story__button" onClick={leaveStory}>
          Leave presentation
        </button>
      </nav>
      <p class="story__keys">
        Keys: → or Page Down next · ← or Page Up back · Home, End first, last · F full screen · Esc leave
      </p>
    </section>
  );
}
