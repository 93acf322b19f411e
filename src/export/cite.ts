import { entityById, nameOf } from '../data/queries';
import { documents, licence } from '../data/sources';
import type { ExplorerState } from '../store/explorer';
import { toQuery } from '../store/url';

type ViewState = Parameters<typeof toQuery>[0];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "23 November 2025", in the reader's own calendar day; no Intl, so the text is the same on every machine. */
function dayText(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

/**
 * The link to this view: the page address without its old query or hash, then the state's query.
 * Uses the whole href rather than origin + path because a page opened from file:// has the origin "null".
 */
export function viewUrl(state: ViewState, pageHref: string): string {
  const query = toQuery(state);
  return `${pageHref.replace(/[?#].*$/s, '')}${query ? `?${query}` : ''}`;
}

/** The view's heading: "Balkan Routes Explorer: Kosovo", or just the app's name for the overview. */
export function viewTitle(selection: ExplorerState['selection']): string {
  const entity = selection === null ? undefined : entityById(selection);
  return entity ? `Balkan Routes Explorer: ${nameOf(entity)}` : 'Balkan Routes Explorer';
}

/**
 * Each source in parliamentary form: its reference exactly as seeds/documents.json gives it, with the
 * title in front where the reference does not already name it.
 */
function sourceCitations(): string[] {
  return Object.values(documents).map(({ title, reference }) =>
    reference.toLowerCase().includes(title.toLowerCase()) ? `${reference}.` : `“${title}”, ${reference}.`,
  );
}

/**
 * "Cite this view": the view's link with the day it was accessed, both sources and the licence line.
 * `today` is passed in so tests (and a citation copied near midnight) are predictable.
 */
export function citeView(state: ViewState, pageHref: string, today: Date): { url: string; text: string } {
  const url = viewUrl(state, pageHref);
  const text = [
    `${viewTitle(state.selection)}. ${url} (accessed ${dayText(today)}).`,
    '',
    'Sources:',
    ...sourceCitations(),
    '',
    `${licence.attribution}.`,
  ].join('\n');
  return { url, text };
}
