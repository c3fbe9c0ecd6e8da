const { test, expect } = require('@playwright/test');
const { default: AxeBuilder } = require('@axe-core/playwright');
const { open, VIEWS } = require('./helpers');
for (const [name, url] of Object.entries(VIEWS)) for (const dark of ['false', 'true'])
test(`open details ${name} ${dark}`, async ({ page }) => {
  await open(page, `${url}&dark=${dark}`);
  await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; }));
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  console.log(name, dark, JSON.stringify(violations.map((v) => [v.id, v.nodes.length, v.nodes.slice(0, 3).map((n) => [n.target.join(' '), n.failureSummary.slice(0, 200)])]), null, 1));
});
test('sanity', async ({ page }) => {
  await open(page, '/');
  await page.evaluate(() => { const p = document.createElement('p'); p.textContent = 'faint'; p.style.color = '#eee'; document.querySelector('#view-summary').after(p); });
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  console.log('sanity', violations.map((v) => v.id));
});
