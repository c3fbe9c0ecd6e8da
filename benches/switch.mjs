// How long a view switch takes in the browser, from the click to the new page in the DOM
// (before layout and paint), on the release build: `./x build && node benches/switch.mjs`.
// Starts its own static server on a free loopback port and stops it when done.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});
const server = spawn('node', ['tests/e2e/server.mjs', 'dist', String(port)], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}/`;
await new Promise((r) => setTimeout(r, 500));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // Runs `act` in the page and resolves with the milliseconds until #page-root is re-drawn.
  const timed = (act) => page.evaluate((body) => new Promise((resolve) => {
    const root = document.getElementById('page-root');
    const t0 = performance.now();
    const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now() - t0); });
    // The page is patched, not replaced: any change under the root marks the new page drawn.
    obs.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    new Function(body)();
  }), act);
  const click = (selector) => `document.querySelector(${JSON.stringify(selector)}).click()`;
  const steps = [
    ['matrix → pair', click('nav a[href="?view=pair"]')],
    ['pair → framework', click('nav a[href="?view=framework"]')],
    ['framework → issue', click('nav a[href="?view=issue"]')],
    ['issue → changes', click('nav a[href="?view=changes"]')],
    ['changes → matrix', click('nav a:not([href^="?"])')],
    ['matrix → pair', click('nav a[href="?view=pair"]')],
    ['pair picker: Russia → United States', `const s = document.getElementById('pick-a');
      s.value = [...s.options].find((o) => o.text === 'United States').value;
      s.dispatchEvent(new Event('change', { bubbles: true }));`],
    ['pair → matrix', click('nav li:first-child a')],
    ['matrix date step', `const s = document.getElementById('as-of');
      s.value = String(Number(s.value) - 1);
      s.dispatchEvent(new Event('change', { bubbles: true }));`],
  ];
  for (let run = 1; run <= 3; run++) {
    await page.goto(base);
    await page.waitForSelector('#view-h');
    const times = [];
    for (const [name, act] of steps) times.push(`${name}: ${(await timed(act)).toFixed(1)} ms`);
    console.log(`run ${run}: ${times.join('; ')}`);
  }
} finally {
  await browser.close();
  server.kill();
}
