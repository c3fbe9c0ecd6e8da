// Foundation: the app starts cleanly, shows the dataset, explains load failures, works from a
// sub-path, and looks right at desktop and phone widths.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { collectProblems, collectConsole, open, shot } = require('./helpers');

const DATA = fs.readFileSync(path.join(__dirname, '..', '..', 'data', 'positions.json'), 'utf8');
const dataset = JSON.parse(DATA);
const longDate = (iso) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

test('the default page shows the dataset without console or page errors', async ({ page }) => {
  const problems = collectProblems(page);
  await open(page, '/');
  await expect(page.locator('#view-h')).toHaveText('Who stands where');
  const header = page.locator('.grid thead th');
  const shorts = dataset.parties.map((p) => p.short.en ?? p.short);
  expect(shorts.slice(0, 4)).toEqual(['RU', 'UA', 'US', 'EUR']);
  await expect(header).toHaveText(['Issue', ...shorts, 'Common ground']);
  await expect(page.locator('#reviewed')).toHaveText(longDate(dataset.meta.reviewed));
  await expect(page.locator('#reviewed')).toHaveAttribute('datetime', dataset.meta.reviewed);
  await expect(page.locator('footer')).toContainText(`Dataset version ${dataset.meta.version}`);
  expect(problems).toEqual([]);
});

test('the page title and description come from the dataset', async ({ page }) => {
  await open(page, '/?view=issue&issue=nato');
  const title = dataset.meta.title.en ?? dataset.meta.title;
  const description = dataset.meta.description.en ?? dataset.meta.description;
  const nato = dataset.issues.find((i) => i.id === 'nato');
  await expect(page).toHaveTitle(`${nato.name.en ?? nato.name} · ${title}`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', description);
});

/** Serves `body` with `status` in place of the dataset and waits for the failure message. */
async function failWith(page, body, status = 200) {
  await page.route('**/data/positions.json', (route) =>
    route.fulfill({ status, body, contentType: 'application/json' }));
  await page.goto('/');
  const message = page.locator('#failure-message');
  await expect(page.locator('.failure[role=alert]')).toBeVisible();
  await expect(page.locator('.failure h1')).toHaveText('Common Ground could not load its data');
  return message;
}

test('a truncated dataset names the file, line and column, without a panic', async ({ page }) => {
  const logged = collectConsole(page);
  const message = await failWith(page, DATA.slice(0, 2000));
  await expect(message).toContainText('data/positions.json');
  await expect(message).toContainText(/not valid JSON at line \d+, column \d+/);
  expect(logged.filter((t) => /RuntimeError|unreachable|panicked|pageerror/.test(t))).toEqual([]);
});

test('valid JSON of the wrong shape gets a clear message', async ({ page }) => {
  const logged = collectConsole(page);
  const message = await failWith(page, '[1,2,3]');
  await expect(message).toContainText('The dataset data/positions.json could not be read');
  await expect(message).toContainText('expected an object, found an array');
  expect(logged.filter((t) => /RuntimeError|unreachable|panicked|pageerror/.test(t))).toEqual([]);
});

test('an unsupported schema version gets a clear message', async ({ page }) => {
  const message = await failWith(page, '{"schema": 2}');
  await expect(message).toContainText('data/positions.json');
  await expect(message).toContainText('this app reads schema 1, but the file says 2');
});

test('a 404 for the dataset says so', async ({ page }) => {
  const message = await failWith(page, 'not found', 404);
  await expect(message).toContainText('data/positions.json');
  await expect(message).toContainText('404');
});

test('the bundle works from a sub-path and its links keep it', async ({ page, baseURL }) => {
  const problems = collectProblems(page);
  const sub = '/graphics/2026/ukraine-talks/';
  const root = new URL(sub, baseURL).href;
  await open(page, sub);
  await expect(page.locator('.grid')).toBeVisible();
  await expect(page.locator('.grid thead th').nth(1)).toHaveText('RU');
  // A chart's links are SVG elements, whose href is an SVGAnimatedString: resolve it as the page does.
  const hrefs = await page.locator('a[data-go]').evaluateAll((as) =>
    as.map((a) => (typeof a.href === 'string' ? a.href : new URL(a.href.baseVal, document.baseURI).href)));
  expect(hrefs.length).toBeGreaterThan(20);
  expect(hrefs.filter((h) => !h.startsWith(root))).toEqual([]);
  await expect(page.getByRole('link', { name: 'Download the data (JSON)' }))
    .toHaveJSProperty('href', `${root}data/positions.json`);

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Two parties' }).click();
  await expect(page.locator('#view-h')).toHaveText('Russia and Ukraine');
  expect(new URL(page.url()).pathname).toBe(sub);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Matrix' }).click();
  await expect(page.locator('#view-h')).toHaveText('Who stands where');
  expect(page.url()).toBe(root);
  expect(problems).toEqual([]);
});

for (const [width, height] of [[1280, 800], [375, 812]]) {
  test(`default page screenshot at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await open(page, '/');
    await expect(page.locator('#view-h')).toHaveText('Who stands where');
    await expect(page.locator('.grid')).toBeVisible();
    // On a desktop the common-ground column is in sight at once; on a phone the box scrolls to it.
    if (width >= 1280) await expect(page.locator('.grid thead th').last()).toBeInViewport();
    await shot(page, `default-${width}`);
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll, `page is ${scroll}px wide in a ${client}px window`).toBeLessThanOrEqual(client);
  });
}

test('problems in the dataset are listed for its author, and the rest still shows', async ({ page }) => {
  const broken = JSON.parse(DATA);
  broken.positions[0].party = 'rus';
  broken.positions[1].sources[0].url = 'javascript:alert(1)';
  // A warning on a position the matrix shows: the newest of its party on its issue.
  const newest = new Map();
  broken.positions.forEach((p, i) => {
    const key = `${p.party} ${p.issue}`;
    const j = newest.get(key);
    if (j === undefined || broken.positions[j].as_of < p.as_of) newest.set(key, i);
  });
  const warned = [...newest.values()].find((i) => i > 1);
  broken.positions[warned].status = 'rumoured';
  await page.route('**/data/positions.json', (route) =>
    route.fulfill({ status: 200, body: JSON.stringify(broken), contentType: 'application/json' }));
  await open(page, '/');
  const panel = page.locator('details.diagnostics');
  await expect(panel.locator('summary')).toHaveText('2 errors and 1 warning in the dataset file (for its authors)');
  await panel.locator('summary').click();
  await expect(panel.locator('h3')).toHaveText(['Errors', 'Warnings']);
  await expect(panel).toContainText('positions[0].party (rus · crimea · 2022-04-15): unknown party "rus"');
  await expect(panel).toContainText(
    'positions[1].sources[0].url (ru · crimea · 2024-06-14): "javascript:alert(1)" is not an http(s) address');
  await expect(panel).toContainText(`positions[${warned}].status (`);
  // The kept position with the warning is marked where the matrix shows it.
  await expect(page.locator('.grid .repaired')).toHaveCount(1);
  await expect(page.locator('.grid .repaired')).toContainText('repaired');
  // Everything valid is still drawn, and the bad address is nowhere a link.
  await expect(page.locator('.grid tbody tr').first()).toBeVisible();
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
});
