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
    expect(component).toContain('<balkan-routes-map select="XK"></balkan-routes-map>');
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
        '<balkan-routes-map year="2001"></balkan-routes-map>',
    );
  });
});
