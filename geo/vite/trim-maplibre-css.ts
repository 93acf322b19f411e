import type { Plugin } from 'vite';

/**
 * Controls and overlays the explorer never creates. Their rules carry most of maplibre-gl.css's
 * weight (the logo and control icons are inline SVG), so the build leaves them out.
 */
const UNUSED =
  /maplibregl-(ctrl-logo|ctrl-geolocate|ctrl-fullscreen|ctrl-shrink|ctrl-terrain|ctrl-globe|ctrl-compass|ctrl-scale|popup|marker|user-location|pseudo-fullscreen)/;

/** Keeps a rule's selectors that can match; drops the rule when none can. */
function trimRule(selectors: string, body: string): string {
  const kept = selectors.split(',').filter((s) => !UNUSED.test(s));
  return kept.length === 0 ? '' : `${kept.join(',')}{${body}}`;
}

/** Trims a stylesheet of rules and at-rule blocks (one level of nesting, as maplibre-gl.css has). */
export function trimMaplibreCss(css: string): string {
  return css.replace(
    /(@[^{]+)\{((?:[^{}]*\{[^{}]*\})*)\s*\}|([^{}@]+)\{([^{}]*)\}/g,
    (_all, atRule?: string, inner?: string, selectors?: string, body?: string) => {
      if (atRule === undefined) return trimRule(selectors ?? '', body ?? '');
      if (atRule.startsWith('@keyframes')) return /maplibregl-user-location/.test(atRule) ? '' : _all;
      const kept = (inner ?? '').replace(/([^{}]+)\{([^{}]*)\}/g, (_r, s: string, b: string) => trimRule(s, b));
      return kept.trim() === '' ? '' : `${atRule}{${kept}}`;
    },
  );
}

/** Vite plugin: serves maplibre-gl.css without the rules for controls the explorer does not use. */
export function trimMaplibreStyles(): Plugin {
  return {
    name: 'balkan-routes:trim-maplibre-css',
    enforce: 'pre',
    transform(code, id) {
      return /maplibre-gl\/dist\/maplibre-gl\.css(\?|$)/.test(id) ? { code: trimMaplibreCss(code), map: null } : null;
    },
  };
}
