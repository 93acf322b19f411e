import type { ComponentChildren, VNode } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { Citation } from '../cite/Citation';
import { paragraphLabel } from '../cite/format';
import { entityById, nameOf, yearOf, type Entity } from '../data/queries';
import { documents } from '../data/sources';
import type { Citation as Cite, Figure } from '../data/types';
import { clearSelection, select, setYear } from '../store/actions';
import { LAST_YEAR } from '../store/explorer';
import { useExplorer } from '../store/useExplorer';
import { capitalise, whenOf } from './groups';
import { LIST_LIMIT } from './listLimit';

interface HeaderProps {
  kicker: string;
  /** The item, to say when it lies after the time window (it is still shown once selected). */
  entity: Entity;
  children: ComponentChildren;
}

/** Back link, kind and the panel's h2, which takes focus when the selection changes (see Panel). */
export function DetailsHeader({ kicker, entity, children }: HeaderProps) {
  const year = useExplorer((s) => s.year);
  const time = useExplorer((s) => s.time);
  const dated = yearOf(entity, time);
  return (
    <header class="details__header">
      <button type="button" class="panel__back" onClick={clearSelection}>
        Back to overview
      </button>
      <p class="details__kicker">{kicker}</p>
      <h2 class="panel__heading" tabIndex={-1}>
        {children}
      </h2>
      {dated > year && (
        <WidenNote>
          Dated {dated}, after the timeline’s {year}
        </WidenNote>
      )}
    </header>
  );
}

export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="panel__section">
      <h3 tabIndex={-1}>{title}</h3>
      {children}
    </section>
  );
}

/**
 * "2 more reported after 2001 — widen the timeline": what the time window hides from a list.
 * Read "said by", everything hidden was reported later; read "happened by", it is `verb` later.
 */
export function HiddenNote({ count, what, verb = 'dated' }: { count: number; what?: string | undefined; verb?: string | undefined }) {
  const year = useExplorer((s) => s.year);
  const time = useExplorer((s) => s.time);
  if (count === 0) return null;
  return (
    <WidenNote>
      {count} more{what ? ` ${what}` : ''} {time === 'reported' ? 'reported' : verb} after {year}
    </WidenNote>
  );
}

interface WindowSectionProps {
  title: string;
  /** The list as the time window splits it: what it shows, and how many it hides. */
  part: { shown: readonly unknown[]; hidden: number };
  /** What one hidden item is ("place"; "places" for more); unnamed if absent. */
  what?: string;
  verb?: string;
  children: ComponentChildren;
}

/** A section for a list in the time window, ending with what the window hides; none when the list is empty either way. */
export function WindowSection({ title, part, what, verb, children }: WindowSectionProps) {
  if (part.shown.length === 0 && part.hidden === 0) return null;
  return (
    <Section title={title}>
      {children}
      <HiddenNote count={part.hidden} what={what && (part.hidden === 1 ? what : `${what}s`)} verb={verb} />
    </Section>
  );
}

/** For a button that disappears once pressed: focus its section's heading next, so focus stays near where it was. */
function focusHeadingAfter(event: Event): void {
  const at = event.currentTarget as HTMLElement;
  const heading = at.closest('section')?.querySelector('h3') ?? at.closest('aside')?.querySelector('h2');
  requestAnimationFrame(() => heading?.focus());
}

/** A message about the time window with a button that opens it to its full span. */
function WidenNote({ children }: { children: ComponentChildren }) {
  const widen = (event: Event) => {
    focusHeadingAfter(event);
    setYear(LAST_YEAR);
  };
  return (
    <p class="hidden-note">
      {children} —{' '}
      <button type="button" class="hidden-note__button" onClick={widen}>
        widen the timeline to {LAST_YEAR}
      </button>
    </p>
  );
}

/** The first LIST_LIMIT of `items`, or all once asked, and the button that asks ("Show all 2926 figures"). */
export function useFirst<T>(items: T[], what: string): [T[], VNode | null] {
  const [all, setAll] = useState(false);
  const shown = useMemo(() => (all || items.length <= LIST_LIMIT ? items : items.slice(0, LIST_LIMIT)), [items, all]);
  const showAll = (event: Event) => {
    focusHeadingAfter(event);
    setAll(true);
  };
  const more =
    shown.length < items.length ? (
      <p class="hidden-note">
        {LIST_LIMIT} of {items.length} shown —{' '}
        <button type="button" class="hidden-note__button" onClick={showAll}>
          show all {items.length} {what}
        </button>
      </p>
    ) : null;
  return [shown, more];
}

/** A secondary line for row lists: an initiative's kind. */
const subtitle = (e: Entity) => (e.kind === 'initiative' ? capitalise(e.item.kind) : undefined);

/**
 * Buttons that select fact-base items by id; unknown ids are skipped.
 * `chips` for short names (places), `rows` for long ones (initiatives, routes), `path` for a route's stops.
 */
export function EntityButtons({ ids, layout = 'chips', what = 'places' }: { ids: string[]; layout?: 'chips' | 'rows' | 'path'; what?: string }) {
  const [first, more] = useFirst(ids, what);
  const entities = first.map((id) => entityById(id)).filter((e): e is Entity => e !== undefined);
  const items = entities.map((e) => {
    const sub = layout === 'rows' ? subtitle(e) : undefined;
    return (
      <li key={e.item.id}>
        <button type="button" class="button-quiet entity-button" onClick={() => select(e.item.id)}>
          {nameOf(e)}
          {sub && <span class="entity-button__sub">{sub}</span>}
        </button>
      </li>
    );
  });
  const className = `entity-list entity-list--${layout}`;
  return (
    <>
      {layout === 'path' ? <ol class={className}>{items}</ol> : <ul class={className}>{items}</ul>}
      {more}
    </>
  );
}

/** Each figure in the source's own wording, large, with what it counts, when, and its quote. */
export function FigureList({ figures }: { figures: Figure[] }) {
  const [first, more] = useFirst(figures, 'figures');
  return (
    <>
      <ul class="figure-list">
        {first.map((f) => (
          <li key={f.id} class="figure">
            <p class="figure__value">{f.display}</p>
            <p class="figure__counts">{f.counts}</p>
            <div class="foot">
              <p class="figure__meta">{whenOf(f)}</p>
              <Citation cite={f.cite} about={`${f.display} ${f.counts}`} />
            </div>
          </li>
        ))}
      </ul>
      {more}
    </>
  );
}

/** Sentences that mention an item, each with its citation control. */
export function CiteList({ cites, about }: { cites: Cite[]; about: string }) {
  return (
    <ul class="mention-list">
      {cites.map((c) => (
        <li key={`${c.doc}${c.para}${c.quote}`} class="mention">
          <p class="mention__quote">{c.quote}</p>
          <div class="foot">
            <p class="mention__where">
              {documents[c.doc].dateText}, {paragraphLabel(c.doc, c.para)}
            </p>
            <Citation cite={c} about={`${about}, ${paragraphLabel(c.doc, c.para)}`} />
          </div>
        </li>
      ))}
    </ul>
  );
}
