// Embedding: inside an iframe on someone else's page the app works, stays inside its frame,
// and tells the host page its height so the frame can size itself.
const { test, expect } = require('@playwright/test');

// The host-page script from the README, verbatim in behaviour.
const HOST_SCRIPT = `
  window.addEventListener('message', (event) => {
    let m;
    try { m = JSON.parse(event.data); } catch { return; }
    if (!m || m.sender !== 'common-ground' || !(m.height > 0)) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = m.height + 'px';
    }
  });`;

test('an embedded view sizes its frame and navigates inside it', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.setContent(`<!doctype html><title>Host</title><h1>A newsroom article</h1>
    <iframe id="cg" title="Common Ground" src="${baseURL}?view=pair&a=ru&b=ua" style="width:100%;height:300px;border:0"></iframe>
    <script>${HOST_SCRIPT}</script>`);
  const frame = page.frameLocator('#cg');
  await expect(frame.locator('#view-h')).toHaveText('Russia and Ukraine');
  // The pair view is far taller than 300 px: the host script must have grown the frame.
  await expect.poll(async () => page.locator('#cg').evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(1500);

  // A link inside the frame changes the frame's view, not the host page.
  await frame.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Matrix' }).click();
  await expect(frame.locator('#view-h')).toHaveText('Who stands where');
  await expect(page.locator('h1')).toHaveText('A newsroom article');
  const child = page.frames().find((f) => f !== page.mainFrame());
  // The matrix link keeps the rest of the state, so going back to the pair is one click.
  expect(new URL(child.url()).search).toBe('?a=ru&b=ua');
  expect(page.url()).toBe('about:blank');
});
