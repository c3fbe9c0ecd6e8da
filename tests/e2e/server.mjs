// A static file server for dist/, on loopback only: `node tests/e2e/server.mjs DIR PORT [--gzip]`.
// It serves DIR at `/` and again under SUB_PATH, as a newsroom would serve a copy of dist/,
// so the browser tests can check that the bundle works from a sub-path.
// Files the browser tests write into target/e2e-fixtures/ (hostile datasets, host pages) are
// served under /fixtures/, next to the app as a newsroom's own files would be.
// With --gzip it compresses what the client accepts, as a real host does (benches/lighthouse.mjs).
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const SUB_PATH = '/graphics/2026/ukraine-talks/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const gzip = process.argv.includes('--gzip');
const [root = 'dist', port = '8080'] = args;
const base = resolve(root);
const FIXTURES = resolve('target/e2e-fixtures');

const server = createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
  if (path.startsWith(SUB_PATH)) path = '/' + path.slice(SUB_PATH.length);
  if (path.endsWith('/')) path += 'index.html';
  let dir = base;
  if (path.startsWith('/fixtures/')) {
    dir = FIXTURES;
    path = path.slice('/fixtures'.length);
  }
  const file = normalize(join(dir, path));
  try {
    if (!file.startsWith(dir + sep)) throw new Error('outside the root');
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    let body = await readFile(file);
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body, { level: 6 });
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('not found\n');
  }
});

server.listen(Number(port), '127.0.0.1', () => {
  console.log(`serving ${base} at http://127.0.0.1:${port}/ and http://127.0.0.1:${port}${SUB_PATH}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
