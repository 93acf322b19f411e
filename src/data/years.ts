import { ALWAYS, claimYears, documentYear, type ClaimYears } from './time.ts';
import type { Figure, Initiative, Place, Route } from './types.ts';

export type Dated =
  | { kind: 'place'; item: Place }
  | { kind: 'initiative'; item: Initiative }
  | { kind: 'figure'; item: Figure }
  | { kind: 'route'; item: Route };

/**
 * When an item counts under each reading of the time control (see ./time). Pure, so the geo
 * build and the benchmark's synthetic fact base date their features the way the app does.
 */
export function yearsOf(entity: Dated): ClaimYears {
  switch (entity.kind) {
    // A country is geography; what the sources say of it (its roles) is dated claim by claim.
    case 'place':
      return entity.item.kind === 'country'
        ? { reported: ALWAYS, happened: ALWAYS }
        : claimYears([...entity.item.roles.map((r) => r.cite), ...entity.item.cites], entity.item.date);
    // A plan ("will promote") counts from when it was announced, never as started.
    case 'initiative':
      return claimYears(entity.item.cites, entity.item.started);
    case 'figure':
      return { reported: documentYear(entity.item.cite.doc), happened: entity.item.year };
    case 'route':
      return claimYears([entity.item.cite]);
  }
}
