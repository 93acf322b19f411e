import { referenceOf } from '../cite/format';
import { entityById } from '../data/queries';
import type { Figure } from '../data/types';

/** The scene's figures from the fact base, by id: the numbers are the source's, never retyped. */
export function figuresOf(ids: readonly string[]): Figure[] {
  return ids.flatMap((id) => {
    const entity = entityById(id);
    return entity?.kind === 'figure' ? [entity.item] : [];
  });
}

/** A scene's key figures, large enough to read from the back of a committee room, each with its source line. */
export function SceneFigures({ ids, class: className = 'story-figures' }: { ids: readonly string[]; class?: string }) {
  const figures = figuresOf(ids);
  if (figures.length === 0) return null;
  return (
    <ul class={className} aria-label="Key figures">
      {figures.map((f) => (
        <li key={f.id} class="story-figure">
          <span class="story-figure__value">{f.display}</span>
          <span class="story-figure__counts">{f.counts}</span>
          <span class="story-figure__source">{referenceOf(f.cite)}</span>
        </li>
      ))}
    </ul>
  );
}
