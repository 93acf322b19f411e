// Bench-only instrumentation, never part of the app's own build: the bench's builds (./build.ts)
// append an import of this file to src/main.tsx. It times each Preact render pass, from its first
// diff to the end of its commit (layout effects included), through Preact's options hooks, so what
// a selection costs the panels is measured apart from the map's GL frame and the browser's style
// and layout. Preact's build mangles the hook names: `_diff` is `__b`, `_commit` is `__c`
// (node_modules/preact/src/diff/index.js calls both).
import { options } from 'preact';

interface RenderHooks {
  __b?: (vnode: unknown) => void;
  __c?: (root: unknown, commitQueue: unknown[]) => void;
}
const hooks = options as typeof options & RenderHooks;

/** One [start, end] per render pass, in performance.now() ms; measure.ts reads them. */
const passes: [number, number][] = [];
(window as unknown as { __renderPasses: typeof passes }).__renderPasses = passes;

let start = 0;
const diff = hooks.__b;
hooks.__b = (vnode) => {
  if (start === 0) start = performance.now();
  diff?.(vnode);
};
const commit = hooks.__c;
hooks.__c = (root, commitQueue) => {
  commit?.(root, commitQueue);
  passes.push([start, performance.now()]);
  start = 0;
};
