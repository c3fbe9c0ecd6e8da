// The five views: permalinks, navigation and history, pickers, URL notices, narrow screens,
// dark mode, accessibility (axe), keyboard focus, and screenshots.
const { test, expect } = require('@playwright/test');
const { default: AxeBuilder } = require('@axe-core/playwright');
const { collectProblems, open, shot, luminance, sourcesIn, VIEWS } = require('./helpers');

const ALL = { ...VIEWS, compare: '?view=framework&doc=istanbul-communique-2022&doc2=us-28-point-2025-11' };
const heading = (page) => page.locator('#view-h');
const summary = (page) => page.locator('#view-summary');
const tab = (page, name) => page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name });

test.describe('permalinks', () => {
  let problems;
  test.beforeEach(({ page }) => { problems = collectProblems(page); });
  test.afterEach(() => { expect(problems).toEqual([]); });

  test('pair of Russia and Ukraine', async ({ page }) => {
    await open(page, '?view=pair&a=ru&b=ua');
    await expect(heading(page)).toHaveText('Russia and Ukraine');
    await expect(page.locator('.counts li')).toHaveText([/^\d+\D*Conflict$/, /^\d+\D*Overlap$/, /^\d+\D*Agree$/, /^\d+\D*Unknown$/]);
    await expect(page.locator('.counts')).toBeVisible();
    await expect(page.locator('.counts li', { hasText: 'Conflict' }).locator('.n')).toHaveText(/^[1-9]\d*$/);
    await expect(summary(page)).toHaveText(/^As of \d+ \w+ \d{4}, Russia and Ukraine /);
    await expect(page.locator('#pick-a')).toHaveValue(/a=ru/);
    await expect(page.locator('#pick-b')).toHaveValue(/b=ua/);
  });

  test('a document with two versions of a provision', async ({ page }) => {
    await open(page, '?view=framework&doc=draft-treaty-2022-04-15');
    await expect(page.locator('.doc h3')).toHaveText(/^Draft Treaty on Permanent Neutrality/);
    const cap = page.locator('li.provision', { hasText: "Cap on Ukraine's armed forces" });
    await expect(cap.locator('.alt-head')).toHaveText([/^Russia: 85,000\b/, /^Ukraine: 250,000\b/]);
    await expect(page.locator('.fit-table')).toBeVisible();
  });

  test('two documents compared', async ({ page }) => {
    await open(page, ALL.compare);
    const table = page.locator('.compare-table');
    await expect(table).toBeVisible();
    await expect(table.locator('thead th')).toHaveText(
      ['Issue', /^Istanbul Communiqué/, /^US 28-point peace plan/, 'Verdict']);
    await expect(table.locator('tbody tr', { hasText: 'Crimea' }).locator('td').last()).toHaveText('≠ different');
    await expect(summary(page)).toContainText('touch');
  });

  test('one issue: the scale and positions over time', async ({ page }) => {
    await open(page, '?view=issue&issue=nato');
    await expect(heading(page)).toHaveText('NATO membership');
    const steps = page.locator('.scale-list > li.scale-step');
    expect(await steps.count()).toBeGreaterThanOrEqual(3);
    await expect(steps.first().locator('strong')).toHaveText('Membership soon');
    await expect(steps.first()).toContainText('RU');
    await expect(page.getByRole('heading', { name: 'Positions over time, with sources' })).toBeVisible();
    const russia = page.locator('.history-party').filter({ has: page.getByRole('heading', { name: 'Russia', exact: true }) });
    await expect(russia.locator('.hist-in-effect')).toHaveCount(1);
    expect(await russia.locator('.history-list > li').count()).toBeGreaterThan(1);
  });

  test('changes between two dates', async ({ page }) => {
    await open(page, '?view=changes&from=2022-03-29&to=2025-12-23');
    await expect(heading(page)).toHaveText('What changed');
    await expect(summary(page)).toHaveText(/^Between 29 March 2022 and 23 December 2025, \d+ positions changed/);
    const moved = page.locator('ul.changes > li');
    expect(await moved.count()).toBeGreaterThan(5);
    await expect(moved.first().locator('h4')).toHaveText(/^\S.* on \S/);
    await expect(page.locator('#pick-from option:checked')).toHaveText('29 March 2022');
    await expect(page.locator('#pick-to option:checked')).toHaveText('23 December 2025');
  });

  test('matrix limited to two parties', async ({ page }) => {
    await open(page, '?view=matrix&parties=ru,ua');
    await expect(page.locator('.grid thead th')).toHaveText(['Issue', 'RU', 'UA', 'Common ground']);
    await expect(page.locator('#toggle-label')).toHaveText('Parties shown (some hidden):');
  });

  test('a date in the past', async ({ page }) => {
    await open(page, '?date=2022-04-15');
    await expect(summary(page)).toHaveText(/^As of 15 April 2022,/);
    await expect(page.locator('#as-of-date')).toHaveText('15 April 2022');
    await expect(page.getByRole('link', { name: 'Latest' })).toBeVisible();
  });
});

