// Second build: <balkan-routes-map> as dist/balkan-routes.js, next to the app the first build wrote.
//   vite build && vite build -c vite.embed.config.ts
// Not library mode: that inlines every asset as base64, and the MapLibre worker must stay a file
// that the script finds beside itself (`base: './'` makes asset URLs relative to import.meta.url).
import { fileURLToPath } from 'node:url';
import { mergeConfig, type Plugin, type UserConfig } from 'vite';
import app from './vite.config';

// Virtual module ids for the stylesheets; the `.js` ending keeps Vite's CSS plugins off them.
const STYLE_PREFIX = '\0balkan-routes-shadow-style:';
const STYLE_SUFFIX = '.js';
const registry = fileURLToPath(new URL('./src/embed/shadow-styles.ts', import.meta.url));

/**
 * Stylesheets imported for their side effect (`import './panel.css'`) would be injected into the
 * host page's <head>. Here each becomes its text (`?inline`) handed to the shadow root's registry.
 */
const shadowStyles = (): Plugin => ({
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
    return (
      `import css from ${JSON.stringify(`${file}?inline`)};\n` +
      `import { adoptStyle } from ${JSON.stringify(registry)};\n` +
      'adoptStyle(css);\n'
    );
  },
});

const component: UserConfig = {
  plugins: [shadowStyles()],
  // public/ (embed.js) was copied by the first build.
  publicDir: false,
  build: {
    // Adds to the dist/ the first build wrote rather than wiping it.
    emptyOutDir: false,
    // The SVG map draws at once; MapLibre follows in a lazy chunk of its own.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: { 'balkan-routes': fileURLToPath(new URL('./src/embed/web-component.tsx', import.meta.url)) },
      // Chunks apart from the app's assets/, so the app's size budgets count only the app.
      output: { entryFileNames: '[name].js', chunkFileNames: 'component/[name]-[hash].js' },
    },
  },
};

export default mergeConfig(app as UserConfig, component);
