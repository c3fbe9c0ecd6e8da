// Charts (issue 11): the SVG scale strips on the matrix overview and the issue view, positions
// over time on the issue view, the pair chart and what moved on the changes view: drawn in the
// SVG namespace, named, reachable by keyboard, in both themes at 1280 and 375 px, and with
// synthetic datasets of 3 parties × 5 issues and 15 parties × 60 issues.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { collectProblems, firstFileOf, luminance, open, SCREENSHOTS, VIEWS, withoutPrerenderedViews } = require('./helpers');

const SHOTS = path.join(SCREENSHOTS, 'charts');
fs.mkdirSync(SHOTS, { recursive: true });

/** Saves a screenshot of `target` (a page or a locator) as target/screenshots/charts/NAME.png. */
async function shot(target, name, fullPage = true) {
  const file = path.join(SHOTS, `${name}.png`);
  await target.screenshot(target.url ? { path: file, fullPage } : { path: file });
  expect(fs.statSync(file).size, `${name}.png`).toBeGreaterThan(5_000);
}

/** The page does not scroll sideways: what is wider than the window scrolls inside its own box. */
async function noSidewaysScroll(page) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll).toBeLessThanOrEqual(width);
}

/**
 * Tabs into the chart `figure` from the focusable element just before it and checks that the
 * keyboard lands on its first link; returns that link.
 */
async function tabInto(page, figure) {
  const first = figure.locator('svg a').first();
  await first.evaluate((a) => {
    const all = [...document.querySelectorAll('a[href], select, button, input, textarea, summary')];
    all[all.indexOf(a) - 1].focus();
  });
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  return first;
}

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
        // Every third position moves a year and a half later: a step on the over-time chart and a
        // mark on the changes chart.
        if ((p + i) % 3 === 0) {
          const next = (pref + 1) % n;
          doc.positions.push({ ...base, as_of: '2025-06-01', preferred: `o${next}`, acceptable: [`o${next}`] });
        }
      }
    }
  });
  doc.frameworks.push({
    id: 'f0', name: 'A framework with a long name', date: '2025-01-15', proposers: ['p0'], status: 'draft',
    summary: 's', sources: [source], provisions: [{ label: '1', issue: 'i0', outcome: 'o0', summary: 's', status: 'reported', sources: [source] }],
  });
  return JSON.stringify(doc);
}

