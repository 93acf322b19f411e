import type { SourceDocument } from './documents';
import type { Citation, DocumentId, FactBase } from './types';
import { NUMBER_WORD } from './wording';

export interface NumberMention {
  doc: DocumentId;
  para: string;
  /** The numeral or number word as written. */
  text: string;
  index: number;
}

const NUMERAL = /\d(?:[\d,]*\d)?/g;

/** Every numeral and number word in the seeds, with where it stands. */
export function numberMentions(documents: Record<DocumentId, SourceDocument>): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const doc of Object.values(documents)) {
    for (const para of doc.paragraphs) {
      for (const pattern of [NUMERAL, NUMBER_WORD]) {
        for (const match of para.text.matchAll(pattern)) {
          mentions.push({ doc: doc.id, para: para.id, text: match[0], index: match.index });
        }
      }
    }
  }
  return mentions;
}

/** Matches a number as a whole token: "1" must not be found inside "2001". */
function standsAlone(token: string): RegExp {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w,])${escaped}(?![\\w]|,\\d)`);
}

/** The wording an item gives beside its quotes: names, displays, periods, dates, notes. */
function ownWords(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(ownWords);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, v]) => (key === 'quote' ? [] : ownWords(v)));
  }
  return [];
}

function citationsIn(value: unknown): Citation[] {
  if (Array.isArray(value)) return value.flatMap(citationsIn);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record.quote === 'string' && typeof record.para === 'string') return [record as unknown as Citation];
  return Object.values(record).flatMap(citationsIn);
}

/**
 * The mentions that neither an exclusion covers nor an item citing the same paragraph
 * states in its own words. Empty when the fact base covers the seeds.
 */
export function uncoveredMentions(mentions: NumberMention[], facts: FactBase, documents: Record<DocumentId, SourceDocument>): NumberMention[] {
  const wordsByParagraph = new Map<string, string>();
  for (const item of [...facts.places, ...facts.initiatives, ...facts.figures, ...facts.routes]) {
    const words = ownWords(item).join('\n').toLowerCase();
    for (const c of citationsIn(item)) {
      const key = `${c.doc}#${c.para}`;
      wordsByParagraph.set(key, `${wordsByParagraph.get(key) ?? ''}\n${words}`);
    }
  }
  const excluded = facts.exclusions.map((x) => {
    const text = documents[x.doc].paragraphs.find((p) => p.id === x.para)?.text ?? '';
    const start = text.indexOf(x.text);
    return { key: `${x.doc}#${x.para}`, start, end: start + x.text.length };
  });
  return mentions.filter((m) => {
    const key = `${m.doc}#${m.para}`;
    if (excluded.some((x) => x.key === key && x.start >= 0 && m.index >= x.start && m.index < x.end)) return false;
    return !standsAlone(m.text.toLowerCase()).test(wordsByParagraph.get(key) ?? '');
  });
}
