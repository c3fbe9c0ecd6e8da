// Ukrainian and Russian (issue 20): `lang=` on a view, its words, `<html lang>`, the switch that
// keeps the view, `lang` kept through a tour, accessibility, and screenshots in both languages.
const { test, expect } = require('@playwright/test');
const { default: AxeBuilder } = require('@axe-core/playwright');
const { collectProblems, open, shot } = require('./helpers');

const LANGS = {
  uk: { tab: 'Таблиця', switch: 'Українська', date: '23 червня 2026' },
  ru: { tab: 'Таблица', switch: 'Русский', date: '23 июня 2026' },
};

test.describe.configure({ timeout: 120_000 });

for (const [code, words] of Object.entries(LANGS)) {
  test(`${code}: the default view in its language, with its dates, and nothing wrong in the console`, async ({ page }) => {
    const problems = collectProblems(page);
    await open(page, `/?lang=${code}`);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('nav .tabs a[aria-current="page"]')).toHaveText(words.tab);
    await expect(page.locator('.langs a[aria-current]')).toHaveText(words.switch);
    // The slider's date, as the language writes it.
    await expect(page.locator('main')).toContainText(words.date);
    // The English tab names are gone.
    await expect(page.locator('nav .tabs')).not.toContainText('Two parties');
    expect(problems).toEqual([]);
  });

  test(`${code}: screenshots at 375 px and of presentation mode at 1280×720`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await open(page, `/?lang=${code}`);
    await shot(page, `lang-${code}-matrix-375`);
    await open(page, `/?view=pair&a=ru&b=ua&lang=${code}`);
    await shot(page, `lang-${code}-pair-375`);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/?present=1&tour=territory&step=2&lang=${code}`);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('#view-h').first()).toBeVisible();
    await shot(page, `lang-${code}-present-1280`, false);
  });

  test(`${code}: axe finds nothing on the pair view`, async ({ page }) => {
    await open(page, `/?view=pair&a=ru&b=ua&lang=${code}`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the switch keeps the view and loads it in the other language', async ({ page }) => {
  await open(page, '/?view=pair&a=ru&b=ua&lang=uk');
  await page.locator('.langs a', { hasText: 'Русский' }).click();
  await expect(page).toHaveURL(/\?view=pair&a=ru&b=ua&lang=ru$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('nav .tabs a[aria-current="page"]')).toHaveText('Две стороны');
  // And back to English, which `lang` is then left out for.
  await page.locator('.langs a', { hasText: 'English' }).click();
  await expect(page).toHaveURL(/\?view=pair&a=ru&b=ua$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('nav .tabs a[aria-current="page"]')).toHaveText('Two parties');
});

test('lang survives a tour step, the views’ links and the share box', async ({ page }) => {
  await page.goto('/?present=1&tour=territory&step=2&lang=uk');
  await expect(page.locator('#view-h').first()).toBeVisible();
  await page.locator('#tour-next').click();
  await expect(page).toHaveURL(/step=3/);
  expect(page.url()).toContain('lang=uk');
  await open(page, '/?view=issue&issue=nato&lang=ru');
  await page.locator('nav .tabs a', { hasText: 'Две стороны' }).click();
  await expect(page).toHaveURL(/view=pair.*lang=ru/);
  await expect(page.locator('#share-link')).toHaveValue(/lang=ru/);
});

test('a dataset that cannot be loaded is told in the page’s language', async ({ page }) => {
  await page.goto('/?data=fixtures/no-such-file.json&lang=uk');
  await expect(page.locator('#failure-message')).toContainText('Не вдалося завантажити набір даних fixtures/no-such-file.json: відповідь сервера — 404');
  await expect(page.locator('h1')).toHaveText('Застосунку Common Ground не вдалося завантажити дані');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  // Refused before any request: another site's file.
  await page.goto('/?data=https://elsewhere.example/x.json&lang=ru');
  await expect(page.locator('#failure-message')).toContainText('https://elsewhere.example/x.json');
  await expect(page.locator('#failure-message')).not.toContainText('The dataset');
});
