// Classroom (issue 10): stepping a tour with the keys presenters use, the step in the URL, the
// type size of presentation mode at 1280×720, contrast in both themes, and the printed handout
// with numbered source footnotes (print media emulation, and PDFs under target/handouts/).
const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { default: AxeBuilder } = require('@axe-core/playwright');
const { collectProblems, shot, sourcesIn } = require('./helpers');

/**
 * Opens `url` and waits until the app has taken the page over: the printed header's permalink is
 * then absolute (the prerendered page's is relative). Presentation mode and tours have no share
 * box, which the shared helper waits for.
 */
async function open(page, url) {
  await page.goto(url);
  await expect(page.locator('#view-h')).toBeVisible();
  await expect(page.locator('.print-head .url')).toHaveText(/^https?:\/\//, { timeout: 30_000 });
  await sourcesIn(page);
}

const HANDOUTS = path.join(__dirname, '..', '..', 'target', 'handouts');
fs.mkdirSync(HANDOUTS, { recursive: true });
const TOUR = '?present=1&tour=istanbul-to-20-point';
const stepOf = (page) => Number(new URL(page.url()).searchParams.get('step'));

test.use({ viewport: { width: 1280, height: 720 } });
test.describe.configure({ timeout: 180_000 });

test('a tour steps with Right, PageDown and Space, back with Left and PageUp; the step is in the URL', async ({ page }) => {
  const problems = collectProblems(page);
  await open(page, `${TOUR}&step=1`);
  const count = page.locator('#tour-count');
  await expect(count).toHaveText('1 / 9');
  await expect(page.locator('#tour-caption')).toContainText('29 March 2022, Istanbul');
  const steps = [['ArrowRight', 2], ['PageDown', 3], ['Space', 4], ['ArrowLeft', 3], ['PageUp', 2]];
  for (const [key, n] of steps) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.press(key);
    await expect(count).toHaveText(`${n} / 9`);
    expect(stepOf(page), key).toBe(n);
    // The key steps and does nothing else: Space and the page keys do not also scroll.
    expect(await page.evaluate(() => window.scrollY), key).toBe(0);
  }
  await expect(page.locator('#tour-caption')).toContainText('15 April 2022: a joint working draft');
  await expect(page.locator('main')).toContainText('Draft Treaty on Permanent Neutrality');
  // Back and forward go through the steps, as bookmarks of them would.
  await page.goBack();
  await expect(count).toHaveText('3 / 9');
  await page.goForward();
  await expect(count).toHaveText('2 / 9');
  // The step is a permalink: loading it afresh shows the same step.
  await page.reload();
  await expect(count).toHaveText('2 / 9');
  expect(problems).toEqual([]);
});

test('a tour permalink never shows the prerendered default view first', async ({ page }) => {
  // Every view heading visible at some frame, from before the app starts.
  await page.addInitScript(() => {
    window.__seen = new Set();
    (function look() {
      const h = document.getElementById('view-h');
      if (h && h.offsetParent !== null) window.__seen.add(h.textContent);
      requestAnimationFrame(look);
    })();
  });
  await open(page, `${TOUR}&step=3`);
  await expect(page.locator('#tour-count')).toHaveText('3 / 9');
  expect(await page.evaluate(() => [...window.__seen])).toEqual(['Russia and Ukraine']);
});

test('the last step does not step on, and Space there does not scroll', async ({ page }) => {
  await open(page, `${TOUR}&step=9`);
  await expect(page.locator('#tour-count')).toHaveText('9 / 9');
  await expect(page.locator('#tour-next')).toHaveCount(0);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#tour-count')).toHaveText('9 / 9');
  expect(stepOf(page)).toBe(9);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('Escape leaves presentation mode for the normal view of the same step', async ({ page }) => {
  await open(page, `${TOUR}&step=3`);
  await expect(page.locator('.page.present')).toHaveCount(1);
  await expect(page.locator('nav[aria-label="Views"]')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.locator('.page.present')).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('?view=pair&a=ru&b=ua&date=2022-04-15');
  await expect(page.locator('nav[aria-label="Views"]')).toBeVisible();
  await expect(page.locator('#view-h')).toContainText('Russia');
  // Outside presentation mode the keys are the page's own again.
  await page.keyboard.press('ArrowRight');
  expect(new URL(page.url()).search).toBe('?view=pair&a=ru&b=ua&date=2022-04-15');
});

test('keys typed into a control stay with it', async ({ page }) => {
  await open(page, '?view=issue&issue=nato&present=1');
  await page.locator('#as-of').focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('.page.present')).toHaveCount(1);
  await page.locator('#view-h').focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('.page.present')).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('?view=issue&issue=nato');
});

/** Elements in `main` with text of their own whose type is drawn smaller than `min` pixels. */
const smallText = (page, min) => page.evaluate((min) => {
  const small = [];
  for (const el of document.querySelectorAll('main *')) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own || el.closest('.sr-only') || !el.getClientRects().length) continue;
    // SVG text is drawn at its font size times the chart's scale on screen.
    const scale = el.ownerSVGElement ? el.getScreenCTM().a : 1;
    const size = Math.round(parseFloat(getComputedStyle(el).fontSize) * scale * 10) / 10;
    if (size < min) small.push(`${el.tagName.toLowerCase()}.${el.className}: ${size}px`);
  }
  return [...new Set(small)];
}, min);

