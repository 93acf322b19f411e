import { LAYERS, ROLES, RoleSwatch, SYMBOLS } from '../legend/Legend';
import type { Scene } from '../data/scenes';

/**
 * The projector's legend: only the layers the scene switches on, with the explorer legend's own
 * swatches, in one or two lines. No switches: the scene decides the layers. Every role is named
 * when countries are shown, since neighbours of the subject are coloured too.
 */
export function SceneLegend({ scene }: { scene: Scene }) {
  const layers = LAYERS.filter(({ id }) => scene.layers.includes(id));
  return (
    <section class="scene-legend" aria-label="Key to the map">
      <ul class="scene-legend__list">
        {layers.flatMap(({ id, label }) =>
          id === 'countries'
            ? ROLES.map(({ roles, label: roleLabel }) => (
                <li key={`role-${roleLabel}`}>
                  <RoleSwatch roles={roles} />
                  {roleLabel}
                </li>
              ))
            : [
                <li key={id}>
                  {SYMBOLS[id]}
                  {label}
                </li>,
              ],
        )}
      </ul>
    </section>
  );
}
