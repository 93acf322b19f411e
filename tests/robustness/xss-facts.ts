// The real fact base with markup and script in every free-text field (never in quotes, which
// must stay verbatim in the seeds, nor in the source's own wording the claim rules match against
// them: a place's sourceName, a lead, a date's text), for xss.spec.ts. Generated from the real one so it follows it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/data/load-node';
import type { FactBase } from '../../src/data/types';

/** Each would set window.__pwned if it ever reached the DOM or a link as markup. */
export const PAYLOAD = {
  img: '<img src=x onerror=window.__pwned=1>',
  script: '<script>window.__pwned=1</script>',
  link: 'javascript:window.__pwned=1',
} as const;
const { img, script, link } = PAYLOAD;

export function xssFactBase(): FactBase {
  const read = <K extends keyof FactBase>(name: K) => JSON.parse(readFileSync(join(ROOT, 'src', 'data', 'facts', `${name}.json`), 'utf8')) as FactBase[K];
  return {
    places: read('places').map((p) => ({
      ...p,
      name: `${p.name} ${img}`,
      context: `${p.context ?? ''} ${script}`,
      ...(p.locationNote ? { locationNote: `${p.locationNote} ${link}` } : {}),
      roles: p.roles.map((r) => ({ ...r, note: `${r.note ?? ''} ${img}` })),
    })),
    initiatives: read('initiatives').map((i) => ({
      ...i,
      name: `${i.name} ${img}`,
      summary: `${i.summary} ${link}`,
      partners: [...(i.partners ?? []), img],
      ...(i.acronym ? { acronym: `${i.acronym}${script}` } : {}),
    })),
    figures: read('figures').map((f) => ({ ...f, counts: `${f.counts} ${img}`, period: `${f.period} ${script}` })),
    routes: read('routes').map((r) => ({ ...r, label: `${r.label} ${script}` })),
    exclusions: read('exclusions').map((x) => ({ ...x, reason: `${x.reason} ${img}` })),
  };
}
