import { SUBJECTS } from '../data/subjects';
import { documentDateText, type TimeMode } from '../data/time';
import { useMemo } from 'preact/hooks';
import { Citation } from '../cite/Citation';
import { facts } from '../data/factBase';
import { entityById, nameOf, placeById, visibleIn, type Entity } from '../data/queries';
import type { Citation as Cite, Figure, Initiative, Place, Route } from '../data/types';
import { select, setYear } from '../store/actions';
import { LAST_YEAR } from '../store/explorer';
import { useExplorer } from '../store/useExplorer';
import { Timeline } from '../timeline/Timeline';
import { SortableTable, type Column } from './SortableTable';
import './table.css';

const placeNames = (ids: string[]) => ids.map((id) => placeById(id)?.name ?? id).join(', ');

/** Names select their item and, through `select`, bring the map back with the item in view. */
function NameButton({ id, label }: { id: string; label: string }) {
  return (
    <button type="button" class="data-table__name" onClick={() => select(id)}>
      {label}
    </button>
  );
}

function Source({ cite, about }: { cite: Cite | undefined; about: string }) {
  return cite ? <Citation cite={cite} about={about} /> : <span aria-label="No citation">—</span>;
}

const source = <T,>(citeOf: (row: T) => Cite | undefined, about: (row: T) => string): Column<T> => ({
  id: 'source',
  label: 'Source',
  cell: (row) => <Source cite={citeOf(row)} about={about(row)} />,
});

const PLACE_COLUMNS: Column<Place>[] = [
  { id: 'name', label: 'Name', rowHeader: true, sortValue: (p) => p.name, cell: (p) => <NameButton id={p.id} label={p.name} /> },
  { id: 'sourceName', label: 'As the source writes it', sortValue: (p) => p.sourceName, cell: (p) => p.sourceName },
  { id: 'kind', label: 'Kind', sortValue: (p) => p.kind, cell: (p) => p.kind },
  {
    id: 'roles',
    label: 'Roles',
    sortValue: (p) => p.roles.map((r) => r.role).join(', '),
    cell: (p) => p.roles.map((r) => (r.note ? `${r.role} (${r.note})` : r.role)).join(', ') || '—',
  },
  {
    id: 'approximate',
    label: 'Location',
    sortValue: (p) => (p.precision === 'exact' ? 'exact' : 'approximate'),
    cell: (p) => (p.precision === 'exact' ? 'Exact' : `Approximate (${p.precision})${p.locationNote ? `: ${p.locationNote}` : ''}`),
  },
  source(
    (p) => p.roles[0]?.cite ?? p.cites[0],
    (p) => p.name,
  ),
];

const INITIATIVE_COLUMNS: Column<Initiative>[] = [
  { id: 'name', label: 'Name', rowHeader: true, sortValue: (i) => i.name, cell: (i) => <NameButton id={i.id} label={i.name} /> },
  { id: 'acronym', label: 'Acronym', sortValue: (i) => i.acronym, cell: (i) => i.acronym ?? '—' },
  { id: 'kind', label: 'Kind', sortValue: (i) => i.kind, cell: (i) => i.kind },
  { id: 'lead', label: 'Lead', sortValue: (i) => i.lead, cell: (i) => i.lead ?? '—' },
  {
    id: 'started',
    label: 'Started',
    sortValue: (i) => (i.started ? i.started.year * 10000 + (i.started.month ?? 0) * 100 + (i.started.day ?? 0) : null),
    cell: (i) => i.started?.text ?? '—',
  },
  { id: 'places', label: 'Places', sortValue: (i) => placeNames(i.places), cell: (i) => placeNames(i.places) || '—' },
  source(
    (i) => i.cites[0],
    (i) => i.name,
  ),
];

const FIGURE_COLUMNS: Column<Figure>[] = [
  { id: 'wording', label: 'Figure', rowHeader: true, sortValue: (f) => f.value, cell: (f) => <NameButton id={f.id} label={f.display} /> },
  { id: 'counts', label: 'What it counts', sortValue: (f) => f.counts, cell: (f) => f.counts },
  { id: 'period', label: 'Period', sortValue: (f) => f.year, cell: (f) => f.period },
  { id: 'stated', label: 'Stated', sortValue: (f) => f.stated, cell: (f) => f.stated },
  { id: 'places', label: 'Places', sortValue: (f) => placeNames(f.places), cell: (f) => placeNames(f.places) || '—' },
  {
    id: 'initiative',
    label: 'Initiative',
    sortValue: (f) => initiativeName(f.initiative),
    cell: (f) => initiativeName(f.initiative) ?? '—',
  },
  source(
    (f) => f.cite,
    (f) => `${f.display} ${f.counts}`,
  ),
];

