/**
 * Which figures each chart compares and where it appears. Numbers and wording come from
 * the fact base at render time; only figure ids live here.
 */
export interface ChartRow {
  /** A figure that sums up the row ("60 people charged") when its bar is split into parts. */
  head?: string;
  /** Figures drawn end to end in one bar, in order. */
  segments: string[];
}

export interface ChartSpec {
  id: string;
  /** 'funnel': a count and what followed from it; 'pair': the same count at two dates. */
  kind: 'funnel' | 'pair';
  title: string;
  rows: ChartRow[];
  /** A caveat on comparing the rows, in our words. */
  note?: string;
  /** Places and initiatives whose details show the chart. */
  shownFor: string[];
}

export const CHART_SPECS: ChartSpec[] = [
  {
    id: 'tpiu-2003',
    kind: 'funnel',
    title: 'What the TPIU’s raids in 2003 led to',
    rows: [
      { segments: ['tpiu-raids-2003'] },
      { segments: ['tpiu-closures-2003'] },
      { head: 'tpiu-charged-2003', segments: ['tpiu-convicted-2004', 'tpiu-released-2004', 'tpiu-awaiting-trial-2004'] },
    ],
    shownFor: ['XK', 'tpiu'],
  },
  {
    id: 'tpiu-staff',
    kind: 'pair',
    title: 'TPIU staff when set up and in 2004',
    rows: [{ segments: ['tpiu-staff-2000'] }, { segments: ['tpiu-international-staff-2004', 'tpiu-kps-staff-2004'] }],
    shownFor: ['XK', 'tpiu'],
  },
  {
    id: 'uk-ilo',
    kind: 'pair',
    title: 'UK Immigration Liaison Officers abroad',
    rows: [{ segments: ['uk-ilo-balkans-2002'] }, { segments: ['reflex-ilo-network-2004'] }],
    note: 'The two counts cover different areas: the 2002 answer counts officers in and around the Balkans, the 2004 evidence the Reflex network, mainly in Europe. The later figure is a lower bound, and the 2004 evidence does not date the network (“Reflex quickly set up”), so the two are not a time series.',
    shownFor: ['GB', 'ilo-balkans', 'ilo-europe', 'reflex', 'uk-liaison-officers'],
  },
];

/** Every figure id a chart draws, heads first. */
export function figureIdsOf(spec: ChartSpec): string[] {
  return spec.rows.flatMap((row) => [...(row.head === undefined ? [] : [row.head]), ...row.segments]);
}

/** Charts to show in the details of a place or initiative. */
export function chartsFor(id: string): ChartSpec[] {
  return CHART_SPECS.filter((spec) => spec.shownFor.includes(id));
}