async function serve(page, body) {
  await withoutPrerenderedViews(page);
  await page.route('**/data/positions.json', (route) => route.fulfill({ status: 200, body, contentType: 'application/json' }));
  const first = firstFileOf(body);
  await page.route('**/data/first.json', (route) => route.fulfill({ status: 200, body: first, contentType: 'application/json' }));
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
    await expect(nato.getByRole('link', { name: /^RU, Russia: / })).toHaveCount(1);
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
    await expect(strip).toHaveAttribute('viewBox', /^0 0 300 /);
    expect(await strip.evaluate((svg, ns) => [...svg.querySelectorAll('*')].every((e) => e.namespaceURI === ns), SVG)).toBe(true);
  });

  test('a quantity issue has a numeric axis in its unit and labels the gap', async ({ page }) => {
    await open(page, '?view=issue&issue=armed-forces-cap&date=2022-04-15');
    const strip = page.locator('.issue figure.strip');
    await expect(strip.locator('text.axis-label').last()).toHaveText('troops');
    await expect(strip.locator('text.gap-band')).toHaveText(/^gap: [\d,]+ troops$/);
    await expect(strip.getByRole('link', { name: /^RU, Russia: / })).toHaveCount(1);
  });

  test('the issue view draws each party over time; a mark is reached by keyboard and opens its position', async ({ page }) => {
    await open(page, '?view=issue&issue=nato');
    const fig = page.locator('.issue figure.over-time');
    const svg = fig.locator('svg');
    await expect(svg).toHaveAttribute('aria-label', /^NATO membership: each party's position over time, 2022 to \d+ \w+ \d{4}$/);
    await expect(fig.locator('figcaption')).toHaveText(/^One lane per party; the top of each lane is “.+”, the bottom “.+”; the shaded band: what it could accept\./);
    // One lane per party with a position on the issue, a step line in each, a mark per position.
    const lanes = await svg.locator('g').count();
    expect(lanes).toBeGreaterThan(3);
    await expect(svg.locator('path.step-line')).toHaveCount(lanes);
    // Each lane shades what its positions could accept (NATO is an options issue: all but a position that names nothing).
    expect(await svg.locator('rect.ot-span').count()).toBeGreaterThan(lanes);
    expect(await svg.locator('a').count()).toBeGreaterThanOrEqual(lanes);
    await expect(svg.getByRole('link', { name: /^RU, Russia: .*, \d+ \w+ \d{4}$/ }).first()).toBeVisible();
    // The documents' dates are marked.
    expect(await svg.locator('text.fw-mark').count()).toBeGreaterThan(3);
    const mark = await tabInto(page, fig);
    await fig.evaluate((f) => f.scrollIntoView({ block: 'start' }));
    await shot(page, 'focus-over-time', false);
    const href = await mark.getAttribute('href');
    const date = href.match(/date=(\d{4}-\d\d-\d\d)/)[1];
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`view=issue&issue=nato&date=${date}`));
    // The position the mark stands for is the one shown on its date: its party's card says so.
    const party = (await mark.getAttribute('aria-label')).split(':')[0];
    expect(party).toMatch(/^[A-Z]+, \S/);
    await expect(page.locator('.issue figure.strip svg').getByRole('link', { name: party + ':', exact: false })).toHaveCount(1);
  });

  test("the pair view draws the counts and each conflict's distance, furthest first", async ({ page }) => {
    await open(page, VIEWS.pair);
    const fig = page.locator('.pair figure.pair-chart');
    await expect(fig.locator('svg')).toHaveAttribute('aria-label', 'Russia and Ukraine: issues by relation, and how far apart their conflicts are');
    await expect(fig.locator('figcaption')).toHaveText(/^The bar: \w+ \d+(, \w+ \d+)*\. Below it, the \d+ conflicts?, furthest apart first/);
    const conflicts = Number(await page.locator('.counts .rel-conflict .n').textContent());
    expect(conflicts).toBeGreaterThan(0);
    await expect(fig.locator('rect.dist')).toHaveCount(conflicts);
    await expect(fig.locator('text.dist-label')).toHaveCount(conflicts);
    const widths = await fig.locator('rect.dist').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('width'))));
    expect(widths).toEqual([...widths].sort((x, y) => y - x));
    // The stacked bar's conflict segment is as long, in its share of the whole, as the count says.
    const all = (await page.locator('.counts .n').allTextContents()).reduce((n, t) => n + Number(t), 0);
    await expect(fig.locator('rect.seg-conflict')).toHaveAttribute('width', String(Math.floor((conflicts * 300) / all)));
  });

  test('the changes view draws what moved; a mark is reached by keyboard and opens its position', async ({ page }) => {
    await open(page, VIEWS.changes);
    const fig = page.locator('figure.changes-chart');
    const changes = await page.locator('li.change').count();
    expect(changes).toBeGreaterThan(10);
    await expect(fig.locator('svg')).toHaveAttribute('aria-label', new RegExp(`^${changes} changed positions on \\d+ issues by \\d+ parties$`));
    await expect(fig.locator('figcaption')).toHaveText(/● a position that changed, ◆ a new one, ○ one no longer in effect/);
    await expect(fig.locator('svg a')).toHaveCount(changes);
    const mark = await tabInto(page, fig);
    const name = await mark.getAttribute('aria-label');
    const [, party, issue] = name.match(/^(.+?) on (.+?): /);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/view=issue&issue=[\w-]+&date=\d{4}-\d\d-\d\d/);
    await expect(page.locator('#view-h')).toHaveText(issue);
    await expect(page.locator('.issue figure.strip svg').getByRole('link', { name: new RegExp(`^[A-Z]+, ${party}: `) })).toHaveCount(1);
  });

  for (const dark of [false, true]) {
    for (const width of [1280, 375]) {
      test(`screenshots at ${width} px, ${dark ? 'dark' : 'light'}`, async ({ page }) => {
        test.setTimeout(180_000);
        await page.setViewportSize({ width, height: 900 });
        const theme = dark ? 'dark' : 'light';
        const at = (view) => `${view}-${width}-${theme}`;
        await open(page, `?view=matrix&dark=${dark}`);
        const overview = page.locator('.overview');
        await overview.scrollIntoViewIfNeeded();
        await shot(overview, at('overview'));
        // The strips fit the screen: no figure is wider than the window.
        const widest = await page.locator('.overview figure').evaluateAll((fs) => Math.max(...fs.map((f) => f.getBoundingClientRect().right)));
        expect(widest).toBeLessThanOrEqual(width);
        // The strips' 10-unit text, as drawn: 12 px or more on a desktop grid, about 11 on a phone.
        const smallest = await page.locator('.overview svg').evaluateAll((svgs) =>
          Math.min(...svgs.map((g) => (g.getBoundingClientRect().width / g.viewBox.baseVal.width) * 10)));
        expect(smallest).toBeGreaterThanOrEqual(width >= 1280 ? 12 : 10.8);
        await noSidewaysScroll(page);
        for (const [name, url] of [
          ['issue-options', '?view=issue&issue=nato'],
          ['issue-quantity', '?view=issue&issue=armed-forces-cap&date=2022-04-15'],
          ['issue-set', '?view=issue&issue=guarantors'],
          ['pair', VIEWS.pair],
          ['changes', VIEWS.changes],
        ]) {
          await open(page, `${url}&dark=${dark}`);
          await noSidewaysScroll(page);
          // Each chart at the top of the window, with what follows it: a picture of the screen
          // a reader sees, not of the whole (very long) page.
          for (const fig of await page.locator('figure.fig').all()) {
            const box = await fig.boundingBox();
            expect(box.x + box.width).toBeLessThanOrEqual(width);
            await fig.evaluate((f) => f.scrollIntoView({ block: 'start' }));
            await shot(page, at(`${name}-${await fig.getAttribute('class')}`.replace('fig ', '')), false);
          }
        }
      });
    }
  }

  test("every mark's name holds the words it shows (WCAG 2.5.3, label in name)", async ({ page }) => {
    for (const url of ['?view=matrix', VIEWS.issue, VIEWS.pair, VIEWS.changes]) {
      await open(page, url);
      await expect(page.locator('figure.fig svg').first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).include('figure.fig').withRules(['label-content-name-mismatch']).analyze();
      expect(violations.flatMap((v) => v.nodes.map((n) => n.html.slice(0, 160))), url).toEqual([]);
    }
  });

  for (const dark of [false, true]) {
    test(`charts print dark on white, inside an A4 page, from the ${dark ? 'dark' : 'light'} theme`, async ({ page }) => {
      test.setTimeout(120_000);
      // An A4 page's printable width at 96 dpi, with the default margins.
      await page.setViewportSize({ width: 720, height: 1000 });
      await page.emulateMedia({ media: 'print' });
      for (const [name, url] of [['matrix', '?view=matrix'], ['issue', VIEWS.issue], ['pair', VIEWS.pair], ['changes', VIEWS.changes]]) {
        await open(page, `${url}&dark=${dark}`);
        const figures = page.locator('figure.fig');
        expect(await figures.count(), name).toBeGreaterThan(0);
        for (const fig of await figures.all()) {
          const box = await fig.boundingBox();
          expect(box.x + box.width, `${name}: a chart inside the page`).toBeLessThanOrEqual(720);
        }
        // Paper is white: the page's background, and every chart's words, dark enough on it (4.5:1).
        const { background, worst } = await page.evaluate(() => {
          const texts = [...document.querySelectorAll('figure.fig svg text')].filter((t) => t.getBBox().width > 0);
          const fills = texts.map((t) => getComputedStyle(t).fill).filter((f) => f.startsWith('rgb'));
          return { background: getComputedStyle(document.body).backgroundColor, worst: fills };
        });
        if (!background.startsWith('rgba(0, 0, 0, 0)')) expect(luminance(background), `${name}: a white page`).toBeGreaterThan(0.9);
        const darkest = Math.max(...worst.map(luminance));
        expect(worst.length, name).toBeGreaterThan(0);
        expect((1.05) / (darkest + 0.05), `${name}: the palest chart text on white`).toBeGreaterThanOrEqual(4.5);
        // The printed page's top (its header), and its first chart as printed.
        await shot(page, `print-${name}-${dark ? 'dark' : 'light'}`, false);
        await shot(figures.first(), `print-${name}-${dark ? 'dark' : 'light'}-chart`);
      }
      await open(page, `${VIEWS.issue}&dark=${dark}`);
      const pdf = path.join(SCREENSHOTS, '..', 'handouts', `issue-nato-charts-${dark ? 'dark' : 'light'}.pdf`);
      fs.mkdirSync(path.dirname(pdf), { recursive: true });
      await page.pdf({ path: pdf, format: 'A4', printBackground: true });
      expect(fs.statSync(pdf).size).toBeGreaterThan(20_000);
    });
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
        await noSidewaysScroll(page);
        await shot(page.locator('.overview > section').first(), `synthetic-${parties}x${issues}-overview-${width}`);
        for (const [name, url, chart] of [
          ['issue', '?view=issue&issue=i0', 'figure.over-time'],
          ['pair', '?view=pair&a=p0&b=p1', 'figure.pair-chart'],
          ['changes', '?view=changes&from=2024-01-01&to=2025-06-01', 'figure.changes-chart'],
        ]) {
          await page.goto(url);
          await expect(page.locator(chart)).toBeVisible({ timeout: 60_000 });
          await noSidewaysScroll(page);
          await page.locator(chart).evaluate((f) => f.scrollIntoView({ block: 'start' }));
          await shot(page, `synthetic-${parties}x${issues}-${name}-${width}`, false);
        }
      }
    });
  }
});
