// The longest task each view runs after its first paint, in Chromium without throttling, on the
// release build served with gzip on loopback: `./x build && node benches/longtasks.mjs [RUNS]`.
// The goal (issue 19) is none over 50 ms. Tasks are read with the Long Tasks API, which reports
// every task over 50 ms: a view with none prints "-". The default view is measured from its
// prerendered first paint, a permalink from the first paint of its placeholder. A benchmark, not a
// test: the numbers depend on the machine, so nothing passes or fails; give the machine's
// Lighthouse benchmarkIndex (benches/lighthouse.mjs prints it) beside them.
import { chromium } from 'playwright-core';
import { serve, VIEWS } from './views.mjs';

const runs = Number(process.argv[2] || 3);
const { base, server } = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const results = {};
try {
  for (let i = 0; i < runs; i++) {
    for (const [name, query] of Object.entries(VIEWS)) {
      const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
      // Every long task from the start, kept in the page for the end.
      await page.addInitScript(() => {
        window.__tasks = [];
        new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push([e.startTime, e.duration]); })
          .observe({ type: 'longtask', buffered: true });
      });
      await page.goto(base + query);
      await page.locator('#view-h').first().waitFor();
      // The full file comes after the first paint; the page is quiet once its sources are in.
      await page.waitForFunction(() => !document.querySelector('.src-wait'), null, { timeout: 60_000 });
      await page.waitForTimeout(2000);
      const { paint, tasks } = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
        tasks: window.__tasks,
      }));
      const after = tasks.filter(([start]) => start >= paint).map(([, d]) => d);
      (results[name] ??= []).push({ longest: Math.max(0, ...after), count: after.length, total: after.reduce((a, b) => a + b, 0) });
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
const median = (xs) => { const s = [...xs].sort((p, q) => p - q); return s[Math.floor(s.length / 2)]; };
console.log(`Long tasks after the first paint, Chromium without throttling, 375 px, median of ${runs} run(s)`);
console.log('view        longest ms  tasks > 50 ms  their total ms');
for (const [name, rs] of Object.entries(results)) {
  const longest = median(rs.map((r) => r.longest));
  console.log(`${name.padEnd(11)} ${(longest ? longest.toFixed(0) : '-').padStart(10)}  ${String(median(rs.map((r) => r.count))).padStart(13)}  ${median(rs.map((r) => r.total)).toFixed(0).padStart(14)}`);
}
