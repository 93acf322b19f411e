import { useMemo, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { facts } from '../data/factBase';
import { entityById, visibleIn } from '../data/queries';
import type { TimeMode } from '../data/time';
import { ITEMS } from '../data/vocab';
import { select } from '../store/actions';
import { useExplorer } from '../store/useExplorer';
import { buildIndex, search, type SearchEntry } from './index';
import './search.css';

/** Built once at module load: the fact base is fixed for the life of the page. */
const INDEX = buildIndex(facts);
const LISTBOX = 'search-results';
const optionId = (index: number) => `search-option-${index}`;

/**
 * One box across places, initiatives, figures and routes, following the WAI-ARIA combobox pattern
 * (list autocomplete): focus stays in the input, aria-activedescendant points at the active option.
 */
export function Search() {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const year = useExplorer((s) => s.year);
  const time = useExplorer((s) => s.time);
  const results = useMemo(() => search(INDEX, query), [query]);
  const expanded = open && results.length > 0;
  const noMatch = open && query.trim() !== '' && results.length === 0;

  const choose = (entry: SearchEntry) => {
    select(entry.id);
    setQuery(entry.label);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLInputElement>) => {
    const count = results.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setOpen(true);
      // From a closed list, Down lands on the first option and Up on the last, as the APG example does.
      setActive((current) => (!expanded || current < 0 ? (step > 0 ? 0 : count - 1) : (current + step + count) % count));
    } else if (event.key === 'Enter') {
      // Enter with no active option takes the best match, so "type, Enter" works without arrowing.
      const entry = expanded ? results[Math.max(active, 0)] : undefined;
      if (entry) {
        event.preventDefault();
        choose(entry);
      }
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  return (
    <div class="search" role="search">
      <label class="visually-hidden" for="search-input">
        Search places, initiatives and figures
      </label>
      <input
        id="search-input"
        class="search__input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        placeholder="Search places, initiatives, figures"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={LISTBOX}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={LISTBOX} class="search__list" role="listbox" aria-label="Search results" hidden={!expanded}>
        {expanded &&
          results.map((entry, index) => (
            <li
              key={entry.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              class="search__option"
              // Keeps focus in the input so the click lands before blur closes the list.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(entry)}
              onMouseMove={() => index !== active && setActive(index)}
            >
              <span class="search__label">{entry.label}</span>
              <span class="search__detail">
                <span class="search__kind">{ITEMS[entry.kind].label}</span> {entry.detail}
                {laterThan(entry.id, year, time) && <span class="search__later"> · not shown up to {year}</span>}
              </span>
            </li>
          ))}
      </ul>
      {noMatch && <p class="search__empty">No place, initiative or figure matches “{query.trim()}”.</p>}
      <p class="visually-hidden" role="status" aria-live="polite">
        {expanded ? `${results.length} result${results.length === 1 ? '' : 's'}; use the arrow keys to choose.` : ''}
      </p>
    </div>
  );
}

/** Whether an item lies beyond the time window, so the result can say why the map won't show it. */
function laterThan(id: string, year: number, time: TimeMode): boolean {
  const entity = entityById(id);
  return entity !== undefined && !visibleIn(entity, year, time);
}
