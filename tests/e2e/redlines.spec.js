// Red lines are three-valued: a party that only rejects still counts. Russia's position on
// accountability from March 2023 rejects the tribunal, the one outcome Ukraine accepts.
const { test, expect } = require('@playwright/test');
const { collectProblems } = require('./helpers');

// Generous waits: the machine running the suite may be busy.
const slow = expect.configure({ timeout: 20_000 });

/** Opens `url` and waits until the view's heading is on screen. */
async function open(page, url) {
  await page.goto(url);
  await slow(page.locator('#view-h')).toBeVisible();
}

test.describe('a position that only rejects', () => {
  test.describe.configure({ timeout: 60_000 });
  let problems;
  test.beforeEach(({ page }) => { problems = collectProblems(page); });
  test.afterEach(() => { expect(problems).toEqual([]); });

  test('the Russia–Ukraine pair shows accountability as a conflict, not unknown', async ({ page }) => {
    await open(page, '?view=pair&a=ru&b=ua&date=2024-01-01');
    const row = page.locator('li.pair-issue', { has: page.getByRole('heading', { name: 'Accountability and amnesty' }) });
    await slow(row).toHaveCount(1);
    await slow(row.locator('.relation')).toHaveText(
      /Conflict\s*conflict: Russia rejects Prosecution and a special tribunal, the only outcome Ukraine accepts/);
    await slow(page.locator('.rel-group-conflict li.pair-issue', { hasText: 'Accountability and amnesty' })).toHaveCount(1);
    await slow(page.locator('.rel-group-unknown', { hasText: 'Accountability and amnesty' })).toHaveCount(0);
  });

  test('the issue view counts Russia as known and names its red line', async ({ page }) => {
    await open(page, '?view=issue&issue=accountability&date=2024-01-01');
    const summary = page.locator('#view-summary');
    await slow(summary).toContainText('Russia names no outcome it accepts, only what it rejects: Prosecution and a special tribunal.');
    await slow(summary).not.toContainText('Not known: Russia');
  });
});