const ROUTE_COLUMNS: Column<Route>[] = [
  { id: 'route', label: 'Route', rowHeader: true, sortValue: (r) => r.label, cell: (r) => <NameButton id={r.id} label={r.label} /> },
  { id: 'path', label: 'From, to', sortValue: (r) => placeNames(r.path), cell: (r) => placeNames(r.path) },
  { id: 'subject', label: 'Subject', sortValue: (r) => SUBJECTS[r.subject].label, cell: (r) => SUBJECTS[r.subject].label },
  { id: 'stated', label: 'Stated', sortValue: (r) => r.cite.doc, cell: (r) => documentDateText(r.cite.doc) },
  source(
    (r) => r.cite,
    (r) => r.label,
  ),
];

function initiativeName(id: string | undefined): string | undefined {
  const entity = id ? entityById(id) : undefined;
  return entity ? nameOf(entity) : undefined;
}

/** The items of one collection that fall in the time window. */
function shown<T extends { id: string }>(items: T[], year: number, time: TimeMode): T[] {
  return items.filter((item) => {
    const entity: Entity | undefined = entityById(item.id);
    return entity ? visibleIn(entity, year, time) : true;
  });
}

interface FactTableProps<T> {
  /** The collection: the table's id and the word for its items. */
  name: 'places' | 'initiatives' | 'figures' | 'routes';
  title: string;
  all: T[];
  /** The items in the time window. */
  rows: T[];
  columns: Column<T>[];
  sortBy: string;
  year: number;
}

/** One collection's table, captioned with how many of its items the time window shows. */
function FactTable<T extends { id: string }>({ name, title, all, rows, columns, sortBy, year }: FactTableProps<T>) {
  const caption = rows.length === all.length ? `${title} (${all.length})` : `${title} (${rows.length} of ${all.length}, up to ${year})`;
  return (
    <SortableTable
      id={`table-${name}`}
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      initialSort={{ column: sortBy, direction: 'ascending' }}
      empty={`No ${name} in this time window.`}
    />
  );
}

/** The table view: the map's full text alternative, one sortable table per kind of fact. */
export function TableView() {
  const year = useExplorer((s) => s.year);
  const time = useExplorer((s) => s.time);
  const rows = useMemo(
    () => ({
      places: shown(facts.places, year, time),
      initiatives: shown(facts.initiatives, year, time),
      figures: shown(facts.figures, year, time),
      routes: shown(facts.routes, year, time),
    }),
    [year, time],
  );
  const total = facts.places.length + facts.initiatives.length + facts.figures.length + facts.routes.length;
  const hidden = total - rows.places.length - rows.initiatives.length - rows.figures.length - rows.routes.length;

  return (
    <section class="table-view" aria-labelledby="table-view-heading">
      <h2 id="table-view-heading">Everything on the map, as tables</h2>
      <p class="table-view__intro">Each row gives its source. Activate a name to select it and return to the map.</p>
      <Timeline inline />
      <p class="table-view__note">
        <span role="status">{hidden > 0 ? `${hidden} ${hidden === 1 ? 'item' : 'items'} from later years ${hidden === 1 ? 'is' : 'are'} hidden.` : ''}</span>
        {hidden > 0 && (
          <button type="button" class="button-outline table-view__all" onClick={() => setYear(LAST_YEAR)}>
            Show all years
          </button>
        )}
      </p>
      <FactTable name="places" title="Places" all={facts.places} rows={rows.places} columns={PLACE_COLUMNS} sortBy="name" year={year} />
      <FactTable
        name="initiatives"
        title="Initiatives and organisations"
        all={facts.initiatives}
        rows={rows.initiatives}
        columns={INITIATIVE_COLUMNS}
        sortBy="started"
        year={year}
      />
      <FactTable name="figures" title="Figures" all={facts.figures} rows={rows.figures} columns={FIGURE_COLUMNS} sortBy="period" year={year} />
      <FactTable name="routes" title="Routes" all={facts.routes} rows={rows.routes} columns={ROUTE_COLUMNS} sortBy="route" year={year} />
    </section>
  );
}
