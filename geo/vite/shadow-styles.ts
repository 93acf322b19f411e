import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

// Virtual module ids for the stylesheets; the `.js` ending keeps Vite's CSS plugins off them.
const STYLE_PREFIX = '\0balkan-routes-shadow-style:';
const STYLE_SUFFIX = '.js';
const registry = fileURLToPath(new URL('../../src/app/shadow-styles.ts', import.meta.url));

/**
 * The web component's build (`--mode embed`): stylesheets imported for their side effect
 * (`import './panel.css'`) would be injected into the host page's <head>. Here each becomes its
 * text (`?inline`) handed to the shadow root's registry.
 */
export const shadowStyles = (): Plugin => ({
  name: 'balkan-routes:shadow-styles',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!importer || importer.endsWith('.css') || !/\.css$/.test(source)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && !resolved.external ? `${STYLE_PREFIX}${resolved.id}${STYLE_SUFFIX}` : null;
  },
  load(id) {
    if (!id.startsWith(STYLE_PREFIX)) return null;
    const file = id.slice(STYLE_PREFIX.length, -STYLE_SUFFIX.length);
    return `import css from ${JSON.stringify(`${file}?inline`)};\n` + `import { adoptStyle } from ${JSON.stringify(registry)};\n` + 'adoptStyle(css);\n';
  },
});
