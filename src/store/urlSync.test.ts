// The URL sync's history writes, with the browser's location and history stood in for: what is
// written, in which order, and when (just after the frame that shows the change).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { story } from '../story/story';
import { select, setYear } from './actions';
import { explorer, initialState } from './explorer';
import { startUrlSync } from './urlSync';

let writes: [string, string][];
let frames: (() => void)[];
let stop: () => void;

beforeEach(() => {
  vi.useFakeTimers();
  writes = [];
  frames = [];
  const location = { pathname: '/', search: '', hash: '' };
  const record = (method: string) => (_state: unknown, _title: string, url: string) => {
    writes.push([method, url]);
    location.search = url.slice(1);
  };
  vi.stubGlobal('location', location);
  vi.stubGlobal('history', { pushState: record('push'), replaceState: record('replace') });
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
  vi.stubGlobal('addEventListener', () => {});
  vi.stubGlobal('removeEventListener', () => {});
  explorer.setState(initialState, true);
  stop = startUrlSync(story);
});
afterEach(() => {
  stop();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** The next frame is drawn, then the tasks after it run. */
function drawFrame(): void {
  for (const run of frames.splice(0)) run();
  vi.advanceTimersByTime(0);
}

describe('startUrlSync', () => {
  it('writes nothing while the input is handled, and the URL just after the next frame', () => {
    setYear(2002);
    expect(writes).toEqual([]);
    drawFrame();
    expect(writes).toEqual([['replace', '/?year=2002']]);
  });

  it('keeps one history entry per selection, each with what changed after it before the frame', () => {
    select('XK');
    setYear(2003);
    select('RO');
    drawFrame();
    expect(writes.map(([method, url]) => [method, new URLSearchParams(url.slice(2)).get('select'), new URLSearchParams(url.slice(2)).get('year')])).toEqual([
      ['push', 'XK', '2003'],
      ['push', 'RO', '2003'],
    ]);
  });

  it('writes in a hidden tab too, which draws no frames', () => {
    setYear(2001);
    vi.advanceTimersByTime(250);
    expect(writes).toEqual([['replace', '/?year=2001']]);
  });
});
