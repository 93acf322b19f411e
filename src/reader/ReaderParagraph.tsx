import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Paragraph } from '../data/documents';
import { paragraphLabel } from '../cite/format';
import { nameOf, type Entity } from '../data/queries';
import type { DocumentId } from '../data/types';
import { runsOf, wholeExclusion, type Run } from './runs';

/** Anchor id of a paragraph, shared with links and tests: `para-fco-2004-p9`. */
export const paragraphAnchor = (doc: string, para: string) => `para-${doc}-${para}`;

/** The label beside a paragraph: the citation's own wording for cited kinds, the kind otherwise. */
function labelOf(doc: DocumentId, paragraph: Paragraph): string {
  if (paragraph.kind === 'foreign') return 'other answer';
  if (paragraph.kind === 'furniture') return 'web page';
  if (paragraph.kind === 'heading') return 'heading';
  return paragraphLabel(doc, paragraph.id);
}

export interface Picked {
  para: string;
  run: number;
}

interface Props {
  doc: DocumentId;
  paragraph: Paragraph;
  /** "answer" or "evidence": what excluded text is not part of. */
  noun: string;
  picked: Picked | null;
  onPick: (run: number, backers: Entity[]) => void;
  onClosePick: () => void;
  onChoose: (entity: Entity) => void;
}

/** One paragraph of a source: its label, its text with cited marks and excluded passages, and the backers list. */
export function ReaderParagraph({ doc, paragraph, noun, picked, onPick, onClosePick, onChoose }: Props) {
  const runs = useMemo(() => runsOf(doc, paragraph), [doc, paragraph]);
  const whole = useMemo(() => wholeExclusion(doc, paragraph), [doc, paragraph]);
  const anchor = paragraphAnchor(doc, paragraph.id);
  const pickedRun = picked?.para === paragraph.id ? runs[picked.run] : undefined;
  const marks = useRef<(HTMLElement | null)[]>([]);

  const text = runs.map((run, i) => {
    if (run.excluded && !whole) {
      return (
        <span key={i} class="reader__excluded reader__excluded--inline">
          <span class="reader__excluded-tag">
            <strong>Not part of this {noun}</strong>
            {run.reason ? `: ${run.reason}` : ''}
          </span>
          {run.text}
        </span>
      );
    }
    if (run.backers.length === 0) return <span key={i}>{run.text}</span>;
    return (
      <mark
        key={i}
        ref={(el) => {
          marks.current[i] = el;
        }}
        class={pickedRun === run ? 'reader__mark is-picked' : 'reader__mark'}
        role="button"
        tabIndex={0}
        aria-describedby={`${anchor}-m${i}`}
        onClick={() => onPick(i, run.backers)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            onPick(i, run.backers);
          }
        }}
      >
        {run.text}
      </mark>
    );
  });

  const Text = paragraph.kind === 'heading' ? 'h3' : 'p';
  return (
    <div id={anchor} class={`reader__para reader__para--${paragraph.kind}${whole ? ' reader__excluded' : ''}`} tabIndex={-1}>
      <span class="reader__num">{labelOf(doc, paragraph)}</span>
      <div class="reader__body">
        {whole && (
          <p class="reader__excluded-tag">
            <strong>Not part of this {noun}</strong>: {whole}
          </p>
        )}
        <Text class="reader__text">{text}</Text>
        {runs.map(
          (run, i) =>
            run.backers.length > 0 && (
              <span key={i} id={`${anchor}-m${i}`} hidden>
                {describe(run)}
              </span>
            ),
        )}
        {pickedRun && picked && (
          <Backers
            run={pickedRun}
            onChoose={onChoose}
            onClose={() => {
              onClosePick();
              marks.current[picked.run]?.focus();
            }}
          />
        )}
      </div>
    </div>
  );
}

/** Screen-reader description of a mark: what activating it selects. */
function describe(run: Run): string {
  const [first, ...others] = run.backers.map(nameOf);
  return others.length === 0
    ? `Cited for ${first}. Activate to select it.`
    : `Cited for ${first} and ${others.length} more. Activate to select ${first} and list the others.`;
}

/** The inline list shown after activating a mark that backs several items; the first is already selected. */
function Backers({ run, onChoose, onClose }: { run: Run; onChoose: (e: Entity) => void; onClose: () => void }) {
  const list = useRef<HTMLUListElement>(null);
  // Focus moves to the first of the others, so a keyboard user can go straight on to them. Deferred a
  // task: selecting resets the panel's scroll in the panel's own effect, which runs after this one.
  useEffect(() => {
    const timer = setTimeout(() => {
      list.current?.scrollIntoView({ block: 'nearest' });
      list.current?.querySelectorAll('button')[1]?.focus({ preventScroll: true });
    }, 0);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div class="reader__backers" role="group" aria-label="What this passage backs" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <p class="reader__backers-title">This passage backs {run.backers.length} items. The first is selected on the map; choose one to see its details.</p>
      <ul ref={list}>
        {run.backers.map((entity, i) => (
          <li key={entity.item.id}>
            <button type="button" class="reader__backer" aria-current={i === 0 ? 'true' : undefined} onClick={() => onChoose(entity)}>
              <span class="reader__backer-kind">{i === 0 ? `${entity.kind} · selected` : entity.kind}</span>
              {nameOf(entity)}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="reader__backers-close" onClick={onClose}>
        Close list
      </button>
    </div>
  );
}
