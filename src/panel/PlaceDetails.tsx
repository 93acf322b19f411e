import { Citation } from '../cite/Citation';
import { ChartsFor } from '../charts/Charts';
import { figuresFor, initiativesAt, relatedPlaces, routesThrough } from '../data/queries';
import type { Place, Role } from '../data/types';
import { theme } from '../map/theme';
import { useExplorer } from '../store/useExplorer';
import { groupRoles, inWindow, KIND_LABEL } from './groups';
import { CiteList, DetailsHeader, EntityButtons, FigureList, HiddenNote, Section } from './parts';

const ROLE_LABEL: Record<Role, string> = { source: 'Source', transit: 'Transit', destination: 'Destination' };

/** "destination and transit country": the sources' own phrasing for what a place is. */
function roleWords(roles: Role[], place: Place): string {
  const noun = place.kind === 'country' ? ' country' : place.kind === 'region' ? ' region' : '';
  return `${roles.join(' and ')}${noun}`;
}

export function PlaceDetails({ place }: { place: Place }) {
  const year = useExplorer((s) => s.year);
  const figures = inWindow(figuresFor(place.id), (item) => ({ kind: 'figure', item }), year);
  const initiatives = inWindow(initiativesAt(place.id), (item) => ({ kind: 'initiative', item }), year);
  const routes = inWindow(routesThrough(place.id), (item) => ({ kind: 'route', item }), year);
  const related = inWindow(relatedPlaces(place.id), (item) => ({ kind: 'place', item }), year);
  const roles = groupRoles(place.roles);

  return (
    <article class="details">
      <DetailsHeader kicker={KIND_LABEL[place.kind]} entity={{ kind: 'place', item: place }}>{place.name}</DetailsHeader>
      {place.sourceName !== place.name && (
        <p class="details__aka">As the sources write it: <q>{place.sourceName}</q></p>
      )}
      {place.context && <p class="details__context">{place.context}</p>}
      {place.precision !== 'exact' && place.locationNote && (
        <p class="details__location"><strong>Approximate location.</strong> {place.locationNote}</p>
      )}

      {roles.length > 0 && (
        <Section title="Role in trafficking">
          <ul class="role-list">
            {roles.map((group) => (
              <li key={group.roles.join()} class="role foot">
                {group.roles.map((role) => (
                  <span key={role} class="badge" style={{ '--swatch': theme.roles[role] }}>{ROLE_LABEL[role]}</span>
                ))}
                {group.note && <span class="role__note">{group.note}</span>}
                <Citation cite={group.cite} about={`${place.name} as a ${roleWords(group.roles, place)}`} />
              </li>
            ))}
          </ul>
        </Section>
      )}

      {(figures.shown.length > 0 || figures.hidden > 0) && (
        <Section title="Figures">
          <ChartsFor id={place.id} />
          <FigureList figures={figures.shown} />
          <HiddenNote count={figures.hidden} />
        </Section>
      )}

      {(initiatives.shown.length > 0 || initiatives.hidden > 0) && (
        <Section title="Initiatives here">
          <EntityButtons ids={initiatives.shown.map((i) => i.id)} layout="rows" />
          <HiddenNote count={initiatives.hidden} lead="more started" />
        </Section>
      )}

      {(routes.shown.length > 0 || routes.hidden > 0) && (
        <Section title="Routes through here">
          <EntityButtons ids={routes.shown.map((r) => r.id)} layout="rows" />
          <HiddenNote count={routes.hidden} lead="more described" />
        </Section>
      )}

      {(related.shown.length > 0 || related.hidden > 0) && (
        <Section title="Related places">
          <EntityButtons ids={related.shown.map((p) => p.id)} />
          <HiddenNote count={related.hidden} lead="more from" />
        </Section>
      )}

      {place.cites.length > 0 && (
        <Section title="Mentioned in the sources">
          <CiteList cites={place.cites} about={place.name} />
        </Section>
      )}
    </article>
  );
}
