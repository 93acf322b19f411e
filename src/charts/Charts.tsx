import { entityById, visibleIn } from '../data/queries';
import { useExplorer } from '../store/useExplorer';
import { BarChart } from './BarChart';
import { chartsFor, figureIdsOf } from './specs';

/** The charts for a place or initiative, each shown only once all its figures are inside the time window. */
export function ChartsFor({ id }: { id: string }) {
  const year = useExplorer((s) => s.year);
  const time = useExplorer((s) => s.time);
  const specs = chartsFor(id).filter((spec) =>
    figureIdsOf(spec).every((figureId) => {
      const entity = entityById(figureId);
      return entity !== undefined && visibleIn(entity, year, time);
    }),
  );
  return (
    <>
      {specs.map((spec) => (
        <BarChart key={spec.id} spec={spec} />
      ))}
    </>
  );
}
