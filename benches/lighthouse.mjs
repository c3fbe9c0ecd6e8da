// Lighthouse on the release build, served with gzip on loopback: every view the goals of issue 19
// name, beside two floors, in one run, with the ratios and the machine's benchmarkIndex.
//
//   ./x build && (cd benches && npm ci) && node benches/lighthouse.mjs [RUNS] [QUERY...]
//
// The floor is ../shared/bench/floor-min.html, a minimal static page of the first screen (a
// heading, the summary and a two-row table, 1 KB): every ratio is to it. The second row is the
// prerendered page without its scripts (dist/index.html's first screen and stylesheet), to show
// what the page's own HTML costs before any script. Lighthouse 12 runs with its
// mobile defaults (simulated slow 4G and a 4× slower CPU) in Debian's Chromium. With RUNS > 1 each
// page is measured RUNS times, interleaved, and the median is printed. A benchmark, not a test:
// the numbers vary with the machine's load, so nothing here passes or fails.
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve, VIEWS } from './views.mjs';

const require = createRequire(new URL('./package.json', import.meta.url));
const { default: lighthouse } = await import(require.resolve('lighthouse'));
const chromeLauncher = await import(require.resolve('chrome-launcher'));

const runs = Number(process.argv[2] || 1);
const dist = new URL('../dist/', import.meta.url);
const floorFile = new URL('floor.html', dist);
const index = readFileSync(new URL('index.html', dist), 'utf8');
// No scripts, no module preloads, no policy that names their hashes: the first screen and its CSS.
const floor = index
  .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
  .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '')
  .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
writeFileSync(floorFile, floor);
const minFile = new URL('floor-min.html', dist);
writeFileSync(minFile, readFileSync(new URL('../../shared/bench/floor-min.html', import.meta.url)));

const { base, server } = await serve();

const pages = { floor: `${base}floor-min.html`, prerender: `${base}floor.html` };
for (const [name, query] of Object.entries(VIEWS)) pages[name] = base + query;
// More permalinks to measure, as further arguments: node benches/lighthouse.mjs 3 '?view=issue&issue=nato'
for (const [i, query] of process.argv.slice(3).entries()) pages[`link${i + 1}`] = base + query;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const results = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
try {
  for (let i = 0; i < runs; i++) {
    for (const [name, url] of Object.entries(pages)) {
      const { lhr } = await lighthouse(url, {
        port: chrome.port, output: 'json', logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      // LH_SAVE=DIR keeps each report, for the main-thread breakdown and the LCP element.
      if (process.env.LH_SAVE) writeFileSync(`${process.env.LH_SAVE}/lighthouse-${name}-${i + 1}.json`, JSON.stringify(lhr));
      const a = lhr.audits;
      results[name].push({
        lcp: a['largest-contentful-paint'].numericValue,
        fcp: a['first-contentful-paint'].numericValue,
        tbt: a['total-blocking-time'].numericValue,
        cls: a['cumulative-layout-shift'].numericValue,
        perf: lhr.categories.performance.score,
        index: lhr.environment.benchmarkIndex,
        a11y: lhr.categories.accessibility.score,
        bp: lhr.categories['best-practices'].score,
        seo: lhr.categories.seo.score,
        failed: Object.values(lhr.categories).flatMap((c) => c.auditRefs)
          .map((r) => a[r.id]).filter((x) => x && x.score !== null && x.score < 1 && x.scoreDisplayMode === 'binary')
          .map((x) => x.id),
      });
    }
  }
} finally {
  await chrome.kill();
  server.kill();
  rmSync(floorFile, { force: true });
  rmSync(minFile, { force: true });
}

const median = (xs) => { const s = [...xs].sort((p, q) => p - q); return s[Math.floor(s.length / 2)]; };
const row = (name) => {
  const r = results[name];
  const m = (k) => median(r.map((x) => x[k]));
  return { name, lcp: m('lcp'), fcp: m('fcp'), tbt: m('tbt'), cls: m('cls'), perf: m('perf'), a11y: m('a11y'), bp: m('bp'), seo: m('seo'), failed: r.at(-1).failed };
};
const rows = Object.keys(pages).map(row);
const indices = Object.values(results).flat().map((x) => x.index);
console.log(`Lighthouse 12, mobile defaults, gzip on loopback, median of ${runs} run(s); benchmarkIndex ${Math.min(...indices).toFixed(0)}–${Math.max(...indices).toFixed(0)}`);
console.log('page        LCP ms   ratio   FCP ms   TBT ms   CLS     perf  a11y  bp    seo   failed binary audits');
const floorLcp = rows[0].lcp;
for (const r of rows) {
  const goal = r.name === 'default' ? ' (≤ 1.3)' : r.name === 'floor' || r.name === 'prerender' ? '' : ' (≤ 2.0)';
  console.log(`${r.name.padEnd(10)} ${r.lcp.toFixed(0).padStart(7)}  ${(r.lcp / floorLcp).toFixed(2).padStart(5)}${goal.padEnd(9)}${r.fcp.toFixed(0).padStart(7)}  ${r.tbt.toFixed(0).padStart(7)}  ${r.cls.toFixed(3).padEnd(6)}  ${r.perf.toFixed(2)}  ${r.a11y.toFixed(2)}  ${r.bp.toFixed(2)}  ${r.seo.toFixed(2)}  ${r.failed.join(' ') || '-'}`);
}
// Each run's own ratios (the pages of a run are measured one after another), for the spread.
if (runs > 1) {
  const spread = (name) => {
    const ratios = results[name].map((x, i) => x.lcp / results.floor[i].lcp);
    return `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
  };
  console.log(`per run, LCP / floor: ${Object.keys(pages).slice(1).map((k) => `${k} ${spread(k)}`).join(', ')}`);
}
