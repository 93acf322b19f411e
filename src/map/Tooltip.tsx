import { entityById, nameOf } from '../data/queries';
import type { Entity } from '../data/queries';
import { useExplorer } from '../store/useExplorer';

/** "Destination and transit country", in the order the sources give the roles. */
export function rolesLine(entity: Entity): string | null {
  if (entity.kind !== 'place' || entity.item.roles.length === 0) return null;
  const words = [...new Set(entity.item.roles.map((r) => r.role))];
  const joined = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : words[0]!;
  const noun = entity.item.kind === 'country' ? 'country' : entity.item.kind === 'region' ? 'region' : 'place';
  return `${joined[0]!.toUpperCase()}${joined.slice(1)} ${noun}`;
}

/**
 * The hover card: what is under the pointer and how to learn more. Pointer-only and aria-hidden:
 * keyboard and screen-reader users reach the same facts through search and the panel.
 */
export function Tooltip() {
  const hover = useExplorer((s) => s.hover);
  const entity = hover ? entityById(hover.id) : undefined;
  if (!hover || !entity) return null;
  const roles = rolesLine(entity);
  const place = entity.kind === 'place' ? entity.item : undefined;
  const approximate = place && place.kind !== 'country' && place.precision !== 'exact' ? place.locationNote : undefined;
  // Flip to the left/top of the pointer past the middle, so the card never leaves the map.
  const style = {
    left: `${hover.x}px`,
    top: `${hover.y}px`,
    transform: `translate(${hover.x > 260 ? 'calc(-100% - 14px)' : '14px'}, ${hover.y > 160 ? 'calc(-100% - 10px)' : '10px'})`,
  };
  return (
    <div class="map-tooltip" style={style} aria-hidden="true" data-testid="map-tooltip">
      <strong class="map-tooltip__name">{nameOf(entity)}</strong>
      {roles && <span class="map-tooltip__roles">{roles}</span>}
      {approximate && <span class="map-tooltip__approx">Approximate location — {approximate}</span>}
      <span class="map-tooltip__hint">Click for sources</span>
    </div>
  );
}
