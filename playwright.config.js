// Browser tests against the release build in dist/, served on a free loopback port.
// ./x test builds dist/ and sets E2E_PORT; Playwright starts and stops the server.
const { defineConfig } = require('@playwright/test');

const port = Number(process.env.E2E_PORT || 4173);

module.exports = defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'target/playwright',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous limits: the suite must pass on a busy two-core machine, where a page load or an
  // accessibility audit can take several times as long as on an idle one.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
             '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `node tests/e2e/server.mjs dist ${port}`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
