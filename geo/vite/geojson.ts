import type { Plugin } from 'vite';

/** geo/*.geojson are plain JSON: bundle them as modules. */
export const geojson = (): Plugin => ({
  name: 'balkan-routes:geojson',
  transform(code, id) {
    return id.endsWith('.geojson') ? { code: `export default JSON.parse(${JSON.stringify(code)});`, map: null } : null;
  },
});
