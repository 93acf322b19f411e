import { paragraphLabel } from '../cite/format';
import { entityById } from '../data/queries';
import { documents } from '../data/sources';
import type { Citation, Figure } from '../data/types';
import type { SceneFigure } from '../data/scenes';

/** A scene's figures with their fact-base records: the numbers are the source's, never retyped. */
export function figuresOf(figures: readonly SceneFigure[]): { figure: Figure; label: string }[] {
  return figures.flatMap(({ id, label }) => {
    const entity = entityById(id);
    return entity?.kind === 'figure' ? [{ figure: entity.item, label }] : [];
  });
}

/** Parliamentary references run long; a callout names the document's author and date (the quotes below give it in full). */
const REFERENCE_MAX = 60;
export function shortReference(cite: Citation): string {
  const doc = documents[cite.doc];
  const short = doc.reference.length <= REFERENCE_MAX ? doc.reference : `${doc.answeredBy}, ${doc.dateText}`;
  return `${short}, ${paragraphLabel(cite.doc, cite.para)}`;
}

/** A scene's key figures, large enough to read from the back of a committee room, each with its source line. */
export function SceneFigures({ figures, class: className = 'story-figures' }: { figures: readonly SceneFigure[]; class?: string }) {
  const shown = figuresOf(figures);
  if (shown.length === 0) return null;
  return (
    <ul class={className} aria-label="Key figures">
      {shown.map(({ figure, label }) => (
        <li key={figure.id} class="story-figure">
          <span class="story-figure__value">{figure.display}</span>
          <span class="story-figure__label">{label}</span>
          <span class="story-figure__source">{shortReference(figure.cite)}</span>
        </li>
      ))}
    </ul>
  );
}
