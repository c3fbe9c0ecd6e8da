// Charts (issue 11): the SVG scale strips on the matrix overview and the issue view, drawn in
// the SVG namespace, named, reachable by keyboard, in both themes at 1280 and 375 px, and with
// synthetic datasets of 3 parties × 5 issues and 15 parties × 60 issues.
const { test, expect } = require('@playwright/test');
const { collectProblems, open, shot } = require('./helpers');

const SVG = 'http://www.w3.org/2000/svg';

/** A valid dataset of `parties` × `issues`; every fourth issue a quantity in troops. */
function synthetic(parties, issues) {
  const source = { title: 'Synthetic', publisher: 'Generator', url: 'https://example.org/', date: '2024-01-01' };
  const opts = (n) => Array.from({ length: n }, (_, i) => ({ id: `o${i}`, label: `Outcome number ${i} with a long label` }));
  const colours = ['#1d5fb4', '#b3261e', '#2e7d32', '#6a1b9a', '#ef6c00'];
  const doc = {
    schema: 1,
    meta: { title: `Synthetic ${parties} × ${issues}`, version: '1', reviewed: '2026-01-01', licence: 'CC0' },
    parties: Array.from({ length: parties }, (_, i) => ({
      id: `p${i}`, name: `Party number ${i}`, short: `P${i}`, kind: 'other', colour: colours[i % colours.length],
    })),
    topics: [{ id: 't0', name: 'First topic' }, { id: 't1', name: 'Second topic' }],
    issues: Array.from({ length: issues }, (_, i) => (i % 4 === 3
      ? { id: `i${i}`, topic: `t${i % 2}`, name: `Quantity issue ${i}`, kind: 'quantity', unit: 'troops' }
      : { id: `i${i}`, topic: `t${i % 2}`, name: `Issue ${i} with a name long enough to wrap on a phone`, kind: 'options', options: opts(3 + (i % 4)) })),
    positions: [],
    frameworks: [],
  };
  doc.issues.forEach((issue, i) => {
    for (let p = 0; p < parties; p++) {
      if ((i + p) % 5 === 4) continue; // some unknown cells
      const base = { party: `p${p}`, issue: issue.id, as_of: '2024-01-01', status: 'official', summary: 's', sources: [source] };
      if (issue.kind === 'quantity') {
        const lo = 1000 * ((p * 7 + i) % 9);
        doc.positions.push({ ...base, min: lo, max: lo + 3000, preferred: lo + 1000 });
      } else {
        const n = issue.options.length;
        const pref = (p + i) % n;
        const acceptable = [pref, (pref + 1) % n].sort().map((o) => `o${o}`);
        const rejected = [(pref + 2) % n].filter((o) => o !== pref && o !== (pref + 1) % n).map((o) => `o${o}`);
        doc.positions.push({ ...base, preferred: `o${pref}`, acceptable, rejected });
      }
    }
  });
  return JSON.stringify(doc);
}

async function serve(page, body) {
  await page.route('**/data/positions.json', (route) => route.fulfill({ status: 200, body, contentType: 'application/json' }));
}

