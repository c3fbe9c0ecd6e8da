// Shared helpers for the browser tests: console/page-error collection, opening a view,
// screenshots and colour maths.
const fs = require('node:fs');
const path = require('node:path');
const { expect } = require('@playwright/test');

const SCREENSHOTS = path.join(__dirname, '..', '..', 'target', 'screenshots');
fs.mkdirSync(SCREENSHOTS, { recursive: true });

// Chromium's note about trunk's preload links; a warning about our HTML, not a fault of the app.
const IGNORED = [/integrity. attribute is currently ignored for preload/];

/** Starts collecting console errors and warnings and uncaught page errors; returns the live list. */
function collectProblems(page) {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error' && msg.type() !== 'warning') return;
    if (IGNORED.some((re) => re.test(msg.text()))) return;
    problems.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  return problems;
}

/** Every console message of any kind, for checks such as "no panic was logged". */
function collectConsole(page) {
  const all = [];
  page.on('console', (msg) => all.push(msg.text()));
  page.on('pageerror', (err) => all.push(`pageerror: ${err.message}`));
  return all;
}

/**
 * Opens `url` (relative to baseURL) and waits until the view's heading is on screen and the app
 * has taken the page over (the share box then holds an absolute permalink). The prerendered
 * heading shows before the app starts, and a key pressed then follows a plain link instead.
 */
async function open(page, url) {
  await page.goto(url);
  await expect(page.locator('html')).not.toHaveClass(/cg-wait/);
  await expect(page.locator('#view-h')).toBeVisible();
  await expect(page.locator('#share-link')).toHaveValue(/^https?:\/\//, { timeout: 30000 });
  await sourcesIn(page);
}

/**
 * Waits until a permalink drawn from the first file has been drawn again from the full one: no
 * source list still says it is loading (news.spec.js tests the time between).
 */
async function sourcesIn(page) {
  await expect(page.locator('.src-wait')).toHaveCount(0, { timeout: 30000 });
}

/**
 * Saves a screenshot as target/screenshots/NAME.png and checks that it holds a drawn page: an
 * empty or blank one compresses to a few kilobytes, a page of text to far more.
 */
async function shot(page, name, fullPage = true) {
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  const bytes = fs.statSync(file).size;
  expect(bytes, `${name}.png is ${bytes} bytes`).toBeGreaterThan(20_000);
}

/** Relative luminance (WCAG) of a CSS rgb()/rgba() colour string. */
function luminance(css) {
  const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The five views, each by a permalink that shows it with real content. */
const VIEWS = {
  matrix: '?view=matrix',
  pair: '?view=pair&a=ru&b=ua',
  framework: '?view=framework&doc=draft-treaty-2022-04-15',
  issue: '?view=issue&issue=nato',
  changes: '?view=changes&from=2022-03-29&to=2025-12-23',
};

/**
 * A permalink the build does not prerender (a date named in the URL; src/bin/prerender/views.rs):
 * the app draws it, from the first file, behind the placeholder.
 */
const DRAWN_PAIR = '?view=pair&a=ru&b=ua&date=2026-06-23';

/**
 * For a test that serves a dataset of its own in place of the bundled one: the prerendered views
 * of the bundled one are not there, as in a build for that dataset with none of its own. (An
 * empty file rather than a 404, which the browser would log as an error.)
 */
async function withoutPrerenderedViews(page) {
  await page.route('**/v/*.html', (route) => route.fulfill({ status: 200, body: '', contentType: 'text/html' }));
}

/**
 * The first file the build would write for the dataset `json` (docs/DATA_FORMAT.md, "The first
 * file"): each list of sources as its length. A test that serves its own dataset in place of the
 * bundled one serves this in place of data/first.json, or permalinks draw first from the bundled one.
 */
function firstFileOf(json) {
  const count = (v) => {
    if (Array.isArray(v)) return v.map(count);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'sources' && Array.isArray(x) ? x.length : count(x)]));
  };
  return JSON.stringify(count(JSON.parse(json)));
}

module.exports = { collectProblems, collectConsole, open, sourcesIn, firstFileOf, shot, luminance, VIEWS, SCREENSHOTS, DRAWN_PAIR, withoutPrerenderedViews };
