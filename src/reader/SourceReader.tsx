import { useEffect, useState } from 'preact/hooks';
import { documents, licence } from '../data/sources';
import type { Entity } from '../data/queries';
import { DEFAULT_DOCUMENT, isDocumentId, type DocumentId } from '../data/vocab';
import { openReader, select, showDetails } from '../store/actions';
import { explorer } from '../store/explorer';
import { useExplorer } from '../store/useExplorer';
import { paragraphAnchor, ReaderParagraph, type Picked } from './ReaderParagraph';
import './reader.css';

/** How long a paragraph reached by a link stays highlighted. */
const FLASH_MS = 2500;
/** Whether the reader has pressed a key or pointer yet: until then focus is left where the page put it. */
let interacted = false;
const markInteracted = () => {
  interacted = true;
};
addEventListener('pointerdown', markInteracted, { capture: true, once: true });
addEventListener('keydown', markInteracted, { capture: true, once: true });

/**
 * The source reader: one of the two documents in full, its cited sentences marked (activating a
 * mark selects what it backs) and the passages the fact base leaves out marked with the reason.
 */
export function SourceReader() {
  const reader = useExplorer((s) => s.reader);
  const doc: DocumentId = isDocumentId(reader.doc) ? reader.doc : DEFAULT_DOCUMENT;
  const source = documents[doc];
  const noun = source.noun;
  const [picked, setPicked] = useState<Picked | null>(null);
  const [flash, setFlash] = useState<string | null>(null);

  useEffect(() => setPicked(null), [doc]);

  // Brings the requested paragraph into view and focus; without one, the reader's top. Deferred a
  // task so it runs after the panel's own effects, which reset the panel's scroll on a mode change.
  useEffect(() => {
    let flashTimer: ReturnType<typeof setTimeout> | undefined;
    const timer = setTimeout(() => {
      const target = document.getElementById(reader.para ? paragraphAnchor(doc, reader.para) : 'reader-title');
      if (!target) return;
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      (reader.para ? target : (target.closest('.reader') ?? target)).scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
      const active = document.activeElement;
      const lost = active === null || active === document.body || !active.isConnected;
      // Focus follows a "read in source" link; switching documents keeps focus on the switch; and a
      // page opened on the reader leaves focus at the top of the page, as the panel does for selections.
      if (interacted && (reader.para || lost)) target.focus({ preventScroll: true });
      if (!reader.para) return;
      setFlash(reader.para);
      flashTimer = setTimeout(() => setFlash(null), FLASH_MS);
    }, 0);
    return () => {
      clearTimeout(timer);
      clearTimeout(flashTimer);
    };
  }, [doc, reader.para]);

  const pick = (para: string, run: number, backers: Entity[]) => {
    const [first] = backers;
    if (!first) return;
    if (backers.length === 1) return select(first.item.id);
    // Several items: select the first (the map follows) but stay in the reader to list the rest.
    const position = explorer.getState().reader;
    select(first.item.id);
    openReader(position.doc, position.para);
    setPicked({ para, run });
  };

  return (
    <section class="reader" aria-labelledby="reader-title">
      <div class="reader__bar">
        <button type="button" class="reader__back" onClick={showDetails}>
          <span aria-hidden="true">←</span> Back
        </button>
        <div class="reader__switch" role="group" aria-label="Source document">
          {Object.values(documents).map((d) => (
            <button key={d.id} type="button" aria-pressed={d.id === doc} onClick={() => openReader(d.id)}>
              {d.label}
            </button>
          ))}
        </div>
      </div>
      <h2 id="reader-title" class="reader__title" tabIndex={-1}>
        {source.title}
      </h2>
      <dl class="reader__meta">
        <dt>Type</dt>
        <dd>{source.type}</dd>
        <dt>Reference</dt>
        <dd>{source.reference}</dd>
        <dt>Date</dt>
        <dd>
          <time dateTime={source.date}>{source.dateText}</time>
        </dd>
        <dt>Asked by</dt>
        <dd>{source.askedBy}</dd>
        <dt>Answered by</dt>
        <dd>{source.answeredBy}</dd>
      </dl>
      <p class="reader__licence">{licence.attribution}.</p>
      <p class="reader__key">
        <mark class="reader__key-mark">Highlighted</mark> sentences back a place or fact in the explorer: activate one to select it.{' '}
        <span class="reader__key-excluded">Hatched</span> passages are not part of this {noun}.
      </p>
      <div class="reader__doc">
        {source.paragraphs.map((paragraph) => (
          <div key={paragraph.id} class={flash === paragraph.id ? 'reader__slot is-target' : 'reader__slot'}>
            <ReaderParagraph
              doc={doc}
              paragraph={paragraph}
              noun={noun}
              picked={picked}
              onPick={(run, backers) => pick(paragraph.id, run, backers)}
              onClosePick={() => setPicked(null)}
              onChoose={(entity) => select(entity.item.id)}
            />
          </div>
        ))}
      </div>
    </section>
  );
}
