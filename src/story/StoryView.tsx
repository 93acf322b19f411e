import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { referenceOf } from '../cite/format';
import { useExplorer } from '../store/useExplorer';
import { toggleFullscreen } from './commands';
import { openPresenterView } from './presenter/audience';
import { sceneQuotes } from './quotes';
import { SceneFigures } from './SceneFigures';
import { SceneLegend } from './SceneLegend';
import { scenes } from '../data/scenes';
import { awayNow, goToScene, leaveStory, nextScene, previousScene, resumeStory } from './story';
import './story.css';

function useFullscreen(): boolean {
  const [on, setOn] = useState(() => Boolean(document.fullscreenElement));
  useEffect(() => {
    const update = () => setOn(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  return on;
}

interface Props {
  /** Digits typed for "number then Enter", shown so the presenter sees what Enter will do. */
  digits: string;
  showHelp: () => void;
}

/** The presentation overlay: one scene's title, figures, caption, key and sources, with the presenter's controls. */
export function StoryView({ digits, showHelp }: Props) {
  const index = useExplorer((s) => s.story) ?? 0;
  const away = useExplorer(awayNow);
  const fullscreen = useFullscreen();
  const heading = useRef<HTMLHeadingElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const scene = scenes[index];

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
        <p class="story__count" data-testid="story-progress">
          Scene {index + 1} of {total}
        </p>
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
        <h2 class="story__title" id="story-title" tabIndex={-1} ref={heading}>
          {scene.title}
        </h2>
        <SceneFigures figures={scene.figures ?? []} />
        <p class="story__caption">{scene.caption}</p>
        <SceneLegend scene={scene} />
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
        <button type="button" class="story__button story__button--minor" onClick={() => openPresenterView()}>
          Presenter view
        </button>
        {document.fullscreenEnabled && (
          <button type="button" class="story__button story__button--minor" aria-pressed={fullscreen} onClick={toggleFullscreen}>
            Full screen
          </button>
        )}
        <button type="button" class="story__button story__button--minor" aria-label="Leave presentation" onClick={leaveStory}>
          Leave
        </button>
      </nav>
      <p class="story__keys">
        {digits === '' ? (
          <>
            → next · ← back · S presenter view · B black · Esc leave ·{' '}
            <button type="button" class="story__help-link" onClick={showHelp}>
              ? all keys
            </button>
          </>
        ) : (
          <span role="status">Go to scene {digits}: press Enter</span>
        )}
      </p>
    </section>
  );
}
