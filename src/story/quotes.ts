import { citationsOf, entityById } from '../data/queries';
import type { Citation } from '../data/types';
import type { QuoteRef, Scene } from './scenes';

/**
 * The one citation of `ref.from` whose quote contains `ref.says`; undefined when the item is
 * unknown or the fragment matches no citation or several different ones.
 */
export function resolveQuote(ref: QuoteRef): Citation | undefined {
  const entity = entityById(ref.from);
  if (!entity) return undefined;
  const matches = citationsOf(entity).filter((c) => c.quote.includes(ref.says));
  const distinct = matches.filter((c, i) => matches.findIndex((d) => d.doc === c.doc && d.para === c.para && d.quote === c.quote) === i);
  return distinct.length === 1 ? distinct[0] : undefined;
}

/** The scene's quotes as fact-base citations, in the order the scene lists them. */
export function sceneQuotes(scene: Scene): Citation[] {
  return scene.quotes.map(resolveQuote).filter((c): c is Citation => c !== undefined);
}
