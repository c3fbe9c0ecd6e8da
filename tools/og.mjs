// Build step: the social card image, dist/og.png, a 1200 × 630 screenshot of the prerendered
// default view, taken by Debian's Chromium through playwright-core (a devDependency of the browser
// tests). `./x build` runs it after trunk, then `prerender --card-image` adds its tags to the page.
//
//   node tools/og.mjs [DIR]
//
// DIR (default dist) is served on a free loopback port for the shot; nothing leaves the machine.
// JavaScript is off: the prerendered page is exactly the app's first screen, and the shot then
// waits for nothing but the stylesheet. The note for readers without JavaScript is left out.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';

const require = createRequire(new URL('../package.json', import.meta.url));
const { chromium } = require('playwright-core');

const dir = resolve(process.argv[2] || 'dist');
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(dir, path));
  try {
    if (!file.startsWith(dir + sep)) throw new Error('outside the root');
    let body = await readFile(file);
    // The note for readers without JavaScript is left out of the shot.
    if (file.endsWith('.html')) body = String(body).replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({
    viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1, colorScheme: 'light',
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  // Anything but loopback would be a bug in the page: the shot must not need the network.
  await page.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => route.abort());
  // Generous limits for a busy machine, but never a build that hangs.
  await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load', timeout: 180_000 });
  await page.screenshot({ path: join(dir, 'og.png'), clip: { x: 0, y: 0, width: 1200, height: 630 }, timeout: 180_000 });
  console.error(`og: wrote ${join(dir, 'og.png')} (1200 × 630, the default view)`);
} finally {
  await browser.close();
  server.close();
}
