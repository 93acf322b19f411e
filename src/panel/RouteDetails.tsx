import { Citation } from '../cite/Citation';
import type { Route } from '../data/types';
import { DetailsHeader, EntityButtons, Section } from './parts';

export function RouteDetails({ route }: { route: Route }) {
  return (
    <article class="details">
      <DetailsHeader kicker="Route" entity={{ kind: 'route', item: route }}>{route.label}</DetailsHeader>
      <div class="foot">
        <p class="details__context">Described in the sources from {route.since}</p>
        <Citation cite={route.cite} about={route.label} />
      </div>
      <Section title="Path, origin first">
        <EntityButtons ids={route.path} layout="path" />
      </Section>
    </article>
  );
}