test('clicking between views updates the URL, and back and forward restore them', async ({ page }) => {
  const problems = collectProblems(page);
  await open(page, '/');
  await tab(page, 'Two parties').click();
  await expect(heading(page)).toHaveText('Russia and Ukraine');
  await expect(page).toHaveURL(/\?view=pair$/);
  await expect(tab(page, 'Two parties')).toHaveAttribute('aria-current', 'page');

  await page.locator('.pair-issue h4').getByRole('link', { name: 'Crimea', exact: true }).click();
  await expect(heading(page)).toHaveText('Crimea');
  await expect(page).toHaveURL(/\?view=issue&issue=crimea$/);

  await page.goBack();
  await expect(heading(page)).toHaveText('Russia and Ukraine');
  await expect(page).toHaveURL(/\?view=pair$/);
  await page.goBack();
  await expect(heading(page)).toHaveText('Who stands where');
  expect(new URL(page.url()).search).toBe('');
  await page.goForward();
  await expect(heading(page)).toHaveText('Russia and Ukraine');
  await page.goForward();
  await expect(heading(page)).toHaveText('Crimea');
  await expect(page).toHaveURL(/issue=crimea/);
  expect(problems).toEqual([]);
});

test('the default view needs no words beyond the app; another view loads them once, and shows no placeholder for them', async ({ page }) => {
  const problems = collectProblems(page);
  const asked = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname.endsWith('/text/en.txt')) asked.push(r.url()); });
  await open(page, '/');
  await expect(summary(page)).toBeVisible();
  await page.waitForTimeout(500);
  expect(asked).toEqual([]);
  // Every heading the page shows on the way, to see that none is drawn before its words are in.
  await page.evaluate(() => {
    window.seenHeadings = [];
    const root = document.getElementById('page-root');
    new MutationObserver(() => {
      const h = document.getElementById('view-h');
      if (h) window.seenHeadings.push(h.textContent);
    }).observe(root, { subtree: true, childList: true, characterData: true });
  });
  await tab(page, 'Changes').click();
  await expect(heading(page)).toHaveText('What changed');
  await expect(summary(page)).toHaveText(/^Between \d+ \w+ \d{4} and \d+ \w+ \d{4}, \d+ positions changed/);
  // A message not yet loaded would read as its number ("#212: …"); the view waits for them instead.
  await expect(page.locator('main')).not.toContainText(/#\d+:/);
  await tab(page, 'Deal builder').click();
  await expect(heading(page)).toHaveText('Deal builder');
  await expect(page.locator('main')).not.toContainText(/#\d+:/);
  expect(asked.length).toBe(1);
  const seen = await page.evaluate(() => window.seenHeadings);
  expect(seen.filter((h) => !['Who stands where', 'What changed', 'Deal builder'].includes(h))).toEqual([]);
  expect(seen).toContain('What changed');
  expect(problems).toEqual([]);
});

test('the pair pickers update the URL and the heading', async ({ page }) => {
  await open(page, '?view=pair&a=ru&b=ua');
  await page.locator('#pick-a').focus();
  await page.locator('#pick-a').selectOption({ label: 'United States' });
  await expect(heading(page)).toHaveText('United States and Ukraine');
  await expect(page).toHaveURL(/[?&]a=us(&|$)/);
  await page.locator('#pick-b').focus();
  await page.locator('#pick-b').selectOption({ label: 'China' });
  await expect(heading(page)).toHaveText('United States and China');
  await expect(page).toHaveURL(/[?&]a=us&b=cn$/);
  await expect(page.locator('#pick-b')).toBeFocused();
});

test.describe('URL notices', () => {
  test('an unknown party', async ({ page }) => {
    await open(page, '?view=pair&a=xx');
    await expect(page.locator('.notices')).toContainText('"xx"');
    await expect(heading(page)).toHaveText('Russia and Ukraine');
  });
  test('an unknown view', async ({ page }) => {
    await open(page, '?view=nonsense');
    await expect(page.locator('.notices')).toContainText('no view called "nonsense"');
    await expect(page.locator('.grid')).toBeVisible();
  });
  test('an impossible date', async ({ page }) => {
    await open(page, '?date=2022-13-45');
    await expect(page.locator('.notices')).toContainText('"2022-13-45" is not a date');
    await expect(summary(page)).toHaveText(/^As of /);
  });
});

