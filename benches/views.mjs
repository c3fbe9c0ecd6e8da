// The views a reader opens, as the goals of "light on a phone" name them, shared by the benches.
export const VIEWS = {
  default: '',
  pair: '?view=pair&a=ru&b=ua',
  issue: '?view=issue&issue=nato',
  document: '?view=framework&doc=draft-treaty-2022-04-15',
  compare: '?view=framework&doc=istanbul-communique-2022&doc2=us-28-point-2025-11',
  // The changes view over its widest range: the whole dataset, its default.
  changes: '?view=changes',
  deal: '?view=deal',
  'tour step': '?present=1&tour=territory&step=3',
  // Permalinks the build does not prerender (src/bin/prerender/views.rs): drawn by the app.
  'changes, dates': '?view=changes&from=2022-03-29&to=2025-12-23',
  'pair, date': '?view=pair&a=ru&b=ua&date=2025-01-01',
};

// Serves dist/ with gzip on a free loopback port (tests/e2e/server.mjs): the page's address, and
// the server, for the bench to stop when done.
export async function serve() {
  const { spawn } = await import('node:child_process');
  const { createServer } = await import('node:net');
  const port = await new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); });
  });
  const server = spawn(process.execPath, ['tests/e2e/server.mjs', 'dist', String(port), '--gzip'], {
    cwd: new URL('..', import.meta.url), stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((ok) => server.stdout.once('data', ok));
  return { base: `http://127.0.0.1:${port}/`, server };
}
