import { referenceOf } from '../cite/format';
import { sceneQuotes } from './quotes';
import type { Scene } from '../data/scenes';

/** A scene's quotes, numbered, each with its parliamentary reference: the handout's and the presenter's list. */
export function SceneQuotes({ scene, listClass, refClass }: { scene: Scene; listClass: string; refClass: string }) {
  return (
    <ol class={listClass}>
      {sceneQuotes(scene).map((cite) => (
        <li key={`${cite.doc}#${cite.para}#${cite.quote}`}>
          <q>{cite.quote}</q>
          <span class={refClass}>{referenceOf(cite)}</span>
        </li>
      ))}
    </ol>
  );
}
