import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { trimMaplibreCss } from './trim-maplibre-css';

const css = readFileSync(new URL('../../node_modules/maplibre-gl/dist/maplibre-gl.css', import.meta.url), 'utf8');
const trimmed = trimMaplibreCss(css);

describe('trimMaplibreCss', () => {
  it('drops the logo and the controls the explorer does not create', () => {
    for (const unused of ['maplibregl-ctrl-logo', 'maplibregl-ctrl-geolocate', 'maplibregl-popup', 'maplibregl-marker']) {
      expect(trimmed).not.toContain(unused);
    }
  });

  it('keeps what the map, zoom buttons, attribution and cooperative gestures need', () => {
    for (const used of [
      '.maplibregl-map{',
      'maplibregl-ctrl-zoom-in',
      'maplibregl-ctrl-zoom-out',
      'maplibregl-ctrl-attrib-button',
      'maplibregl-cooperative-gesture-screen',
      'maplibregl-canvas',
      '@media(forced-colors:active)',
    ]) {
      expect(trimmed).toContain(used);
    }
  });

  it('keeps a mixed rule for its selectors that can match', () => {
    expect(trimMaplibreCss('.maplibregl-popup,.maplibregl-map{color:red}')).toBe('.maplibregl-map{color:red}');
    expect(trimMaplibreCss('@media screen{.maplibregl-marker{x:y}}')).toBe('');
  });

  it('stays balanced and much smaller', () => {
    expect(trimmed.split('{').length).toBe(trimmed.split('}').length);
    expect(gzipSync(trimmed).length).toBeLessThan(gzipSync(css).length / 3);
  });
});
