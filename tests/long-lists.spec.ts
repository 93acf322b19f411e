// The overview on a fact base larger than the real one (tests/fixtures/long-lists.ts): a group with
// more places than a list shows at once starts closed and says how many it holds; opened, it lists
// them as a short group does. Closed, a move of the timeline changes its count and nothing else.
import type { Locator, Page } from '@playwright/test';
import { PLACE_KINDS } from '../src/data/vocab';
import { LIST_LIMIT } from '../src/panel/listLimit';
import { longListsFactBase } from './fixtures/long-lists';
import { axeViolations } from './support/axe';
import { explorer } from './support/driver';
import { expect, test } from './support/fixtures';

test.use({ site: 'long' });

const inGroup = (group: string) => longListsFactBase().places.filter((p) => PLACE_KINDS[p.kind].group === group);
const SITES = inGroup('Sites').length;

const overview = (page: Page) => explorer(page).get.panel('Overview');
const sitesToggle = (page: Page) =>
  overview(page)
    .getByRole('heading', { level: 4 })
    .getByRole('button', { name: /^Sites [\d,]+ places?$/ });
/** The place buttons a group lists: those in the list inside the group its toggle heads. */
const groupButtons = (toggle: Locator) => toggle.locator('xpath=ancestor::div[contains(@class, "place-group")]').getByRole('listitem').getByRole('button');
const countOf = async (toggle: Locator) => Number((await toggle.innerText()).match(/([\d,]+) place/)![1]!.replace(/,/g, ''));

test('a group longer than a list starts closed with its count, and opens to its first places and a button for the rest', async ({ page }) => {
  expect(SITES, 'the fixture makes the sites a long group').toBeGreaterThan(LIST_LIMIT);
  await explorer(page).given.explorerReady();
  const toggle = sitesToggle(page);
  await expect(toggle).toHaveAccessibleName(`Sites ${SITES} places`);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(groupButtons(toggle)).toHaveCount(0);
  // Short groups stay open lists, whatever the fact base's size.
  const institutions = inGroup('Institutions').length;
  expect(institutions).toBeLessThanOrEqual(LIST_LIMIT);
  await expect(overview(page).getByRole('heading', { level: 4, name: 'Institutions', exact: true })).toBeVisible();

  // From the keyboard, as the disclosure pattern has it.
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(groupButtons(toggle)).toHaveCount(LIST_LIMIT);
  await overview(page)
    .getByRole('button', { name: `show all ${SITES} sites` })
    .click();
  await expect(groupButtons(toggle)).toHaveCount(SITES);

  expect(await axeViolations(page, 'aside'), 'the panel with a long group open').toEqual([]);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(groupButtons(toggle)).toHaveCount(0);
  expect(await axeViolations(page, 'aside'), 'the panel with a long group closed').toEqual([]);
});

test('closed, a timeline step changes the group’s count and no list item; opened, it lists what the count says', async ({ page }) => {
  await explorer(page).given.explorerReady();
  const toggle = sitesToggle(page);
  await expect(toggle).toHaveAccessibleName(`Sites ${SITES} places`);
  await toggle.evaluate((button) => {
    const group = button.closest('.place-group')!;
    const seen = { nodes: 0 };
    new MutationObserver((records) => {
      for (const r of records) seen.nodes += r.addedNodes.length + r.removedNodes.length;
    }).observe(group, { subtree: true, childList: true });
    (window as unknown as { __seen: typeof seen }).__seen = seen;
  });

  // Back a year: the synthetic sites cite both records, so some are dated after the window.
  await page.getByRole('slider').first().press('ArrowLeft');
  await expect(toggle).not.toHaveAccessibleName(`Sites ${SITES} places`);
  const shown = await countOf(toggle);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(SITES);
  expect(await page.evaluate(() => (window as unknown as { __seen: { nodes: number } }).__seen.nodes), 'nodes added or removed in the closed group').toBe(0);

  // Still closed after the step (the group's length is the whole base's, not the window's), and opened it lists every place its count gives.
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  const showAll = overview(page).getByRole('button', { name: `show all ${shown} sites` });
  if (shown > LIST_LIMIT) await showAll.click();
  await expect(groupButtons(toggle)).toHaveCount(shown);

  // Open, it follows the timeline as a short group does.
  await page.getByRole('slider').first().press('ArrowRight');
  await expect(toggle).toHaveAccessibleName(`Sites ${SITES} places`);
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
});
