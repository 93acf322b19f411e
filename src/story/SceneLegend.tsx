import { placeById } from '../data/queries';
import type { Role } from '../data/types';
import { LAYERS, ROLES, RoleSwatch, SYMBOLS } from '../legend/Legend';
import type { Scene } from './scenes';

/** The role entries for the countries a scene is about; all of them when it names none. */
function rolesShown(scene: Scene): typeof ROLES {
  const sets = scene.highlight.flatMap((id) => {
    const place = placeById(id);
    return place?.kind === 'country' && place.roles.length > 0 ? [[...new Set(place.roles.map((r) => r.role))]] : [];
  });
  if (sets.length === 0) return ROLES;
  const key = (roles: readonly Role[]) => [...roles].sort().join('+');
  const present = new Set(sets.map((roles) => (roles.length > 1 ? 'several' : key(roles))));
  return ROLES.filter(({ roles }) => present.has(roles.length > 1 ? 'several' : key(roles)));
}

/**
 * The projector's legend: only the layers the scene switches on, and only the country roles it
 * shows, with the explorer legend's own swatches. No switches: the scene decides the layers.
 */
export function SceneLegend({ scene }: { scene: Scene }) {
  const layers = LAYERS.filter(({ id }) => scene.layers.includes(id));
  return (
    <section class="scene-legend" aria-label="Key to the map">
      <ul class="scene-legend__list">
        {layers.flatMap(({ id, label }) =>
          id === 'countries'
            ? rolesShown(scene).map(({ roles, label: roleLabel }) => (
              <li key={`role-${roleLabel}`}><RoleSwatch roles={roles} />{roleLabel}</li>
            ))
            : [<li key={id}>{SYMBOLS[id]}{label}</li>],
        )}
      </ul>
    </section>
  );
}

