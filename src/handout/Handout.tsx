import { RECORDS } from '../data/vocab';
import { useEffect, useId, useState } from 'preact/hooks';
import { licence } from '../data/sources';
import { SceneQuotes } from '../story/SceneQuotes';
import { scenes } from '../data/scenes';
import { SceneMap } from '../story/SceneMap';
import { QrCode } from './QrCode';
import './handout.css';

/** The map's drawing size (plus its key strip); about 115 mm tall on A4, leaving room for five quotes. */
const MAP = { width: 1200, height: 760 };

/** The explorer showing scene `n` (0-based): where a handout page's QR code and link lead back to. */
export function sceneLink(n: number): string {
  return new URL(`?story=${n + 1}`, location.href).href;
}

/**
 * The presentation as a printable handout: one A4 page per scene with a static map, the caption,
 * the numbered quotes behind it, a QR code back to the scene and, when asked for (the checkbox or
 * `?handout&notes`), the speaker notes. Reads the scenes directly (not the store), so main.tsx can
 * render it instead of the explorer. Prints itself only when opened with `?handout&print`.
 */
export function Handout() {
  const [withNotes, setWithNotes] = useState(() => new URLSearchParams(location.search).has('notes'));
  const notesId = useId();
  useEffect(() => {
    document.title = 'Presentation handout · Balkan Routes Explorer';
    if (!new URLSearchParams(location.search).has('print')) return undefined;
    let cancelled = false;
    // After web fonts settle, so the printed pages break where the preview showed them.
    void document.fonts.ready.then(() => cancelled || window.print());
    return () => {
      cancelled = true;
    };
  }, []);

  const total = scenes.length;
  return (
    <main class="handout">
      <div class="handout__screen-only">
        <h1 class="handout__heading">Presentation handout: human trafficking in the Balkans in {RECORDS}</h1>
        <p>
          One page per scene of the presentation, with the quotes that back it.{' '}
          <button type="button" class="handout__print" onClick={() => window.print()}>
            Print handout
          </button>{' '}
          <a href={location.pathname}>Back to the explorer</a>
        </p>
        <p>
          <input type="checkbox" id={notesId} checked={withNotes} onChange={(e) => setWithNotes(e.currentTarget.checked)} />{' '}
          <label for={notesId}>Include the speaker notes (for the presenter’s copy)</label>
        </p>
      </div>
      {scenes.map((scene, i) => (
        <article class="handout-page" key={scene.id} aria-labelledby={`handout-${scene.id}`}>
          <p class="handout-page__kicker">
            Balkan Routes Explorer · Scene {i + 1} of {total}
          </p>
          <h2 class="handout-page__title" id={`handout-${scene.id}`}>
            {scene.title}
          </h2>
          <figure class="handout-page__map">
            <SceneMap scene={scene} width={MAP.width} height={MAP.height} label={`Map for scene ${i + 1}: ${scene.title}`} />
          </figure>
          <div class="handout-page__lead">
            <p class="handout-page__caption">{scene.caption}</p>
            <figure class="handout-page__qr">
              <QrCode text={sceneLink(i)} label={`QR code: scene ${i + 1} in the explorer`} />
              <figcaption>Scene {i + 1} in the explorer</figcaption>
            </figure>
          </div>
          {withNotes && (
            <section class="handout-page__notes" aria-label={`Speaker notes, scene ${i + 1}`}>
              <h3 class="handout-page__sources">Speaker notes</h3>
              {scene.notes.map((note) => (
                <p key={note}>{note}</p>
              ))}
            </section>
          )}
          <h3 class="handout-page__sources">Sources</h3>
          <SceneQuotes scene={scene} listClass="handout-page__quotes" refClass="handout-page__ref" />
          <footer class="handout-page__footer">
            <span>{licence.attribution}.</span>
            <span>Map boundaries: Natural Earth. Caption and notes in our words; quotes verbatim.</span>
          </footer>
        </article>
      ))}
    </main>
  );
}
