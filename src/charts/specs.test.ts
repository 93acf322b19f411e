import { describe, expect, it } from 'vitest';
import { entityById } from '../data/queries';
import { CHART_SPECS, figureIdsOf } from './specs';
import { layoutChart } from './layout';

describe('chart specs', () => {
  it.each(CHART_SPECS.map((spec) => [spec.id, spec] as const))('%s names figures and places that are in the fact base', (_, spec) => {
    for (const id of figureIdsOf(spec)) expect(entityById(id)?.kind, `figure ${id}`).toBe('figure');
    for (const id of spec.shownFor) expect(['place', 'initiative'], `shownFor ${id}`).toContain(entityById(id)?.kind);
  });

  it('splits the TPIU charged bar into outcomes that add up to those charged', () => {
    const figure = (id: string) => {
      const entity = entityById(id);
      return entity?.kind === 'figure' ? entity.item : undefined;
    };
    const chart = layoutChart(CHART_SPECS.find((s) => s.id === 'tpiu-2003')!, figure, 320)!;
    expect(chart.rows[2]!.parts.map((p) => p.figure.id)).toEqual(['tpiu-convicted-2004', 'tpiu-released-2004', 'tpiu-awaiting-trial-2004']);
    expect(chart.rows[0]!.breakX).toBeDefined();
  });
});
