// Detects script that hostile input managed to run or inject, across navigations of one page.
import type { Page } from '@playwright/test';

/**
 * Calls `onHit` whenever a payload sets window.__pwned (any frame of the page, any navigation)
 * or opens a dialog (alert, confirm, prompt); dialogs are dismissed so the page carries on.
 */
export async function armTripwire(page: Page, onHit: (what: string) => void): Promise<void> {
  await page.exposeFunction('__reportPwned', (value: string) => onHit(`payload ran: window.__pwned = ${value}`));
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportPwned: (value: string) => void }).__reportPwned;
    Object.defineProperty(window, '__pwned', { configurable: false, get: () => undefined, set: (v: unknown) => void report(String(v)) });
  });
  page.on('dialog', (dialog) => {
    onHit(`${dialog.type()} dialog opened: ${dialog.message().slice(0, 80)}`);
    void dialog.dismiss().catch(() => undefined);
  });
}

/** Markup a payload could have injected even where it did not run: inline handlers and scripts, frames, javascript: links. */
export function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}>`);
      if (el.localName === 'script' && !el.hasAttribute('src')) found.push('<script> without src');
      if (el.localName === 'iframe') found.push('<iframe>');
      if (/^\s*javascript:/i.test(el.getAttribute('href') ?? '')) found.push(`<${el.localName} href="javascript:…">`);
    }
    return found;
  });
}
