import { citationsOf, entityById } from '../data/queries';
import type { Citation } from '../data/types';
import type { QuoteRef, Scene } from '../data/scenes';

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

/**
 * The scene's quotes as fact-base citations, in the order the scene lists them. A quote another of
 * them already contains (two items citing one sentence at different lengths) is listed once, as the
 * longer quote, so the audience never reads the same sentence twice.
 */
export function sceneQuotes(scene: Scene): Citation[] {
  const cites = scene.quotes.map(resolveQuote).filter((c): c is Citation => c !== undefined);
  return cites.filter(
    (c, i) =>
      !cites.some(
        (other, j) =>
          j !== i && other.doc === c.doc && other.para === c.para && other.quote.includes(c.quote) && (other.quote.length > c.quote.length || j < i),
      ),
  );
}
