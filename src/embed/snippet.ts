import { YEAR_SPAN } from '../data/vocab';

/** The iframe's accessible name; hosts should keep it so screen-reader users know what the frame holds. */
export const EMBED_TITLE = `Map: trafficking routes in the Balkans in UK parliamentary records, ${YEAR_SPAN}`;

/** Query keys an embed carries over. The reader and table views, and story steps, belong to the full explorer. */
const VIEW_KEYS = ['select', 'year', 'layers', 'camera'] as const;

/** Safe inside a double- or single-quoted HTML attribute value. */
function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A picture of the view for the component's fallback: a data: URL and what it shows, in words. */
export interface FallbackImage {
  src: string;
  alt: string;
  width: number;
  height: number;
}

export interface Snippets {
  /** The frame alone: works on any page, at a fixed height of 480 px. */
  iframe: string;
  /** Optional script that resizes every `iframe[data-balkan-routes]` on the page to its content. */
  autosize: string;
  /**
   * The `<balkan-routes-map>` element and the module script that defines it. Inside the element, a
   * link to the view (with its picture when given) shows until the script defines the element, and
   * stays where scripts are blocked; the component's shadow root has no slot, so it then hides it.
   */
  component: string;
}

/**
 * The HTML an author pastes to show the view `query` (a `toQuery` string) of the explorer at `appUrl`.
 * Example: `embedSnippets('https://example.org/routes/', 'select=XK').iframe`
 * → `<iframe data-balkan-routes src="https://example.org/routes/?embed&amp;select=XK" …></iframe>`.
 */
export function embedSnippets(appUrl: string, query: string, image?: FallbackImage): Snippets {
  const params = new URLSearchParams(query);
  const kept = VIEW_KEYS.flatMap((key) => {
    const value = params.get(key);
    return value === null ? [] : [[key, value] as [string, string]];
  });
  // Commas read better than %2C in a pasted link, and are safe in a query value.
  const search = new URLSearchParams(kept).toString().replace(/%2C/g, ',');
  const base = new URL(appUrl);
  base.search = '';
  base.hash = '';
  const src = `${base.href}?embed${search ? `&${search}` : ''}`;
  const attributes = kept.map(([key, value]) => ` ${key}="${attr(value)}"`).join('');
  const view = `${base.href}${search ? `?${search}` : ''}`;
  const picture = image
    ? `<img src="${attr(image.src)}" alt="${attr(image.alt)}" width="${image.width}" height="${image.height}" style="max-width:100%;height:auto">`
    : `${attr(EMBED_TITLE)}`;
  const fallback = `<a href="${attr(view)}">${picture}</a>`;
  return {
    iframe:
      `<iframe data-balkan-routes src="${attr(src)}" title="${attr(EMBED_TITLE)}" ` + `width="100%" height="480" style="border:0" loading="lazy"></iframe>`,
    autosize: `<script src="${attr(new URL('embed.js', base).href)}" async></script>`,
    component:
      `<script type="module" src="${attr(new URL('balkan-routes.js', base).href)}"></script>\n` +
      `<balkan-routes-map${attributes}>${fallback}</balkan-routes-map>`,
  };
}
