import { SUBJECTS } from '../data/subjects';
import { documentDateText } from '../data/time';
import type { Entity } from '../data/queries';
import type { FactBase } from '../data/types';

/** One searchable item: what the result list shows, and the normalised text it is found by. */
export interface SearchEntry {
  id: string;
  kind: Entity['kind'];
  /** The item's name as lists show it. */
  label: string;
  /** A short line under the label: the kind of place, a figure's wording and period… */
  detail: string;
  /** Normalised names that rank first on an exact hit: name, source name, acronym, id. */
  names: string[];
  /** Normalised descriptive text: context, summary, counts, period, route path. */
  about: string;
  /** Normalised verbatim quotes the item cites. */
  quotes: string;
}

/**
 * Lower-case, without diacritics, punctuation or thousands separators, spaces collapsed, so that
 * "Sarejevo", "2,047" → "2047", "£200,000" → "200000" and "Türkiye" → "turkiye" match typed queries.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\d)[,.](?=\d{3}\b)/g, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const joined = (parts: (string | undefined)[]) => normalise(parts.filter(Boolean).join(' '));

/** Builds the search index from the fact base; call once. */
export function buildIndex(facts: FactBase): SearchEntry[] {
  const placeName = new Map(facts.places.map((p) => [p.id, p.name]));
  const names = (ids: string[]) => ids.map((id) => placeName.get(id) ?? id);
  const entries: SearchEntry[] = [];
  for (const p of facts.places) {
    entries.push({
      id: p.id,
      kind: 'place',
      label: p.name,
      detail: p.sourceName !== p.name ? `${p.kind} · the source writes “${p.sourceName}”` : p.kind,
      names: [p.name, p.sourceName, p.id].map(normalise),
      about: joined([p.context, p.locationNote, ...p.roles.flatMap((r) => [r.role, r.note])]),
      quotes: joined([...p.roles.map((r) => r.cite.quote), ...p.cites.map((c) => c.quote)]),
    });
  }
  for (const i of facts.initiatives) {
    entries.push({
      id: i.id,
      kind: 'initiative',
      label: i.acronym ? `${i.name} (${i.acronym})` : i.name,
      detail: i.started ? `${i.kind} · ${i.started.text}` : i.kind,
      names: [i.name, i.acronym ?? '', i.id].filter(Boolean).map(normalise),
      about: joined([i.summary, i.lead, ...(i.partners ?? []), ...names(i.places)]),
      quotes: joined(i.cites.map((c) => c.quote)),
    });
  }
  for (const f of facts.figures) {
    entries.push({
      id: f.id,
      kind: 'figure',
      label: `${f.display} ${f.counts}`,
      detail: f.period,
      names: [f.display, String(f.value), f.id].map(normalise),
      about: joined([f.counts, f.period, f.unit, ...names(f.places)]),
      quotes: normalise(f.cite.quote),
    });
  }
  for (const r of facts.routes) {
    entries.push({
      id: r.id,
      kind: 'route',
      label: r.label,
      detail: `${SUBJECTS[r.subject].label} · ${documentDateText(r.cite.doc)}`,
      names: [r.label, r.id].map(normalise),
      about: joined(names(r.path)),
      quotes: normalise(r.cite.quote),
    });
  }
  return entries;
}

const startsWord = (text: string, query: string) => text.startsWith(query) || text.includes(` ${query}`);

/** Lower is better; null when the entry does not match. */
function rank(entry: SearchEntry, query: string, words: string[]): number | null {
  if (entry.names.includes(query)) return 0;
  if (entry.names.some((n) => n.startsWith(query))) return 1;
  if (entry.names.some((n) => startsWord(n, query))) return 2;
  if (entry.names.some((n) => n.includes(query))) return 3;
  if (startsWord(entry.about, query)) return 4;
  if (startsWord(entry.quotes, query)) return 5;
  const all = `${entry.names.join(' ')} ${entry.about} ${entry.quotes}`;
  if (words.every((w) => startsWord(all, w))) return 6;
  if (all.includes(query)) return 7;
  return null;
}

const KIND_ORDER: Record<Entity['kind'], number> = { place: 0, initiative: 1, figure: 2, route: 3 };

/**
 * Ranked matches for a typed query: exact names and acronyms first, then name prefixes, then
 * descriptions, then the quoted sentences. Example: `search(index, 'tpiu')[0].id` → the TPIU.
 */
export function search(index: readonly SearchEntry[], typed: string, limit = 10): SearchEntry[] {
  const query = normalise(typed.slice(0, 200));
  if (query.length === 0) return [];
  const words = query.split(' ');
  return index
    .map((entry, order) => ({ entry, order, score: rank(entry, query, words) }))
    .filter((hit): hit is { entry: SearchEntry; order: number; score: number } => hit.score !== null)
    .sort((a, b) => a.score - b.score || KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] || a.order - b.order)
    .slice(0, limit)
    .map((hit) => hit.entry);
}
