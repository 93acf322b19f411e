import { documentDateText } from '../data/time';
import { ChartsFor } from '../charts/Charts';
import { figuresOf, nameOf, placesOfInitiative } from '../data/queries';
import type { Initiative } from '../data/types';
import { splitByWindow } from '../data/windows';
import { useExplorer } from '../store/useExplorer';
import { capitalise } from './groups';
import { CiteList, DetailsHeader, EntityButtons, FigureList, Section, WindowSection } from './parts';

export function InitiativeDetails({ initiative }: { initiative: Initiative }) {
  const year = useExplorer((s) => s.year);
  const time = useExplorer((s) => s.time);
  const figures = splitByWindow(figuresOf(initiative.id), (item) => ({ kind: 'figure', item }), year, time);
  const places = splitByWindow(placesOfInitiative(initiative.id), (item) => ({ kind: 'place', item }), year, time);
  const name = nameOf({ kind: 'initiative', item: initiative });

  return (
    <article class="details">
      <DetailsHeader kicker={capitalise(initiative.kind)} entity={{ kind: 'initiative', item: initiative }}>
        {name}
      </DetailsHeader>
      <p class="details__summary">{initiative.summary}</p>
      <dl class="facts">
        {initiative.lead && (
          <>
            <dt>Led by</dt>
            <dd>{initiative.lead}</dd>
          </>
        )}
        {initiative.partners && initiative.partners.length > 0 && (
          <>
            <dt>Partners</dt>
            <dd>{initiative.partners.join('; ')}</dd>
          </>
        )}
        {initiative.started && (
          <>
            <dt>Started</dt>
            <dd>{initiative.started.text}</dd>
          </>
        )}
        {initiative.planned && (
          <>
            <dt>Planned</dt>
            <dd>
              {initiative.planned.text}, as stated on {documentDateText(initiative.cites[0]!.doc)}; not reported as started
            </dd>
          </>
        )}
      </dl>

      <WindowSection title="Places" part={places} what="place">
        <EntityButtons ids={places.shown.map((p) => p.id)} />
      </WindowSection>

      <WindowSection title="Figures" part={figures}>
        <ChartsFor id={initiative.id} />
        <FigureList figures={figures.shown} />
      </WindowSection>

      <Section title="In the sources">
        <CiteList cites={initiative.cites} about={name} />
      </Section>
    </article>
  );
}
