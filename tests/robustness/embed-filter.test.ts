// public/embed.js's message filter against its documented contract (the comment at its top), for
// any message fast-check can make: a frame's height changes only for a well-formed message from
// that frame's own window at its src's origin. The script runs as shipped, in this realm, against a
// host page of plain objects; robustness/embed-messages.spec.ts proves the same wiring in Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';

const SCRIPT = readFileSync(join(import.meta.dirname, '..', '..', 'public', 'embed.js'), 'utf8');
const TYPE = 'balkan-routes:height';
const FRAME_ORIGINS = ['https://explorer.example', 'http://127.0.0.1:4319'];

interface FakeFrame {
  src: string;
  contentWindow: { postMessage(): void };
  height: string | null;
  style: { height?: string };
  setAttribute(name: string, value: string): void;
}

/** A host page with two marked frames, embed.js started on it; returns the frames and its message listener. */
function hostPage() {
  const frames: FakeFrame[] = FRAME_ORIGINS.map((origin) => ({
    src: `${origin}/?embed&select=XK`,
    contentWindow: { postMessage() {} },
    height: null as string | null,
    style: {},
    setAttribute(name, value) {
      if (name === 'height') this.height = value;
    },
  }));
  let listener: ((event: { source: unknown; origin: string; data: unknown }) => void) | undefined;
  const window = { addEventListener: (type: string, fn: typeof listener) => type === 'message' && (listener = fn) };
  const document = { baseURI: 'https://host.example/briefing.html', querySelectorAll: () => frames };
  new Function('window', 'document', SCRIPT)(window, document);
  if (!listener) throw new Error('embed.js added no message listener');
  return { frames, listener };
}

/** The contract, read from embed.js's header rather than its code. */
function wellFormed(data: unknown): data is { height: number } {
  if (typeof data !== 'object' || data === null || Object.getPrototypeOf(data) !== Object.prototype) return false;
  const message = data as Record<string, unknown>;
  if (Object.keys(message).some((key) => !['type', 'height', 'id'].includes(key))) return false;
  const { type, height, id } = message;
  const heightOk = typeof height === 'number' && Number.isFinite(height) && height >= 100 && height <= 10_000;
  return type === TYPE && heightOk && (id === undefined || id === null || typeof id === 'string');
}

const fields = {
  type: fc.oneof({ weight: 3, arbitrary: fc.constant(TYPE) }, fc.constantFrom(`${TYPE}s`, TYPE.toUpperCase(), 'balkan-routes:measure'), fc.string()),
  height: fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: -100, max: 12_000 }) },
    fc.double(),
    fc.constantFrom(99.99, 100, 10_000, 10_000.01),
    fc.string(),
    fc.constant(null),
  ),
  id: fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.integer(), fc.object()),
};
const nearlyRight = fc.record(fields, { requiredKeys: ['type', 'height'], noNullPrototype: true });
const data = fc.oneof(
  { weight: 6, arbitrary: nearlyRight },
  // One key too many, an object without a prototype, an array, anything else at all.
  { weight: 1, arbitrary: fc.tuple(nearlyRight, fc.string(), fc.anything()).map(([m, key, value]) => ({ ...m, [key || 'extra']: value })) },
  { weight: 1, arbitrary: fc.record(fields, { requiredKeys: ['type', 'height'] }) },
  { weight: 1, arbitrary: nearlyRight.map((m) => [m.type, m.height]) },
  { weight: 1, arbitrary: fc.anything() },
);

it('sets a frame’s height only from a well-formed message from that frame at its origin', () => {
  let applied = 0;
  fc.assert(
    fc.property(
      data,
      fc.nat(2),
      fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...FRAME_ORIGINS) }, fc.constantFrom('https://stranger.example', 'null')),
      (message, from, origin) => {
        const { frames, listener } = hostPage();
        // The sender: one of the two frames, or a window that is not a marked frame's.
        const source = from < frames.length ? frames[from]!.contentWindow : { postMessage() {} };
        listener({ source, origin, data: message });
        const target = frames.find((f) => f.contentWindow === source);
        const applies = !!target && new URL(target.src).origin === origin && wellFormed(message);
        if (applies) applied++;
        for (const frame of frames) {
          const height = frame === target && applies ? String(Math.ceil((message as { height: number }).height)) : null;
          expect(frame.height).toBe(height);
          expect(frame.style.height).toBe(height === null ? undefined : `${height}px`);
        }
      },
    ),
    { numRuns: 2000 },
  );
  // The accepted case must be generated too, or the property only ever checks "ignored".
  expect(applied).toBeGreaterThan(20);
});
