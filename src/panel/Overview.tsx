import { useId, useMemo, useState } from 'preact/hooks';
import { documents, licence } from '../data/sources';
import type { Place } from '../data/types';
import { countWord, DOCUMENT_IDS, FIRST_YEAR, LAST_YEAR, RECORDS } from '../data/vocab';
import { openReader, select } from '../store/actions';
import { useExplorer } from '../store/useExplorer';
import { type PlaceGroup as PlaceGroupIn, placeGroupsIn } from './groups';
import { HiddenNote, Section, useFirst } from './parts';

/** With nothing selected: what the map shows, its sources, and every place as a keyboard path into the map. */
export function Overview() {
  const year = useExplorer((s) => s.year);
  const time = useExplorer((s) => s.time);
  const places = placeGroupsIn(year, time);
  // The same groups for the same window (./groups memoises them): the same vnode, which Preact does not diff again.
  const list = useMemo(() => <PlaceGroups groups={places.groups} />, [places.groups]);

  return (
    <article class="overview">
      <h2 class="panel__heading" tabIndex={-1}>
        Overview
      </h2>
      <p class="overview__lede">
        The map shows what {RECORDS} say about trafficking of women and girls in and through the Balkans between {FIRST_YEAR} and {LAST_YEAR}: where the records
        say people were trafficked from and into, the police units and projects set up against it, and the figures those records give. Where a record speaks of
        illegal immigration instead, the map says so and draws it apart (grey, gridded, dashed). Every mark links to the sentence it comes from.
      </p>
      <p class="overview__note">
        <strong>Content note.</strong> The sources discuss trafficking for sexual exploitation. Nothing here describes or counts individual victims beyond the
        totals the records themselves give.
      </p>

      <Section title={`The ${countWord(DOCUMENT_IDS.length)} sources`}>
        <ul class="source-list">
          {Object.values(documents).map((doc) => (
            <li key={doc.id} class="source">
              <p class="source__type">
                {doc.type} · {doc.dateText}
              </p>
              <h4 class="source__title">{doc.title}</h4>
              <dl class="facts">
                <dt>Reference</dt>
                <dd>{doc.reference}</dd>
                <dt>Asked by</dt>
                <dd>{doc.askedBy}</dd>
                <dt>Answered by</dt>
                <dd>{doc.answeredBy}</dd>
              </dl>
              <button type="button" class="source__read" onClick={() => openReader(doc.id)}>
                Read the source<span class="visually-hidden">: {doc.title}</span>
              </button>
            </li>
          ))}
        </ul>
        <p class="overview__licence">{licence.attribution}.</p>
      </Section>

      <Section title="Places in the sources">
        {list}
        <HiddenNote count={places.hidden} what={places.hidden === 1 ? 'place' : 'places'} />
      </Section>
    </article>
  );
}

function PlaceGroups({ groups }: { groups: PlaceGroupIn[] }) {
  return <>{groups.map((group) => (group.long ? <LongPlaceGroup key={group.title} {...group} /> : <PlaceGroup key={group.title} {...group} />))}</>;
}

function PlaceGroup({ title, places }: PlaceGroupIn) {
  return (
    <div class="place-group">
      <h4 class="place-group__title">{title}</h4>
      <PlaceList places={places} title={title} />
    </div>
  );
}

/**
 * A group with more places than a list shows at once: closed at first, saying how many the window
 * holds. Closed, a move of the timeline changes one number here, not fifty buttons; open, it lists
 * its places as a short group does, and the search box finds any one by name.
 */
function LongPlaceGroup({ title, places }: PlaceGroupIn) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div class="place-group">
      <h4 class="place-group__title">
        <button type="button" class="place-group__toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {title}{' '}
          <span class="place-group__count">
            {places.length.toLocaleString('en-GB')} {places.length === 1 ? 'place' : 'places'}
          </span>
        </button>
      </h4>
      <div id={id} hidden={!open}>
        {open && <PlaceList places={places} title={title} />}
      </div>
    </div>
  );
}

/** A group's places as buttons; past LIST_LIMIT, the first of them and "show all 67 sites". */
function PlaceList({ places, title }: { places: Place[]; title: string }) {
  const [first, more] = useFirst(places, title.toLowerCase());
  return (
    <>
      <ul class="entity-list">
        {first.map((place) => (
          <li key={place.id}>
            <button type="button" class="entity-button" onClick={() => select(place.id)}>
              {place.name}
            </button>
          </li>
        ))}
      </ul>
      {more}
    </>
  );
}
