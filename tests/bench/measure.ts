// The benchmark's interaction measurements on an instrumented page (page-load.ts): selection by
// map click and from the list, and time-filter changes. Times are performance.now() ms in the page.
import type { Page } from '@playwright/test';

/** One interaction: input event → the change painted, and the Preact render passes in between, summed. */
export interface Sample {
  latency: number;
  commit: number;
}
export interface Samples {
  latency: number[];
  commit: number[];
}

/**
 * Arms a watch for the next change of the panel's heading (or the timeline's label): it resolves,
 * after the frame that shows the change has been painted, with the time from the input event
 * (pointerdown or keydown) that caused it to that paint, and the time Preact spent rendering and
 * committing in between (tests/bench/commit-hook.ts), which leaves out the map's GL frame.
 */
async function armWatch(page: Page, what: 'panel' | 'timeline' = 'panel'): Promise<void> {
  await page.evaluate((target) => {
    const w = window as unknown as {
      __watch: Promise<Sample>;
      __renderPasses: [number, number][];
      scheduler: { postTask: (task: () => void, options: { priority: 'user-blocking' }) => void };
    };
    const text = () =>
      (target === 'panel' ? document.querySelector('aside h2') : document.querySelector<HTMLInputElement>('input[type=range]')?.labels?.[0])?.textContent ?? '';
    const before = text();
    let start = 0;
    const onInput = (e: Event) => {
      if (!start) start = e.timeStamp;
    };
    addEventListener('pointerdown', onInput, { capture: true, once: true });
    addEventListener('keydown', onInput, { capture: true, once: true });
    w.__watch = new Promise((done) => {
      // A click that missed (or a change that never came) must not hang the run: it counts as no sample.
      setTimeout(() => done({ latency: Number.NaN, commit: Number.NaN }), 10_000);
      const observer = new MutationObserver(() => {
        if (text() === before) return;
        observer.disconnect();
        // rAF runs just before the paint; a user-blocking task posted from it runs just after. A
        // plain task (a MessageChannel message) is no end: while MapLibre redraws in software,
        // Chromium runs the map's frames first, and such a message came up to 800 ms after a slider
        // frame that the Event Timing entry (as INP uses) had presented at 56 ms.
        requestAnimationFrame(() =>
          w.scheduler.postTask(
            () => {
              const end = performance.now();
              const commit = w.__renderPasses.filter(([from, to]) => from >= start && to <= end).reduce((sum, [from, to]) => sum + to - from, 0);
              done({ latency: end - start, commit });
            },
            { priority: 'user-blocking' },
          ),
        );
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, what);
}
const watched = (page: Page) => page.evaluate(() => (window as unknown as { __watch: Promise<Sample> }).__watch);
function pushFinite(into: Samples, value: Sample): void {
  if (!Number.isFinite(value.latency)) return;
  into.latency.push(value.latency);
  into.commit.push(value.commit);
}
const noSamples = (): Samples => ({ latency: [], commit: [] });

/** Points on the map where the cursor says a click selects something, with what each selects. */
export async function clickablePoints(page: Page): Promise<{ x: number; y: number; name: string }[]> {
  const box = (await page.getByTestId('map').boundingBox())!;
  const found: { x: number; y: number; name: string }[] = [];
  for (let row = 1; row < 8 && found.length < 6; row++) {
    for (let col = 1; col < 12 && found.length < 6; col++) {
      const [x, y] = [box.x + (box.width * col) / 12, box.y + (box.height * row) / 8];
      await page.mouse.move(x, y);
      const hit = await page.evaluate(
        ([px, py]) => {
          const canvas = document.querySelector<HTMLCanvasElement>('[data-testid=map] canvas');
          return document.elementFromPoint(px!, py!) === canvas && canvas?.style.cursor === 'pointer';
        },
        [x, y],
      );
      if (!hit) continue;
      await page.mouse.click(x, y);
      const name = (await page.locator('aside h2').textContent()) ?? '';
      if (!found.some((f) => f.name === name) && name !== 'Overview') found.push({ x, y, name });
    }
  }
  return found;
}

/**
 * Latency of `count` selections by clicking map features in turn. A click selects without moving
 * the camera, so the points stay on their features as long as the view is the one they were found in.
 */
export async function mapSelections(page: Page, points: { x: number; y: number; name: string }[], count: number): Promise<Samples> {
  const times = noSamples();
  let current = (await page.locator('aside h2').textContent()) ?? '';
  for (let i = 0; i < 2 * count && times.latency.length < count && points.length > 1; i++) {
    const point = points[i % points.length]!;
    if (point.name === current) continue;
    await armWatch(page);
    await page.mouse.click(point.x, point.y);
    pushFinite(times, await watched(page));
    current = point.name;
  }
  return times;
}

/** Latency of `count` selections from the overview's list of places, returning to the overview between. */
export async function listSelections(page: Page, count: number): Promise<Samples> {
  const times = noSamples();
  const back = page.getByRole('button', { name: 'Back to overview' });
  if (await back.isVisible()) await back.click();
  for (let i = 0; i < count; i++) {
    const section = page.locator('aside section').filter({ hasText: 'Places in the sources' });
    // Groups longer than a list start closed (src/panel/Overview.tsx): opened first, untimed, so
    // both scales pick from lists of the same shape (their first places, 50 at most).
    const closed = section.getByRole('heading', { level: 4 }).getByRole('button', { expanded: false });
    while ((await closed.count()) > 0) await closed.first().click();
    const places = section.getByRole('listitem').getByRole('button');
    const button = places.nth((i * 7) % (await places.count()));
    await armWatch(page);
    await button.click();
    pushFinite(times, await watched(page));
    await back.click();
    await page.locator('aside h2', { hasText: 'Overview' }).waitFor();
  }
  return times;
}

/**
 * Waits for the map to settle after the key press at window.__t0 (with `drawn`, only once it has
 * drawn since): it has then, for 100 ms, asked for no frame and been owed nothing by its workers
 * (page-load.ts), as MapLibre's own idle has it. Resolves with its last draw after the key press,
 * or NaN. Each change starts from that quiet page. Until 1 December a gap of 300 ms between draws
 * was taken for settled, but at 100× the map redraws for seconds (sources re-filter in the workers,
 * symbols fade in) at about 300 ms a software frame, and a change that came while it was still
 * fading in waited up to a second for the frame in progress.
 */
function mapSettled(page: Page, drawn: boolean): Promise<number> {
  return page.evaluate(async (mustDraw) => {
    const w = window as unknown as { __t0: number; __bench: { lastDraw: number; workerRequests: Set<string>; frames: Set<number> } };
    const hasDrawn = () => w.__bench.lastDraw >= w.__t0;
    const busy = () => w.__bench.frames.size > 0 || w.__bench.workerRequests.size > 0;
    let quietSince = Number.NaN;
    while (performance.now() - w.__t0 < 10_000) {
      const now = performance.now();
      if ((mustDraw && !hasDrawn()) || busy()) quietSince = Number.NaN;
      else if (Number.isNaN(quietSince)) quietSince = now;
      else if (now - quietSince >= 100) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    return hasDrawn() ? w.__bench.lastDraw - w.__t0 : Number.NaN;
  }, drawn);
}

/**
 * Latency of `count` time-window changes from the keyboard on the timeline slider: to the slider's
 * label (and the panel, rendered with it) painted, with Preact's share, and to the map's last draw.
 */
export async function timeFilterChanges(page: Page, count: number): Promise<{ panel: Samples; map: number[] }> {
  const slider = page.getByRole('slider').first();
  const result = { panel: noSamples(), map: [] as number[] };
  // The last selection's redraw is no part of the first change.
  await page.evaluate(() => {
    (window as unknown as { __t0: number }).__t0 = performance.now();
  });
  await mapSettled(page, false);
  for (let i = 0; i < count; i++) {
    await page.evaluate(() => {
      const w = window as unknown as { __t0: number };
      addEventListener(
        'keydown',
        (e) => {
          w.__t0 = e.timeStamp;
        },
        { capture: true, once: true },
      );
    });
    await armWatch(page, 'timeline');
    await slider.press(i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
    pushFinite(result.panel, await watched(page));
    result.map.push(await mapSettled(page, true));
  }
  return result;
}
