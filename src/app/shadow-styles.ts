/**
 * Every stylesheet the web component's modules import, as text, in import order. The component
 * build (`--mode embed`, geo/vite/shadow-styles.ts) turns each `import './x.css'` into a call to `adoptStyle`, so the
 * CSS lands in the component's shadow root instead of the host page; the app build never calls it.
 */
export const shadowStyles: string[] = [];

const listeners = new Set<(css: string) => void>();

/** Calls `listener` with each stylesheet that arrives later, with a lazily loaded chunk (MapLibre's). Returns the unsubscribe. */
export function onLateStyle(listener: (css: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by the code geo/vite/shadow-styles.ts generates; never imported by hand. */
export function adoptStyle(css: string): void {
  if (shadowStyles.includes(css)) return;
  shadowStyles.push(css);
  listeners.forEach((listener) => listener(css));
}