test.describe('at 360×740', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const [name, url] of Object.entries(ALL)) {
    test(`${name} has no page-level horizontal scroll`, async ({ page }) => {
      await open(page, url);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, `page is ${scroll}px wide in a ${client}px window`).toBeLessThanOrEqual(client);
    });
  }
});

test.describe('dark mode', () => {
  const colours = (page) => page.evaluate(() => {
    const s = getComputedStyle(document.body);
    return { bg: s.backgroundColor, fg: s.color, theme: document.documentElement.getAttribute('data-theme') };
  });

  test('?dark=true', async ({ page }) => {
    await open(page, '?dark=true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const { bg, fg } = await colours(page);
    expect(luminance(bg)).toBeLessThan(0.05);
    expect(luminance(fg)).toBeGreaterThan(0.6);
  });

  test('the system dark scheme, and ?dark=false overriding it', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, '/');
    let c = await colours(page);
    expect(c.theme).toBeNull();
    expect(luminance(c.bg)).toBeLessThan(0.05);
    await open(page, '?dark=false');
    c = await colours(page);
    expect(c.theme).toBe('light');
    expect(luminance(c.bg)).toBeGreaterThan(0.9);
  });
});

test.describe('accessibility (axe)', () => {
  // An audit's time grows with the page: on an idle two-core machine the changes view from 2022
  // to 2025 (about 6,000 elements) took 9.5 s, and over 60 s on a busy one. The audits use a
  // shorter range of the same markup, and every audit gets minutes of headroom.
  test.describe.configure({ timeout: 240_000 });
  const AUDITED = {
    default: '/',
    ...ALL,
    changes: '?view=changes&from=2025-11-20&to=2025-12-23',
    deal: '?view=deal&base=us-28-point-2025-11',
    embed: '?embed=1&view=pair&a=ru&b=ua',
    'presentation mode': '?present=1&tour=territory&step=2',
    handout: '?tour=territory&handout=1',
  };
  const audit = async (page, rules) => {
    const { violations } = await rules(new AxeBuilder({ page })).analyze();
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  for (const [name, url] of Object.entries(AUDITED)) {
    // Every rule axe runs by default (WCAG 2.0–2.2 A and AA, and its best practices) over the
    // whole page: the charts' marks are audited wherever they are, the overview's too.
    test(`${name}: every rule`, async ({ page }) => {
      if (name === 'presentation mode' || name === 'handout') {
        await page.goto(url);
        await expect(page.locator('#view-h').first()).toBeVisible();
        await sourcesIn(page);
      } else {
        await open(page, url);
      }
      if (name === 'changes') {
        // Still every kind of content the view has: moved positions and changed relations.
        expect(await page.locator('ul.changes > li').count()).toBeGreaterThan(5);
        expect(await page.locator('.rel-table tbody tr').count()).toBeGreaterThan(5);
      }
      expect(await audit(page, (axe) => axe)).toEqual([]);
    });
  }
  // Dark mode: only the contrast rule, since the theme changes nothing else.
  for (const name of ['matrix', 'pair', 'framework']) {
    test(`${name} in dark mode: colour contrast`, async ({ page }) => {
      await open(page, `${AUDITED[name]}&dark=true`);
      expect(await audit(page, (axe) => axe.withRules(['color-contrast']))).toEqual([]);
    });
  }
});

test('keyboard: Tab reaches the view tabs with a visible focus outline, Enter follows them', async ({ page }) => {
  await open(page, '/');
  const inTabs = () => page.evaluate(() => !!document.activeElement?.closest('nav[aria-label="Views"]'));
  for (let i = 0; i < 10 && !(await inTabs()); i++) await page.keyboard.press('Tab');
  expect(await inTabs()).toBe(true);
  await expect(page.locator(':focus')).toHaveText('Matrix');
  const ring = await page.evaluate(() => {
    const el = document.activeElement;
    const s = getComputedStyle(el);
    return { visible: el.matches(':focus-visible'), style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(ring.visible).toBe(true);
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThan(0);

  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Two parties');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Russia and Ukraine');
  await expect(page).toHaveURL(/\?view=pair$/);
  await expect(heading(page)).toBeFocused();
});

test.describe('screenshots', () => {
  // What each view must visibly show: its heading and its main content.
  const SHOWS = {
    matrix: ['Who stands where', '.grid tbody tr[data-key]'],
    pair: ['Russia and Ukraine', '.pair-list > li'],
    framework: ['Documents, provision by provision', 'ol.provisions > li'],
    issue: ['NATO membership', '.scale-list > li'],
    changes: ['What changed', 'ul.changes > li'],
    compare: ['Documents, provision by provision', '.compare-table tbody tr'],
  };
  for (const [width, height] of [[1280, 800], [375, 812]]) {
    for (const [name, url] of Object.entries(ALL)) {
      test(`${name} at ${width}×${height}`, async ({ page }) => {
        const problems = collectProblems(page);
        await page.setViewportSize({ width, height });
        await open(page, url);
        const [title, content] = SHOWS[name];
        await expect(heading(page)).toHaveText(title);
        await expect(heading(page)).toBeInViewport();
        await expect(summary(page)).toBeVisible();
        await expect(page.locator(content).first()).toBeVisible();
        expect(await page.locator(content).count()).toBeGreaterThan(2);
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect(scroll, `page is ${scroll}px wide in a ${client}px window`).toBeLessThanOrEqual(client);
        await shot(page, `${name}-${width}`);
        expect(problems).toEqual([]);
      });
    }
  }
});

test.describe('the matrix with seven parties', () => {
  const SEVEN = '?view=matrix&parties=ru,ua,us,europe,cn,tr,nato';
  for (const [width, height] of [[1280, 800], [1920, 1080]]) {
    // The common-ground column was cut off at the right edge at these widths.
    test(`the common-ground column is reachable and readable at ${width}×${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await open(page, SEVEN);
      await expect(page.locator('.grid thead th[data-key]')).toHaveCount(7);
      const box = page.locator('.table-scroll');
      const measure = () => box.evaluate((b) => {
        const inner = b.getBoundingClientRect();
        const left = inner.left + b.clientLeft;
        const right = left + b.clientWidth;
        const em = parseFloat(getComputedStyle(b.querySelector('.grid')).fontSize);
        const last = [...b.querySelectorAll('thead th:last-child, td.ground')];
        return {
          scrollLeft: b.scrollLeft,
          maxScroll: b.scrollWidth - b.clientWidth,
          count: last.length,
          // Each cell's place in the box's scrolled content, and in the visible part of the box.
          inRange: last.every((c) => {
            const r = c.getBoundingClientRect();
            return r.left - left + b.scrollLeft >= -1 && r.right - left + b.scrollLeft <= b.scrollWidth + 1;
          }),
          inSight: last.every((c) => {
            const r = c.getBoundingClientRect();
            return r.left >= left - 1 && r.right <= right + 1;
          }),
          narrowest: Math.min(...last.map((c) => c.getBoundingClientRect().width)) / em,
          overflowing: last.filter((c) => c.scrollWidth > c.clientWidth + 1).length,
        };
      });
      const start = await measure();
      expect(start.count).toBeGreaterThan(20);
      expect(start.inRange, 'every cell lies within the box\'s scroll range').toBe(true);
      expect(start.narrowest, 'every cell is at least 12em wide').toBeGreaterThanOrEqual(12);
      expect(start.overflowing, 'no cell\'s text is cut off').toBe(0);
      expect(start.inSight, 'the column is in sight before any scrolling').toBe(true);
      await expect(page.locator('.grid thead th').last()).toHaveText('Common ground');
      await box.evaluate((b) => { b.scrollLeft = b.scrollWidth; });
      const end = await measure();
      expect(end.scrollLeft).toBe(end.maxScroll);
      expect(end.inSight, 'scrolled to the end, the column is still wholly in sight').toBe(true);
    });
  }
});

test('keyboard: the date slider steps back through the dates and keeps focus', async ({ page }) => {
  await open(page, '?view=pair&a=ru&b=ua');
  const slider = page.locator('#as-of');
  const dates = (await slider.getAttribute('data-dates')).split(' ');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  const previous = dates[dates.length - 2];
  await expect(page).toHaveURL(new RegExp(`[?&]date=${previous}(&|$)`));
  await expect(slider).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`[?&]date=${dates[dates.length - 3]}(&|$)`));
  await expect(slider).toBeFocused();
  await expect(page.getByRole('link', { name: 'Latest' })).toBeVisible();
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/\?view=pair&a=ru&b=ua$/);
});
