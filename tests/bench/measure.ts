// The benchmark's measurements, each on a page that bench-instrument installs: time to idle,
// pan frame intervals, selection and time-filter latency. Times are performance.now() ms in the page.
import type { Page } from '@playwright/test';

/**
 * Installed before any page script (addInitScript): records when the map first reports idle, when
 * WebGL last drew (so "the map has updated" can be told from outside without a global map), and
 * two firsts of the explorer's load: the SVG map's first shapes painted, and the first paint with
 * something to select on screen (a feature of the SVG map or a place in the panel's list).
 */
export function instrument(): void {
  const bench = { idleAt: 0, lastDraw: 0, svgPaintAt: Number.NaN, selectableAt: Number.NaN };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  new MutationObserver(() => {
    if (bench.idleAt || !document.querySelector('[data-testid=map][data-map-state=idle]')) return;
    bench.idleAt = performance.now();
    performance.mark('bench:map-idle');
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'] });
  // rAF runs just before the paint; a message posted from it is handled just after, once the main
  // thread is free again, which is also when a click could first be handled.
  const afterPaint = (done: (at: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(null);
    });
  const seen = { svg: false, selectable: false };
  const firsts = new MutationObserver(() => {
    if (!seen.svg && document.querySelector('.livemap svg path')) {
      seen.svg = true;
      afterPaint((at) => (bench.svgPaintAt = at));
    }
    if (!seen.selectable && document.querySelector('.livemap [data-id], aside .entity-button')) {
      seen.selectable = true;
      afterPaint((at) => (bench.selectableAt = at));
    }
    if ((seen.svg && seen.selectable) || bench.idleAt) firsts.disconnect();
  });
  firsts.observe(document, { childList: true, subtree: true });
  const proto = WebGL2RenderingContext.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced']) {
    const draw = proto[name]!;
    proto[name] = function (this: unknown, ...args: unknown[]) {
      bench.lastDraw = performance.now();
      return draw.apply(this, args);
    };
  }
}

export interface LoadTimes {
  /** Navigation start → the map's first idle with every layer loaded (data-map-state="idle"). */
  idle: number;
  /** → the SVG map's first shapes painted; NaN on the bare page, which has none. */
  svgPaint: number;
  /** → the first paint with a selectable feature or list entry on screen; NaN on the bare page. */
  selectable: number;
}

export async function loadTimes(page: Page, url: string): Promise<LoadTimes> {
  await page.goto(url);
  await page.locator('[data-testid=map][data-map-state=idle]').waitFor({ timeout: 120_000 });
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { idleAt: number; svgPaintAt: number; selectableAt: number } }).__bench;
    return { idle: b.idleAt, svgPaint: b.svgPaintAt, selectable: b.selectableAt };
  });
}

/** p95 of the frame intervals while the map is dragged 300 px right and back, in 40 timed steps. */
export async function panFrameP95(page: Page): Promise<number> {
  const box = (await page.getByTestId('map').boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.evaluate(() => {
    const frames: number[] = [];
    const w = window as unknown as { __frames: number[]; __framing: boolean };
    w.__frames = frames;
    w.__framing = true;
    const tick = (t: number) => {
      frames.push(t);
      if (w.__framing) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(x - 150, y);
  await page.mouse.down();
  for (let i = 0; i <= 40; i++) {
    await page.mouse.move(x - 150 + 300 * (i <= 20 ? i / 20 : (40 - i) / 20), y);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framing: boolean };
    w.__framing = false;
    return w.__frames;
  });
  return percentile(
    frames.slice(1).map((t, i) => t - frames[i]!),
    0.95,
  );
}

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
    const w = window as unknown as { __watch: Promise<Sample>; __renderPasses: [number, number][] };
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
        // rAF runs just before the paint; a message posted from it is handled just after.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const end = performance.now();
            const commit = w.__renderPasses.filter(([from, to]) => from >= start && to <= end).reduce((sum, [from, to]) => sum + to - from, 0);
            done({ latency: end - start, commit });
          };
          channel.port2.postMessage(null);
        });
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
    const places = page.locator('aside section').filter({ hasText: 'Places in the sources' }).getByRole('listitem').getByRole('button');
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
 * Latency of `count` time-window changes from the keyboard on the timeline slider: to the slider's
 * label (and the panel, rendered with it) painted, with Preact's share, and to the map's last draw.
 */
export async function timeFilterChanges(page: Page, count: number): Promise<{ panel: Samples; map: number[] }> {
  const slider = page.getByRole('slider').first();
  const result = { panel: noSamples(), map: [] as number[] };
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
    // The map redraws over several frames (sources re-filter in the worker): it has settled once it
    // has drawn since the key press and then drawn nothing for 300 ms.
    result.map.push(
      await page.evaluate(async () => {
        const w = window as unknown as { __t0: number; __bench: { lastDraw: number } };
        const drawn = () => w.__bench.lastDraw >= w.__t0;
        while ((!drawn() && performance.now() - w.__t0 < 10_000) || performance.now() - w.__bench.lastDraw < 300) {
          await new Promise((r) => setTimeout(r, 50));
        }
        return drawn() ? w.__bench.lastDraw - w.__t0 : Number.NaN;
      }),
    );
  }
  return result;
}

/** Nearest-rank percentile: `percentile(xs, 0.5)` is the median. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}