for (const [name, url] of [
  ['a framework step', `${TOUR}&step=2`],
  ['a pair step', `${TOUR}&step=3`],
  ['an issue step', '?present=1&tour=territory&step=2'],
  ['the matrix without a tour', '?present=1&parties=ru,ua,us'],
]) {
  test(`presentation mode at 1280×720: ${name} has no text under 24 px`, async ({ page }) => {
    await open(page, url);
    await shot(page, `classroom-present-${name.replace(/\W+/g, '-')}`, false);
    expect(await smallText(page, 24)).toEqual([]);
    const body = await page.locator('#view-summary').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(body).toBeGreaterThanOrEqual(24);
    // The same view outside presentation mode has smaller type, so the check above can fail.
    const plain = url.replace('present=1', 'present=0');
    await open(page, plain);
    expect((await smallText(page, 24)).length).toBeGreaterThan(0);
  });
}

test('presentation mode has enough contrast in both themes', async ({ page }) => {
  for (const dark of ['false', 'true']) {
    await open(page, `${TOUR}&step=3&dark=${dark}`);
    await shot(page, `classroom-present-step3-dark-${dark}`, false);
    const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(violations.map((v) => `${dark}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

/** The footnotes as printed: their numbers' order and texts, and the numbers cited in the body. */
async function printed(page) {
  return page.evaluate(() => ({
    notes: [...document.querySelectorAll('.footnotes li')].map((li) => li.textContent),
    cited: [...document.querySelectorAll('sup.fn')].filter((s) => s.getClientRects().length).flatMap((s) => s.textContent.replace(/[[\]]/g, '').split(',').map(Number)),
    listed: [...new Set([...document.querySelectorAll('[data-src]')].map((e) => e.dataset.src))],
  }));
}

test('a view prints as a handout: no chrome, the date and permalink on top, every source a numbered footnote', async ({ page, baseURL }) => {
  const view = '?view=pair&a=ru&b=ua&date=2022-04-15';
  await open(page, view);
  await expect(page.locator('.footnotes')).toBeHidden();
  await expect(page.locator('sup.fn').first()).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.top')).toBeHidden();
  await expect(page.locator('footer.foot')).toBeHidden();
  await expect(page.locator('.time')).toBeHidden();
  await expect(page.locator('.pickers')).toBeHidden();
  const head = page.locator('.print-head');
  await expect(head).toBeVisible();
  await expect(head).toContainText('Positions as of 15 April 2022');
  await expect(head).toContainText(`Permalink: ${new URL(view, baseURL).href}`);
  await expect(page.locator('.footnotes')).toBeVisible();
  const { notes, cited, listed } = await printed(page);
  expect(notes.length).toBe(listed.length);
  expect(notes.length).toBeGreaterThan(5);
  // Each source once, in order, with its full address; every number cited has its note.
  listed.forEach((url, i) => expect(notes[i].endsWith(url), `${i + 1}: ${notes[i]}`).toBe(true));
  expect(cited.length).toBeGreaterThan(0);
  expect(cited.every((n) => n >= 1 && n <= notes.length)).toBe(true);
  await shot(page, 'classroom-print-pair');
  await page.pdf({ path: path.join(HANDOUTS, 'pair-ru-ua-2022-04-15.pdf'), format: 'A4', printBackground: true });
  expect(fs.statSync(path.join(HANDOUTS, 'pair-ru-ua-2022-04-15.pdf')).size).toBeGreaterThan(20_000);
});

test('the matrix prints across an A4 sheet, other views on the reader\'s own paper', async ({ page }) => {
  /** The page sizes of the PDF Chromium prints, in points, with the page's own @page size. */
  const sizes = async (name) => {
    const file = path.join(HANDOUTS, name);
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    return [...new Set(fs.readFileSync(file, 'latin1').match(/\/MediaBox\s*\[[^\]]*\]/g))]
      .map((box) => box.match(/[\d.]+/g).slice(2).map((v) => Math.round(Number(v))));
  };
  await open(page, '?view=matrix');
  expect(await sizes('matrix.pdf')).toEqual([[842, 595]]);
  await open(page, '?view=pair&a=ru&b=ua');
  const [[width, height]] = await sizes('pair-ru-ua.pdf');
  expect(width).toBeLessThan(height);
});

test('a tour prints as a handout of all its steps', async ({ page }) => {
  await open(page, '?tour=territory&handout=1');
  await page.emulateMedia({ media: 'print' });
  const steps = page.locator('.handout-step');
  await expect(steps).toHaveCount(9);
  await expect(steps.first()).toContainText('Step 1 of 9');
  await expect(steps.first().locator('.caption')).toContainText('as of 15 April 2022');
  await expect(steps.last()).toContainText('Step 9 of 9');
  await expect(page.locator('.print-head')).toContainText('?tour=territory&handout=1');
  const { notes, listed } = await printed(page);
  expect(notes.length).toBe(listed.length);
  const pdf = path.join(HANDOUTS, 'tour-territory.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  expect(fs.statSync(pdf).size).toBeGreaterThan(50_000);
  const tour = path.join(HANDOUTS, 'tour-istanbul-to-20-point.pdf');
  await open(page, '?tour=istanbul-to-20-point&handout=1');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: tour, format: 'A4', printBackground: true });
  expect(fs.statSync(tour).size).toBeGreaterThan(50_000);
});
