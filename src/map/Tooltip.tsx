import { referenceOf } from '../cite/format';
import { entityById, nameOf } from '../data/queries';
import { SUBJECTS } from '../data/subjects';
import { reasonsFor } from '../data/why';
import { useExplorer } from '../store/useExplorer';

/**
 * The hover card — "why is this drawn?": what is under the pointer, each claim that draws it with
 * its subject, its date and its sentence. Pointer-only and aria-hidden: keyboard and screen-reader
 * users reach the same claims in the panel, which says the same through the same reasons.
 */
export function Tooltip() {
  const hover = useExplorer((s) => s.hover);
  const year = useExplorer((s) => s.year);
  const time = useExplorer((s) => s.time);
  const entity = hover ? entityById(hover.id) : undefined;
  if (!hover || !entity) return null;
  const reasons = reasonsFor(entity, year, time);
  // Flip to the left/top of the pointer past the middle, so the card never leaves the map.
  const style = {
    left: `${hover.x}px`,
    top: `${hover.y}px`,
    transform: `translate(${hover.x > 260 ? 'calc(-100% - 14px)' : '14px'}, ${hover.y > 200 ? 'calc(-100% - 10px)' : '10px'})`,
  };
  return (
    <div class="map-tooltip" style={style} aria-hidden="true" data-testid="map-tooltip">
      <strong class="map-tooltip__name">{nameOf(entity)}</strong>
      {reasons.map((reason) => (
        <div key={reason.cite.quote + reason.claim} class="map-tooltip__reason" data-subject={reason.subject}>
          <span class="map-tooltip__claim">{reason.claim}</span>
          {reason.subject && <span class="map-tooltip__subject">{SUBJECTS[reason.subject].label}</span>}
          <span class="map-tooltip__when">{reason.when}</span>
          <q class="map-tooltip__quote">{reason.cite.quote}</q>
          <span class="map-tooltip__ref">{referenceOf(reason.cite)}</span>
          {reason.caveat && <span class="map-tooltip__approx">{reason.caveat}</span>}
        </div>
      ))}
      <span class="map-tooltip__hint">Click for sources</span>
    </div>
  );
}
