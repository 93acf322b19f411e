import type { Plugin, Rolldown } from 'vite';

/**
 * V8's explicit compile hint (https://v8.dev/blog/explicit-compile-hints). V8 honours it only as
 * the script's first line, so it goes in after Vite has prepended its preload map.
 */
export const COMPILE_ALL_ON_LOAD = '//# allFunctionsCalledOnLoad';

/** Puts the hint on an entry chunk's first line, moving its source map down the one line added. */
export function addCompileHint(bundle: Rolldown.OutputBundle): void {
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk' || !chunk.isEntry || chunk.code.startsWith(COMPILE_ALL_ON_LOAD)) continue;
    chunk.code = `${COMPILE_ALL_ON_LOAD}\n${chunk.code}`;
    if (!chunk.map) continue;
    chunk.map.mappings = `;${chunk.map.mappings}`;
    const asset = bundle[`${chunk.fileName}.map`];
    if (asset?.type === 'asset') asset.source = chunk.map.toString();
  }
}

/**
 * Vite plugin: the entry's functions compile while the script streams in, not on first call, so
 * the first selection does not pay to compile the panels (a cold place panel committed in 12–18 ms
 * without the hint, 5–10 ms with it). MapLibre's lazy chunk compiles as it runs.
 */
export function compileHints(): Plugin {
  return { name: 'balkan-routes:compile-hints', enforce: 'post', generateBundle: { order: 'post', handler: (_options, bundle) => addCompileHint(bundle) } };
}
