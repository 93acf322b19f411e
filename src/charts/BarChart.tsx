import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Citation } from '../cite/Citation';
import { mergeCites, paragraphLabel } from '../cite/format';
import { documents } from '../data/sources';
import { entityById } from '../data/queries';
import type { Figure } from '../data/types';
import { BAR, layoutChart, SWATCH, type Line, type RowLayout } from './layout';
import type { ChartSpec } from './specs';
import './charts.css';

const figureById = (id: string): Figure | undefined => {
  const entity = entityById(id);
  return entity?.kind === 'figure' ? entity.item : undefined;
};

/**
 * Every chart sits in the panel's column, so the width last measured is the next chart's too:
 * drawn at it from the start, a chart is not laid out again when its first measurement arrives.
 */
let lastWidth = 340;

/** The figure's width in px, so the SVG is drawn 1:1 and its text never shrinks below its set size. */
function useWidth() {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(lastWidth);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.floor(entry?.contentRect.width ?? 0);
      if (w <= 0) return;
      lastWidth = w;
      setWidth(w);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

const TextLine = ({ line }: { line: Line }) => (
  <text x={line.x} y={line.y} class="chart__text">
    {line.runs.map((run, i) => (
      <tspan key={i} class={run.bold ? 'chart__value' : undefined}>
        {run.text}
      </tspan>
    ))}
  </text>
);

function Row({ row, fadeId }: { row: RowLayout; fadeId: string }) {
  return (
    <g>
      {row.lines.map((line, i) => (
        <TextLine key={i} line={line} />
      ))}
      {row.parts.map((part) => (
        <rect key={part.figure.id} class={`chart__part chart__part--${part.tone}`} x={part.x} y={row.barY} width={part.width} height={BAR} rx={2} />
      ))}
      {row.fade && (
        // Starts under the bar's rounded end so no seam shows.
        <rect x={row.fade.x - 2} y={row.barY} width={row.fade.width + 2} height={BAR} fill={`url(#${fadeId})`} />
      )}
      {row.breakX !== undefined && (
        // A slanted gap: the conventional mark for a bar cut short.
        <path class="chart__break" d={`M${row.breakX} ${row.barY - 3}h6l-8 ${BAR + 6}h-6z`} />
      )}
      {row.legend.map((entry) =>
        entry.tone === null ? null : (
          <rect key={entry.figure.id} class={`chart__part chart__part--${entry.tone}`} x={0} y={entry.y - SWATCH + 1} width={SWATCH} height={SWATCH} />
        ),
      )}
    </g>
  );
}

/** A bar chart of figures from the fact base, with a table of the same numbers for screen readers. */
export function BarChart({ spec }: { spec: ChartSpec }) {
  const [ref, width] = useWidth();
  const id = useId();
  const chart = layoutChart(spec, figureById, width);
  if (!chart) return null;
  const cites = mergeCites(chart.figures.map((f) => f.cite));
  return (
    <figure class="chart" ref={ref}>
      <figcaption class="chart__title">{spec.title}</figcaption>
      <svg role="img" aria-labelledby={`${id}-t`} width={chart.width} height={chart.height} viewBox={`0 0 ${chart.width} ${chart.height}`}>
        <title id={`${id}-t`}>{`${spec.title}. Bar chart; the same figures follow as a table.`}</title>
        <defs>
          <linearGradient id={`${id}-fade`}>
            <stop offset="0" class="chart__fade-stop" />
            <stop offset="1" class="chart__fade-stop" stop-opacity="0" />
          </linearGradient>
        </defs>
        {chart.rows.map((row, i) => (
          <Row key={i} row={row} fadeId={`${id}-fade`} />
        ))}
      </svg>
      {/* Hidden in a box of its own: a table grows to its content whatever its width, and printed it widened the page. */}
      <div class="visually-hidden">
        <table>
          <caption>{spec.title}</caption>
          <thead>
            <tr>
              <th scope="col">As the source puts it</th>
              <th scope="col">What it counts</th>
              <th scope="col">When</th>
            </tr>
          </thead>
          <tbody>
            {chart.figures.map((f) => (
              <tr key={f.id}>
                <th scope="row">{f.display}</th>
                <td>{f.counts}</td>
                <td>{f.period}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chart.breakRatio !== undefined && (
        <p class="chart__note">The first bar is cut short: drawn to scale it would be about {chart.breakRatio} times as long as shown.</p>
      )}
      {spec.note && <p class="chart__note">{spec.note}</p>}
      <ul class="chart__sources">
        {cites.map((cite) => {
          const where = `${documents[cite.doc].dateText}, ${paragraphLabel(cite.doc, cite.para)}`;
          return (
            <li key={`${cite.doc}${cite.para}${cite.quote}`} class="chart__source">
              <span class="chart__where">{where}</span>
              <Citation cite={cite} about={`${spec.title}, ${where}`} />
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
