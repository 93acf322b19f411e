import { Citation } from '../cite/Citation';
import { SUBJECTS } from '../data/subjects';
import type { Route } from '../data/types';
import { ROUTE_KINDS } from '../data/vocab';
import { reasonsFor } from '../data/why';
import { DetailsHeader, EntityButtons, Section } from './parts';

export function RouteDetails({ route }: { route: Route }) {
  // A route is one claim whatever the time window; its reason does not depend on the year.
  const [reason] = reasonsFor({ kind: 'route', item: route }, Infinity, 'reported');
  return (
    <article class="details">
      <DetailsHeader kicker={`${ROUTE_KINDS[route.kind].label} · ${SUBJECTS[route.subject].label}`} entity={{ kind: 'route', item: route }}>
        {route.label}
      </DetailsHeader>
      <div class="foot">
        {reason && <p class="details__summary">{reason.claim}</p>}
        {reason && <p class="details__context">{reason.when[0]!.toUpperCase() + reason.when.slice(1)}</p>}
        {route.caveat && (
          <p class="details__location">
            <strong>What the source does not say.</strong> {route.caveat}
          </p>
        )}
        <Citation cite={route.cite} about={route.label} />
      </div>
      <Section title="From, to">
        <EntityButtons ids={route.path} layout="path" />
      </Section>
    </article>
  );
}
