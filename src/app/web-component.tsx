// <balkan-routes-map>: the embed as a custom element, built to dist/balkan-routes.js by
// `vite build --mode embed`. Its shadow root holds all of its CSS, so host styles stay out and ours stay in.
import { render } from 'preact';
import baseCss from './base.css?inline';
import { applyView } from '../store/actions';
import { initialState, LAST_YEAR } from '../store/explorer';
import { parseQuery } from '../store/url';
import { EmbedApp } from './EmbedApp';
import { onLateStyle, shadowStyles } from './shadow-styles';

/** Attributes that set the view; they read exactly like the explorer's query parameters. */
const VIEW_ATTRIBUTES = ['select', 'year', 'layers', 'camera', 'theme', 'plain', 'static'] as const;

/**
 * `all: initial` stops the host page's inherited text styles (colour, size, font) at the element;
 * then base.css's page-level tokens and resets apply to the shadow root instead of the document.
 */
const HOST_CSS = `:host { all: initial; display: block; }\n${baseCss.replace(/:root\b/g, ':host')}`;

/** The full explorer sits beside this script in dist/. */
const APP_URL = new URL(/* @vite-ignore */ './', import.meta.url).href;

/**
 * The app has one store, so one element per page drives it; any further element says so rather
 * than mirroring the first. Pages that need several maps can use iframes.
 */
let active: BalkanRoutesMap | null = null;

class BalkanRoutesMap extends HTMLElement {
  static observedAttributes = [...VIEW_ATTRIBUTES, 'height'];
  #mount: HTMLDivElement | null = null;

  connectedCallback(): void {
    if (!this.#mount) {
      const root = this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = [HOST_CSS, ...shadowStyles].join('\n');
      onLateStyle((css) => style.append(`\n${css}`));
      this.#mount = document.createElement('div');
      root.append(style, this.#mount);
    }
    if (active && active !== this) {
      render(
        <p class="embed-only-one">Only one Balkan Routes map can be shown per page; this page already has one. Use the iframe embed for more.</p>,
        this.#mount,
      );
      return;
    }
    active = this;
    this.#applyView();
    this.#applyHeight();
    render(<EmbedApp appUrl={APP_URL} narrow={this.getBoundingClientRect().width < 800} />, this.#mount);
  }

  disconnectedCallback(): void {
    if (this.#mount) render(null, this.#mount);
    if (active === this) active = null;
  }

  attributeChangedCallback(name: string): void {
    // Also called for the initial attributes before connection; connectedCallback applies those.
    if (active !== this) return;
    if (name === 'height') this.#applyHeight();
    else this.#applyView();
  }

  /** Runs the attributes through the explorer's own URL parser, so they accept and report what links do. */
  #applyView(): void {
    const params = new URLSearchParams();
    for (const name of VIEW_ATTRIBUTES) {
      const value = this.getAttribute(name);
      if (value !== null) params.set(name, value);
    }
    const { state, embedLook, notices } = parseQuery(params.toString());
    // One store write, so the map redraws once per attribute change.
    applyView({
      layers: state.layers ?? initialState.layers,
      year: state.year ?? LAST_YEAR,
      selection: state.selection ?? null,
      fit: true,
      ...(state.camera ? { camera: state.camera } : {}),
      embedLook,
      notices,
    });
  }

  /** `height` is the map's height in CSS pixels; the panel and credit add their own below it. */
  #applyHeight(): void {
    const height = parseFloat(this.getAttribute('height') ?? '');
    if (Number.isFinite(height) && height >= 160 && height <= 2000) this.#mount?.style.setProperty('--embed-map-height', `${height}px`);
    else this.#mount?.style.removeProperty('--embed-map-height');
  }
}

if (!customElements.get('balkan-routes-map')) customElements.define('balkan-routes-map', BalkanRoutesMap);
