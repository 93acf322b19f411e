// The explorer's navigation as a reader meets it: links and history, search, the timeline, the
// table view and the source reader. Broken and hostile links: robustness/url-fuzz.spec.ts.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { explorer, openApp } from './support/driver';

const panel = (page: Page, name: string) => explorer(page).get.panel(name);
const searchBox = (page: Page) => explorer(page).get.search();

test('Back and Forward step through selections', async ({ page }) => {
  await openApp(page, 'select=XK');
  await expect(panel(page, 'Kosovo')).toBeVisible();

  await searchBox(page).fill('Sarajevo');
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('option', { name: /Sarajevo International Airport/ }).click();
  await expect(panel(page, 'Sarajevo International Airport')).toBeVisible();
  await expect(page).toHaveURL(/select=sarajevo-airport/);

  await page.goBack();
  await expect(panel(page, 'Kosovo')).toBeVisible();
  await expect(page).toHaveURL(/select=XK/);
  await page.goForward();
  await expect(panel(page, 'Sarajevo International Airport')).toBeVisible();
  await expect(page).toHaveURL(/select=sarajevo-airport/);
});

test('search works from the keyboard and matches the source’s spelling', async ({ page }) => {
  await openApp(page, 'select=XK');
  const box = searchBox(page);
  await box.fill('Sarejevo');
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  await expect(listbox.getByRole('option').first()).toContainText('Sarajevo International Airport');
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', 'search-option-0');
  await expect(listbox.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await expect(panel(page, 'Sarajevo International Airport')).toBeVisible();
  await expect(box).toHaveAttribute('aria-expanded', 'false');

  // An acronym ranks first, figures are found by their number with or without the comma.
  await box.fill('TPIU');
  await expect(listbox.getByRole('option').first()).toContainText('(TPIU)');
  await box.fill('2047');
  await expect(listbox.getByRole('option').first()).toContainText('2,047');
  await box.press('Escape');
  await expect(listbox).toBeHidden();
});

test('the timeline at 2001 hides what was reported later', async ({ page }) => {
  await openApp(page, 'select=XK');
  const kosovo = panel(page, 'Kosovo');
  // The figure's value as the panel prints it (charts and tables repeat it, so match the paragraph).
  const raids = kosovo.getByRole('paragraph').filter({ hasText: /^2,047$/ });
  await expect(raids).toBeVisible();

  const slider = page.getByRole('slider', { name: /Time window/ });
  await slider.fill('2001');
  await expect(slider).toHaveAttribute('aria-valuetext', 'Up to 2001');
  await expect(page.getByText('What the records had said by the end of 2001.')).toBeVisible();
  await expect(raids).toHaveCount(0);
  await expect(page).toHaveURL(/year=2001/);
});

test('the table view sorts, follows the timeline, and its names select', async ({ page }) => {
  // The map is hidden behind the table, so wait for the table rather than the map.
  await page.goto('/?view=table');
  const places = page.getByRole('table', { name: /^Places/ });
  const nameHeader = places.getByRole('columnheader', { name: /Name/ });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  const firstName = () => places.getByRole('rowheader').first().innerText();
  const ascending = await firstName();
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  expect((await firstName()).localeCompare(ascending)).toBeGreaterThan(0);

  const initiatives = page.getByRole('table', { name: /^Initiatives/ });
  const allInitiatives = await initiatives.getByRole('row').count();
  const figures = page.getByRole('table', { name: /^Figures/ });
  const allFigures = await figures.getByRole('row').count();
  await page.getByRole('slider', { name: /Time window/ }).fill('2001');
  await expect(initiatives).toHaveAccessibleName(/of \d+, up to 2001/);
  expect(await initiatives.getByRole('row').count()).toBeLessThan(allInitiatives);
  expect(await figures.getByRole('row').count()).toBeLessThan(allFigures);
  await expect(figures.getByRole('button', { name: '2,047' })).toHaveCount(0);

  await places.getByRole('button', { name: 'Kosovo', exact: true }).click();
  await expect(panel(page, 'Kosovo')).toBeVisible();
  await expect(places).toBeHidden();
  await expect(page.getByTestId('map')).toBeVisible();
});

test('the source reader marks cited sentences and the passage that does not belong', async ({ page }) => {
  await openApp(page, 'view=reader&doc=commons-2002&para=a4');
  const reader = panel(page, 'Source reader');
  await expect(reader.getByRole('heading', { level: 2, name: 'Trafficking of women in the Balkans' })).toBeVisible();
  await expect(reader.getByText('HC Deb 08 July 2002 vol 388 cc741-2W [65708]').first()).toBeVisible();

  const a4 = page.locator('#para-commons-2002-a4');
  await expect(a4).toContainText('answer, paragraph 4');
  await expect(a4.getByText(/^Not part of this answer/)).toBeVisible();
  await expect(page.locator('#para-commons-2002-x-66434-answer').getByText(/^Not part of this answer/)).toBeVisible();

  // A mark backing one item selects it; the panel shows that item.
  const single = reader.getByRole('button', { name: '323 individual facilitators have been arrested.' });
  await single.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: /^323 individual facilitators/ })).toBeVisible();
  await expect(page).toHaveURL(/select=facilitators-arrested-2002/);

  // A mark backing several selects the first, stays in the reader and lists the rest.
  await page.goto('/?view=reader&doc=commons-2002&para=a4b');
  await panel(page, 'Source reader')
    .getByRole('button', { name: /^EU STOP teams in Bosnia which have identified 185 victims/ })
    .press('Enter');
  const backs = page.getByRole('group', { name: 'What this passage backs' });
  await expect(backs).toBeVisible();
  await expect(page).toHaveURL(/select=stop-teams-victims-2002/);
  await expect(backs.getByRole('button')).not.toHaveCount(1);
  // Focus has moved into the list, on the first of the others.
  await expect(backs.getByRole('button').nth(1)).toBeFocused();
  await backs.getByRole('button', { name: /Bosnia and Herzegovina/ }).press('Enter');
  await expect(panel(page, 'Bosnia and Herzegovina')).toBeVisible();

  // The document switcher and Back.
  await page.goto('/?view=reader&doc=fco-2004');
  const fco = panel(page, 'Source reader');
  await expect(fco.getByRole('button', { name: '2004 FCO evidence' })).toHaveAttribute('aria-pressed', 'true');
  await fco.getByRole('button', { name: '2002 Commons written answer' }).click();
  await expect(fco.getByRole('heading', { level: 2, name: 'Trafficking of women in the Balkans' })).toBeVisible();
  await fco.getByRole('button', { name: 'Back' }).click();
  await expect(panel(page, 'Overview')).toBeVisible();
});
