import { useEffect, useId } from 'preact/hooks';
import { TIME_MODE_IDS, TIME_MODES } from '../data/time';
import { pauseTimeline, playTimeline, setTimeMode, setYear } from '../store/actions';
import { FIRST_YEAR, LAST_YEAR } from '../store/explorer';
import { useExplorer } from '../store/useExplorer';
import { startTimelinePlayer } from './player';
import './timeline.css';

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

/**
 * The time window: a year slider (FIRST_YEAR to the chosen year) with Play/Pause. Floats over the map,
 * or sits inline above the table (`inline`). The playback timer lives in ./player, not here.
 */
export function Timeline({ inline = false }: { inline?: boolean }) {
  const year = useExplorer((s) => s.year);
  const time = useExplorer((s) => s.time);
  const playing = useExplorer((s) => s.timelinePlaying);
  const id = useId();
  useEffect(startTimelinePlayer, []);

  return (
    <section class={inline ? 'timeline timeline--inline' : 'timeline'} aria-labelledby={`${id}-heading`}>
      <div class="timeline__row">
        <button
          type="button"
          class="timeline__play"
          aria-label={playing ? 'Pause the timeline' : 'Play the timeline, one year at a time'}
          onClick={playing ? pauseTimeline : playTimeline}
        >
          <span aria-hidden="true" class="timeline__icon">
            {playing ? '❚❚' : '▶'}
          </span>
          {playing ? 'Pause' : 'Play'}
        </button>
        <div class="timeline__control">
          <label id={`${id}-heading`} for={`${id}-range`} class="timeline__label">
            Time window: {FIRST_YEAR} to <strong>{year}</strong>
          </label>
          <input
            id={`${id}-range`}
            class="timeline__range"
            type="range"
            min={FIRST_YEAR}
            max={LAST_YEAR}
            step={1}
            value={year}
            aria-valuetext={`Up to ${year}`}
            aria-describedby={`${id}-window`}
            onInput={(event) => {
              // Moving the slider by hand takes over from playback.
              if (playing) pauseTimeline();
              setYear(Number(event.currentTarget.value));
            }}
          />
          <div class="timeline__ticks" aria-hidden="true">
            {YEARS.map((y, i) => (
              <span key={y} class={y <= year ? 'timeline__tick is-in' : 'timeline__tick'} style={{ left: `${(100 * i) / (YEARS.length - 1)}%` }}>
                {y}
              </span>
            ))}
          </div>
        </div>
      </div>
      <div class="timeline__modes" role="radiogroup" aria-label="How the time window reads dates">
        {TIME_MODE_IDS.map((mode) => (
          <label key={mode} class="timeline__mode">
            <input type="radio" name={`${id}-mode`} checked={time === mode} onChange={() => setTimeMode(mode)} />
            {TIME_MODES[mode].label}
          </label>
        ))}
        <p id={`${id}-window`} class="timeline__window">
          {TIME_MODES[time].sentence(year)}.
        </p>
      </div>
    </section>
  );
}
