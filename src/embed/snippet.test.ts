import { describe, expect, it } from 'vitest';
import { EMBED_TITLE, embedSnippets } from './snippet';

const APP = 'https://example.org/briefings/routes/';

describe('embedSnippets', () => {
  it('frames the current view with the embed flag first and ampersands escaped', () => {
    const { iframe } = embedSnippets(APP, 'select=XK&year=2002&layers=countries,routes&camera=20.9,42.6,6.5');
    expect(iframe).toBe(
      '<iframe data-balkan-routes src="https://example.org/briefings/routes/?embed&amp;select=XK&amp;year=2002' +
        `&amp;layers=countries,routes&amp;camera=20.9,42.6,6.5" title="${EMBED_TITLE}" ` +
        'width="100%" height="480" style="border:0" loading="lazy"></iframe>',
    );
  });

  it('embeds the overview as a bare ?embed', () => {
    expect(embedSnippets(APP, '').iframe).toContain('src="https://example.org/briefings/routes/?embed"');
  });

  it('leaves out what a map-only embed cannot show, and the page’s own query and hash', () => {
    const { iframe, component } = embedSnippets(`${APP}index.html?select=HR#x`, 'select=XK&view=reader&doc=fco-2004&story=2');
    expect(iframe).toContain('src="https://example.org/briefings/routes/index.html?embed&amp;select=XK"');
    expect(component).toContain('<balkan-routes-map select="XK"><a href="https://example.org/briefings/routes/index.html?select=XK">');
    expect(iframe + component).not.toMatch(/reader|story|#x|HR/);
  });

  it('escapes every attribute value, so a hostile id cannot break out of the markup', () => {
    const { iframe, component } = embedSnippets(APP, `select=${encodeURIComponent('"><script>alert(1)</script>\'')}`);
    for (const html of [iframe, component]) {
      expect(html).not.toContain('<script>alert');
      expect(html).not.toMatch(/="[^"]*"[^ >]*"/);
    }
    expect(component).toContain('select="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39;"');
  });

  it('points the scripts next to the app, wherever it is hosted', () => {
    const { autosize, component } = embedSnippets(`${APP}index.html`, 'year=2001');
    expect(autosize).toBe('<script src="https://example.org/briefings/routes/embed.js" async></script>');
    expect(component).toBe(
      '<script type="module" src="https://example.org/briefings/routes/balkan-routes.js"></script>\n' +
        `<balkan-routes-map year="2001"><a href="https://example.org/briefings/routes/index.html?year=2001">${EMBED_TITLE}</a></balkan-routes-map>`,
    );
  });

  it('carries a picture of the view, with its words and a link, for when the script does not run', () => {
    const image = { src: 'data:image/jpeg;base64,AAAA', alt: 'Map of Kosovo "selected"', width: 640, height: 400 };
    const { component } = embedSnippets(APP, 'select=XK', image);
    expect(component).toContain(
      '<balkan-routes-map select="XK"><a href="https://example.org/briefings/routes/?select=XK">' +
        '<img src="data:image/jpeg;base64,AAAA" alt="Map of Kosovo &quot;selected&quot;" width="640" height="400" style="max-width:100%;height:auto"></a></balkan-routes-map>',
    );
  });
});
