import { Citation } from '../cite/Citation';
import type { Figure } from '../data/types';
import { whenOf } from './groups';
import { DetailsHeader, EntityButtons, Section } from './parts';

/** A single figure: the source's wording, large, then what it is about. */
export function FigureDetails({ figure }: { figure: Figure }) {
  return (
    <article class="details">
      <DetailsHeader kicker="Figure" entity={{ kind: 'figure', item: figure }}>
        <span class="figure__value">{figure.display}</span>
        <span class="figure__counts">{figure.counts}</span>
      </DetailsHeader>
      {figure.atLeast && <p class="details__context">The source gives this as a lower bound.</p>}
      <div class="foot">
        <p class="figure__meta">{whenOf(figure)}</p>
        <Citation cite={figure.cite} about={`${figure.display} ${figure.counts}`} />
      </div>
      {figure.places.length > 0 && (
        <Section title="Places">
          <EntityButtons ids={figure.places} />
        </Section>
      )}
      {figure.initiative && (
        <Section title="Initiative">
          <EntityButtons ids={[figure.initiative]} layout="rows" />
        </Section>
      )}
    </article>
  );
}
