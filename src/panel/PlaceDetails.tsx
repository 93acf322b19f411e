import { Citation } from '../cite/Citation';
import { ChartsFor } from '../charts/Charts';
import { figuresFor, initiativesAt, routesThrough } from '../data/queries';
import { SUBJECTS } from '../data/subjects';
import type { Place } from '../data/types';
import { PLACE_KINDS, ROLES } from '../data/vocab';
import { hiddenRoleCount, reasonsFor } from '../data/why';
import { theme } from '../symbols/theme';
import { useExplorer } from '../store/useExplorer';
import { relatedPlacesIn, splitByWindow } from '../data/windows';
import { CiteList, DetailsHeader, EntityButtons, FigureList, Section, WindowSection } from './parts';

export function PlaceDetails({ place }: { place: Place }) {
  const year = useExplorer((s) => s.year);
  const time = useExplorer((s) => s.time);
  const figures = splitByWindow(figuresFor(place.id), (item) => ({ kind: 'figure', item }), year, time);
  const initiatives = splitByWindow(initiativesAt(place.id), (item) => ({ kind: 'initiative', item }), year, time);
  const routes = splitByWindow(routesThrough(place.id), (item) => ({ kind: 'route', item }), year, time);
  const related = relatedPlacesIn(place, year, time);
  const roles = reasonsFor({ kind: 'place', item: place }, year, time).filter((r) => r.roles);

  return (
    <article class="details">
      <DetailsHeader kicker={PLACE_KINDS[place.kind].label} entity={{ kind: 'place', item: place }}>
        {place.name}
      </DetailsHeader>
      {place.sourceName !== place.name && (
        <p class="details__aka">
          As the sources write it: <q>{place.sourceName}</q>
        </p>
      )}
      {place.context && <p class="details__context">{place.context}</p>}
      {place.precision !== 'exact' && place.locationNote && (
        <p class="details__location">
          <strong>Approximate location.</strong> {place.locationNote}
        </p>
      )}

      <WindowSection title="Roles the sources give" part={{ shown: roles, hidden: hiddenRoleCount(place, year, time) }} what="role">
        <ul class="role-list">
          {roles.map((reason) => (
            <li key={reason.cite.quote + reason.subject} class="role foot" data-subject={reason.subject}>
              {reason.roles!.map((role) => (
                <span key={role} class="badge" style={{ '--swatch': reason.subject === 'immigration' ? theme.immigration : theme.roles[role] }}>
                  {ROLES[role].label}
                </span>
              ))}
              <span class="role__subject">{SUBJECTS[reason.subject!].label}</span>
              {reason.caveat && <span class="role__note">{reason.caveat}</span>}
              <span class="role__when">{reason.when}</span>
              <Citation cite={reason.cite} about={`${place.name}: ${reason.claim}`} />
            </li>
          ))}
        </ul>
      </WindowSection>

      <WindowSection title="Figures" part={figures}>
        <ChartsFor id={place.id} />
        <FigureList figures={figures.shown} />
      </WindowSection>

      <WindowSection title="Initiatives here" part={initiatives} verb="started">
        <EntityButtons ids={initiatives.shown.map((i) => i.id)} layout="rows" what="initiatives" />
      </WindowSection>

      <WindowSection title="Routes from or into here" part={routes} what="route">
        <EntityButtons ids={routes.shown.map((r) => r.id)} layout="rows" what="routes" />
      </WindowSection>

      <WindowSection title="Related places" part={related} what="place">
        <EntityButtons ids={related.shown.map((p) => p.id)} />
      </WindowSection>

      {place.cites.length > 0 && (
        <Section title="Mentioned in the sources">
          <CiteList cites={place.cites} about={place.name} />
        </Section>
      )}
    </article>
  );
}
