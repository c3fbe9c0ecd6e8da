// Re-rendering without losing the reader's place: a URL change patches the page instead of
// rebuilding it, so open cells stay open, scroll boxes stay scrolled, and keys stop a cell's
// open state from moving to its neighbour when a column goes.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { collectProblems, open } = require('./helpers');

const dataset = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'dist', 'data', 'positions.json'), 'utf8'));

const cell = (page, issue, party) => page.locator(`.grid tr[data-key="${issue}"] > td[data-key="${party}"]`);
/** A cell's own <details> (a position card inside has its own, for the sources). */
const cellDetails = (page, issue, party) => cell(page, issue, party).locator('> details');

/** "issue party" of every open matrix cell, in page order. */
const openCells = (page) => page.locator('.grid td > details[open]').evaluateAll((all) =>
  all.map((d) => `${d.closest('tr').dataset.key} ${d.closest('td').dataset.key}`));

/** Opens a cell's <details> and tags the element, so a test can tell it from a rebuilt one. */
async function openCell(page, issue, party) {
  const details = cellDetails(page, issue, party);
  await details.locator('> summary').click();
  await expect(details).toHaveAttribute('open', '');
  await details.evaluate((d, tag) => { d.dataset.testTag = tag; }, `${issue} ${party}`);
}

/** The tags of the open cells that are the very elements `openCell` opened. */
const taggedOpen = (page) => page.locator('.grid td > details[open]').evaluateAll((all) =>
  all.map((d) => d.dataset.testTag ?? 'rebuilt'));

const scrolls = (page) => page.evaluate(() => {
  const box = document.querySelector('.table-scroll');
  return { left: box.scrollLeft, top: box.scrollTop, page: Math.round(window.scrollY) };
});

/** One step back on the date slider with the keyboard, focusing it without scrolling to it. */
async function stepBack(page) {
  const slider = page.locator('#as-of');
  const dates = (await slider.getAttribute('data-dates')).split(' ');
  await slider.evaluate((s) => s.focus({ preventScroll: true }));
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`[?&]date=${dates[dates.length - 2]}$`));
  // The link back to the latest date appears only once the page has been drawn again.
  await expect(page.getByRole('link', { name: 'Latest' })).toBeVisible();
  await expect(slider).toBeFocused();
}

test.describe('patching the matrix', () => {
  let problems;
  test.beforeEach(async ({ page }) => {
    problems = collectProblems(page);
    await page.setViewportSize({ width: 1000, height: 700 });
  });
  test.afterEach(() => { expect(problems).toEqual([]); });

  test('a date step keeps open cells open and the scroll box and the page where they were', async ({ page }) => {
    await open(page, '/');
    // Scroll anchoring would move scrollTop whenever a row above the visible ones changed height
    // with the date; without it, a kept box keeps its offsets exactly and a rebuilt one loses them.
    await page.evaluate(() => {
      for (const el of [document.documentElement, document.body, document.querySelector('.table-scroll')]) {
        el.style.overflowAnchor = 'none';
      }
    });
    await openCell(page, 'crimea', 'ua');
    await openCell(page, 'sanctions', 'cn');
    // Scroll the matrix's own box sideways and down to the open Chinese cell, and the page a little.
    await page.locator('.table-scroll').evaluate((box) => {
      const row = box.querySelector('tr[data-key="sanctions"]');
      box.scrollLeft = 260;
      box.scrollTop = row.offsetTop - 80;
    });
    await page.evaluate(() => window.scrollTo(0, 90));
    const before = await scrolls(page);
    expect(before.left, 'the box scrolls sideways at 1000 px').toBe(260);
    expect(before.top, 'the box scrolls down').toBeGreaterThan(800);
    expect(before.page, 'the page scrolls').toBe(90);

    await stepBack(page);
    expect(await openCells(page)).toEqual(['crimea ua', 'sanctions cn']);
    expect(await taggedOpen(page), 'the open cells are the same elements, not rebuilt ones')
      .toEqual(['crimea ua', 'sanctions cn']);
    expect(await scrolls(page)).toEqual(before);
  });

  test('an open cell stays open while the position in it changes with the date', async ({ page }) => {
    await open(page, '/');
    // A party whose position on an issue changes on the latest date, from an earlier one.
    const dates = (await page.locator('#as-of').getAttribute('data-dates')).split(' ');
    const [previous, latest] = dates.slice(-2);
    const moved = dataset.positions.find((p) => p.as_of === latest && dataset.positions.some((q) =>
      q.party === p.party && q.issue === p.issue && q.as_of <= previous));
    expect(moved, `a position that changes on ${latest}`).toBeTruthy();
    await openCell(page, moved.issue, moved.party);
    const since = cell(page, moved.issue, moved.party).locator('.pos-meta');
    const before = await since.textContent();
    await stepBack(page);
    await expect(since).not.toHaveText(before);
    expect(await openCells(page)).toEqual([`${moved.issue} ${moved.party}`]);
    expect(await taggedOpen(page)).toEqual([`${moved.issue} ${moved.party}`]);
  });

  test('hiding a party column hands no open state to its neighbour', async ({ page }) => {
    await open(page, '/');
    await openCell(page, 'crimea', 'ua');
    await openCell(page, 'nato', 'us');
    await page.locator('#toggle-ru').click();
    await expect(page.locator('.grid thead th[data-key]')).toHaveCount(9);
    await expect(page.locator('.grid thead th[data-key="ru"]')).toHaveCount(0);
    expect(await openCells(page)).toEqual(['crimea ua', 'nato us']);
    expect(await taggedOpen(page)).toEqual(['crimea ua', 'nato us']);

    // Showing it again puts a closed Russia column back in front of the open Ukraine cell.
    await page.locator('#toggle-ru').click();
    await expect(page.locator('.grid thead th[data-key]')).toHaveCount(10);
    await expect(cellDetails(page, 'crimea', 'ru')).not.toHaveAttribute('open', '');
    expect(await openCells(page)).toEqual(['crimea ua', 'nato us']);
    expect(await taggedOpen(page)).toEqual(['crimea ua', 'nato us']);
  });
});

test('another pair of parties starts closed, while a date step keeps the pair view as it was', async ({ page }) => {
  await open(page, '?view=pair&a=ru&b=ua');
  const sources = page.locator('li.pair-issue[data-key="crimea"] details.sources').first();
  await sources.locator('summary').click();
  await expect(sources).toHaveAttribute('open', '');

  await stepBack(page);
  await expect(sources).toHaveAttribute('open', '');

  await page.locator('#pick-a').selectOption({ label: 'United States' });
  await expect(page.locator('#view-h')).toHaveText('United States and Ukraine');
  await expect(page.locator('details[open]')).toHaveCount(0);
});
