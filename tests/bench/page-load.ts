// The benchmark's page-load measurements: what `instrument` records (time to idle, the SVG map's
// first paint, the first possible selection) and pan frame intervals. Times are performance.now() ms in the page.
import type { Page } from '@playwright/test';
import { percentile } from './percentile';

/**
 * Installed before any page script (addInitScript): records when the map first reports idle, when
 * WebGL last drew and how many requests MapLibre's workers still owe (so "the map has updated" can
 * be told from outside without a global map), and two firsts of the explorer's load: the SVG map's
 * first shapes painted, and the first paint with something to select on screen (a feature of the
 * SVG map or a place in the panel's list).
 */
export function instrument(): void {
  const bench = { idleAt: 0, lastDraw: 0, svgPaintAt: Number.NaN, selectableAt: Number.NaN, workerRequests: new Set<string>(), frames: new Set<number>() };
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
  // MapLibre's actor (src/util/actor.ts) sends each request as { id, type } and gets back
  // { id, type: '<response>' }, or withdraws it with '<cancel>'. At 100× a re-filter keeps the
  // workers busy for over a second with gaps of more than 300 ms between draws, so quiet frames
  // alone do not say the map is done.
  type ActorMessage = { id?: unknown; type?: unknown } | null;
  const listening = new WeakSet<Worker>();
  const post = Worker.prototype.postMessage as (this: Worker, message: ActorMessage, ...rest: unknown[]) => void;
  Worker.prototype.postMessage = function (this: Worker, message: ActorMessage, ...rest: unknown[]) {
    if (!listening.has(this)) {
      listening.add(this);
      this.addEventListener('message', (event: MessageEvent<ActorMessage>) => {
        if (event.data?.type === '<response>') bench.workerRequests.delete(String(event.data.id));
      });
    }
    if (typeof message?.id === 'string' && typeof message.type === 'string' && message.type !== '<response>') {
      if (message.type === '<cancel>') bench.workerRequests.delete(message.id);
      else bench.workerRequests.add(message.id);
    }
    return post.call(this, message, ...rest);
  } as typeof Worker.prototype.postMessage;
  // MapLibre asks for a frame while it has anything left to draw (tiles, fades, transitions) and
  // for none once idle; frames asked for and not yet run are how that shows from outside.
  const raf = window.requestAnimationFrame.bind(window);
  const caf = window.cancelAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => {
    const id = raf((time) => {
      bench.frames.delete(id);
      callback(time);
    });
    bench.frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    bench.frames.delete(id);
    caf(id);
  };
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

/**
 * p95 of the frame intervals while the map is dragged 300 px right and back, in 20 timed steps
 * (each draws a frame in software: 40 steps took 12 s a page, half the bench's bare-page time).
 */
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
  for (let i = 0; i <= 20; i++) {
    await page.mouse.move(x - 150 + 300 * (i <= 10 ? i / 10 : (20 - i) / 10), y);
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
