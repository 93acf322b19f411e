import { paragraphLabel } from '../cite/format';
import type { SourceDocument } from '../data/documents';
import { licence } from '../data/sources';
import type { DocumentId, FactBase } from '../data/types';

/** Column headings, in order; one row per figure follows. */
const HEADER = [
  'id',
  'wording',
  'value',
  'lower bound',
  'unit',
  'what it counts',
  'period',
  'year',
  'stated in',
  'places',
  'place ids',
  'initiative',
  'initiative id',
  'document reference',
  'paragraph',
  'paragraph id',
  'verbatim quote',
  'licence',
] as const;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR that hides one) as a formula,
 * so such fields get a leading apostrophe (OWASP's CSV-injection advice). No quote in the fact
 * base starts that way, so quotes stay verbatim; csv.test.ts checks both.
 */
function defused(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote a field holding a comma, a double quote or a line break, doubling its quotes. */
function field(value: string | number): string {
  const text = defused(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Every figure in the fact base as RFC 4180 CSV (CRLF line ends), with its places' names, its
 * initiative, and where the sources state it, quoted verbatim.
 * Example: `figuresCsv(facts, documents).split('\r\n')[0]` → `id,wording,value,…`.
 */
export function figuresCsv(
  facts: Pick<FactBase, 'figures' | 'places' | 'initiatives'>,
  documents: Record<DocumentId, Pick<SourceDocument, 'reference'>>,
): string {
  const placeName = new Map(facts.places.map((p) => [p.id, p.name]));
  const initiativeName = new Map(facts.initiatives.map((i) => [i.id, i.acronym ? `${i.name} (${i.acronym})` : i.name]));
  const rows = facts.figures.map((f) => [
    f.id,
    f.display,
    f.value,
    f.atLeast ? 'yes' : '',
    f.unit,
    f.counts,
    f.period,
    f.year,
    f.stated,
    f.places.map((id) => placeName.get(id) ?? id).join('; '),
    f.places.join('; '),
    f.initiative ? (initiativeName.get(f.initiative) ?? f.initiative) : '',
    f.initiative ?? '',
    documents[f.cite.doc].reference,
    paragraphLabel(f.cite.doc, f.cite.para),
    f.cite.para,
    f.cite.quote,
    licence.attribution,
  ]);
  return [HEADER, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
