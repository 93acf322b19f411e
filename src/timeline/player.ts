import { pauseTimeline, setYear } from '../store/actions';
import { explorer, FIRST_YEAR, LAST_YEAR } from '../store/explorer';

/** One year per step; the map's own transitions fit inside it. */
const STEP_MS = 1200;
/**
 * With prefers-reduced-motion, Play still steps (the reader asked for it, and nothing slides or
 * fades: the timeline's CSS drops its transitions) but on a slower cadence, so each year's change
 * is a calm swap the reader has time to take in rather than a rapid sequence of flashes.
 */
const REDUCED_STEP_MS = 2400;

let timer: ReturnType<typeof setTimeout> | null = null;
let started = false;

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function stop(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
}

function scheduleStep(): void {
  stop();
  timer = setTimeout(
    () => {
      timer = null;
      const { year, timelinePlaying } = explorer.getState();
      if (!timelinePlaying) return;
      if (year >= LAST_YEAR) return pauseTimeline();
      setYear(year + 1);
      // Stop on the last year rather than loop: the end state is "everything", a natural resting point.
      if (year + 1 >= LAST_YEAR) pauseTimeline();
      else scheduleStep();
    },
    reducedMotion() ? REDUCED_STEP_MS : STEP_MS,
  );
}

/**
 * Drives playback from the store: `timelinePlaying` turning on starts the steps (from FIRST_YEAR
 * when already at the end), turning off stops them. Idempotent, so every Timeline may call it.
 */
export function startTimelinePlayer(): void {
  if (started) return;
  started = true;
  explorer.subscribe((state, prev) => {
    if (state.timelinePlaying === prev.timelinePlaying) return;
    if (!state.timelinePlaying) return stop();
    if (state.year >= LAST_YEAR) setYear(FIRST_YEAR);
    scheduleStep();
  });
}
