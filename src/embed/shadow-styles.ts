/**
 * Every stylesheet the web component's modules import, as text, in import order. The component
 * build (vite.embed.config.ts) turns each `import './x.css'` into a call to `adoptStyle`, so the
 * CSS lands in the component's shadow root instead of the host page; the app build never calls it.
 */
export const shadowStyles: string[] = [];

/** Called by the code vite.embed.config.ts generates; never imported by hand. */
export function adoptStyle(css: string): void {
  if (!shadowStyles.includes(css)) shadowStyles.push(css);
}
