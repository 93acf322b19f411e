import type { Entity } from '../data/queries';
import { FigureDetails } from './FigureDetails';
import { InitiativeDetails } from './InitiativeDetails';
import { PlaceDetails } from './PlaceDetails';
import { RouteDetails } from './RouteDetails';

/** The selected item, by kind. */
export function Details({ entity }: { entity: Entity }) {
  switch (entity.kind) {
    case 'place':
      return <PlaceDetails place={entity.item} />;
    case 'initiative':
      return <InitiativeDetails initiative={entity.item} />;
    case 'figure':
      return <FigureDetails figure={entity.item} />;
    case 'route':
      return <RouteDetails route={entity.item} />;
  }
}
