// The printed handout: one A4 page per scene, nothing cut off, and printing only when asked.
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { openApp } from './support/driver';
import { scenes } from '../src/data/scenes';
import { qrPath } from '../src/handout/qr';

const CREDIT = 'Contains Parliamentary information licensed under the Open Parliament Licence v3.0';

/** Counts calls to window.print instead of opening the print dialog. */
async function stubPrint(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { printCalls: number };
    w.printCalls = 0;
    window.print = () => void w.printCalls++;
  });
}
const printCalls = () => (window as unknown as { printCalls: number }).printCalls;

test('one A4 page per scene, each with its map, title, caption, numbered quotes and the licence credit', async ({ page, context }) => {
  await stubPrint(context);
  await page.goto('/?handout');
  const sheets = page.getByRole('article');
  await expect(sheets).toHaveCount(scenes.length);
  for (const [i, scene] of scenes.entries()) {
    const sheet = sheets.nth(i);
    await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(scene.title);
    await expect(sheet.getByRole('img', { name: `Map for scene ${i + 1}: ${scene.title}` })).toBeVisible();
    await expect(sheet).toContainText(scene.caption);
    for (const ref of scene.quotes) await expect(sheet.getByRole('list')).toContainText(ref.says);
    const quotes = await sheet.getByRole('listitem').evaluateAll((items) => items.map((li) => li.querySelector('q')?.textContent ?? ''));
    expect(
      quotes.filter((q, j) => quotes.some((other, k) => k !== j && other.includes(q))),
      'a sentence listed twice',
    ).toEqual([]);
    await expect(sheet).toContainText(CREDIT);
  }

  await page.emulateMedia({ media: 'print' });
  // A sheet whose content is taller than the page would lose its last quotes or its credit.
  const overflowing = await sheets.evaluateAll((els) =>
    els.filter((el) => el.scrollHeight > el.clientHeight + 1).map((el) => el.querySelector('h2')?.textContent),
  );
  expect(overflowing).toEqual([]);

  const pdf = await page.pdf({ format: 'A4' });
  // Page objects are "/Type /Page"; the page tree is "/Type /Pages".
  const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  expect(pageCount).toBe(scenes.length);
  expect(await page.evaluate(printCalls), 'a plain ?handout link must not print').toBe(0);
});

test('opened with ?handout&print, the handout prints itself once', async ({ page, context }) => {
  await stubPrint(context);
  await page.goto('/?handout&print');
  await expect(page.getByRole('article')).toHaveCount(scenes.length);
  await expect.poll(() => page.evaluate(printCalls)).toBe(1);
});

test('"Print handout" opens the printing handout in a new tab and leaves the explorer as it was', async ({ page, context }) => {
  await stubPrint(context);
  await openApp(page, 'select=XK');
  const [handout] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Print handout' }).click()]);
  await handout.waitForLoadState();
  expect(new URL(handout.url()).search).toBe('?handout&print');
  await expect(handout.getByRole('article')).toHaveCount(scenes.length);
  await expect.poll(() => handout.evaluate(printCalls)).toBe(1);
  await expect(page).toHaveURL(/select=XK/);
});

test('each page has a QR code of the link back to its scene, drawn as vector SVG', async ({ page, baseURL }) => {
  await page.goto('/?handout');
  const sheets = page.locator('.handout-page');
  await expect(sheets).toHaveCount(scenes.length);
  for (const [i] of scenes.entries()) {
    const qr = sheets.nth(i).getByRole('img', { name: `QR code: scene ${i + 1} in the explorer` });
    await expect(qr).toBeVisible();
    // The modules drawn are those of the scene's link, as the library encodes it.
    expect(await qr.locator('path').getAttribute('d')).toBe(qrPath(`${baseURL}/?story=${i + 1}`).d);
  }
});

test('the speaker notes print when asked for, and every page still fits on one A4 sheet', async ({ page }) => {
  await page.goto('/?handout');
  const notes = page.getByRole('region', { name: /^Speaker notes/ });
  await expect(notes).toHaveCount(0);
  await page.getByRole('checkbox', { name: /Include the speaker notes/ }).check();
  await expect(notes).toHaveCount(scenes.length);
  for (const [i, scene] of scenes.entries()) await expect(notes.nth(i)).toContainText(scene.notes.at(-1)!);
  const sheets = page.locator('.handout-page');
  await sheets.nth(4).screenshot({ path: test.info().outputPath('handout-notes-scene-5.png') });

  await page.emulateMedia({ media: 'print' });
  const overflowing = await sheets.evaluateAll((els) =>
    els.filter((el) => el.scrollHeight > el.clientHeight + 1).map((el) => el.querySelector('h2')?.textContent),
  );
  expect(overflowing).toEqual([]);
  const pdf = await page.pdf({ format: 'A4' });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBe(scenes.length);
});