test.describe('charts', () => {
  let problems;
  test.beforeEach(({ page }) => { problems = collectProblems(page); });
  test.afterEach(() => { expect(problems).toEqual([]); });

  test('the matrix overview draws a named SVG strip per issue, in the SVG namespace', async ({ page }) => {
    await open(page, '?view=matrix');
    const strips = page.locator('.overview figure.strip');
    await expect(strips).toHaveCount(28);
    const nato = page.locator('.overview .multiple', { hasText: 'NATO membership' }).locator('svg');
    await expect(nato).toHaveAttribute('aria-label', 'NATO membership: where each party stands');
    await expect(nato.locator('xpath=..').locator('figcaption')).toHaveText(/common ground/i);
    // Drawn, not an unknown HTML element: the marks have a size.
    const drawn = await nato.evaluate((svg, ns) => {
      const rect = svg.querySelector('a rect.m-acc');
      return svg.namespaceURI === ns && rect.namespaceURI === ns && rect.getBBox().width > 0;
    }, SVG);
    expect(drawn).toBe(true);
    await expect(nato.getByRole('link', { name: /^Russia: / })).toHaveCount(1);
  });

  test('a mark is reached by keyboard and opens its position', async ({ page }) => {
    await open(page, '?view=matrix');
    const first = page.locator('.overview svg a').first();
    const name = await first.getAttribute('aria-label');
    // Tab from the first small multiple's title link: the next stops are its marks.
    await page.locator('.overview .mult-title a').first().focus();
    let inChart = false;
    for (let i = 0; i < 6 && !inChart; i++) {
      await page.keyboard.press('Tab');
      inChart = await page.evaluate(() => !!document.activeElement.closest('svg'));
    }
    expect(inChart).toBe(true);
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/view=issue&issue=crimea&date=\d{4}-\d\d-\d\d/);
    await expect(page.locator('#view-h')).toHaveText('Crimea');
    expect(name).toMatch(/^[A-Z][^:]+: /);
    // The issue view was patched in: its strip is in the SVG namespace too.
    const strip = page.locator('.issue figure.strip svg');
    await expect(strip).toHaveAttribute('viewBox', /^0 0 400 /);
    expect(await strip.evaluate((svg, ns) => [...svg.querySelectorAll('*')].every((e) => e.namespaceURI === ns), SVG)).toBe(true);
  });

  test('a quantity issue has a numeric axis in its unit and labels the gap', async ({ page }) => {
    await open(page, '?view=issue&issue=armed-forces-cap&date=2022-04-15');
    const strip = page.locator('.issue figure.strip');
    await expect(strip.locator('text.axis-label').last()).toHaveText('troops');
    await expect(strip.locator('text.gap-band')).toHaveText(/^gap: [\d,]+ troops$/);
    await expect(strip.getByRole('link', { name: /^Russia: / })).toHaveCount(1);
  });

  for (const dark of [false, true]) {
    for (const width of [1280, 375]) {
      test(`screenshots at ${width} px, ${dark ? 'dark' : 'light'}`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.setViewportSize({ width, height: 900 });
        const theme = dark ? 'dark' : 'light';
        await open(page, `?view=matrix&dark=${dark}`);
        await page.locator('.overview').scrollIntoViewIfNeeded();
        const overview = page.locator('.overview');
        await overview.screenshot({ path: `target/screenshots/charts-overview-${width}-${theme}.png` });
        // The strips fit the screen: no figure is wider than the window.
        const widest = await page.locator('.overview figure').evaluateAll((fs) => Math.max(...fs.map((f) => f.getBoundingClientRect().right)));
        expect(widest).toBeLessThanOrEqual(width);
        await open(page, `?view=issue&issue=nato&dark=${dark}`);
        await shot(page, `charts-issue-nato-${width}-${theme}`, false);
        await open(page, `?view=issue&issue=armed-forces-cap&date=2022-04-15&dark=${dark}`);
        await page.locator('.issue figure.strip').screenshot({ path: `target/screenshots/charts-issue-quantity-${width}-${theme}.png` });
      });
    }
  }

  for (const [parties, issues] of [[3, 5], [15, 60]]) {
    test(`a synthetic dataset of ${parties} parties and ${issues} issues draws well`, async ({ page }) => {
      test.setTimeout(120_000);
      await serve(page, synthetic(parties, issues));
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        // A big dataset on a busy machine: the first draw may take a while.
        await page.goto('?view=matrix');
        await expect(page.locator('#view-h')).toBeVisible({ timeout: 60_000 });
        await expect(page.locator('.overview figure.strip')).toHaveCount(issues, { timeout: 30_000 });
        const rows = await page.locator('.overview figure.strip').first().locator('svg > a').count();
        expect(rows).toBeGreaterThan(0);
        expect(rows).toBeLessThanOrEqual(parties);
        const widest = await page.locator('.overview figure').evaluateAll((fs) => Math.max(...fs.map((f) => f.getBoundingClientRect().right)));
        expect(widest).toBeLessThanOrEqual(width);
        await page.locator('.overview > section').first().screenshot({ path: `target/screenshots/charts-synthetic-${parties}x${issues}-${width}.png` });
      }
    });
  }
});
