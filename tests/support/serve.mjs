// Minimal static server for the built app, used by Playwright's webServer.
// Written by hand (no deps) so tests exercise exactly what ships in dist/,
// optionally under the production Content-Security-Policy.
//
//   node tests/support/serve.mjs --port 4319 [--root dist] [--csp]
//   CSP=1 node tests/support/serve.mjs --port 4320
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; " +
  "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'";

// Readiness probe for Playwright (playwright.config.ts polls it); answers even before dist/ exists so suites
// that need no app (png.check) can run without a build.
const HEALTH_PATH = '/__health';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pbf': 'application/x-protobuf',
  '.woff2': 'font/woff2',
};

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4319' },
    root: { type: 'string', default: fileURLToPath(new URL('../../dist/', import.meta.url)) },
    csp: { type: 'boolean', default: process.env.CSP === '1' },
  },
});

const root = resolve(values.root);
const port = Number(values.port);

if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve.mjs: ${join(root, 'index.html')} is missing; run \`npm run build\` first.`);
}

const server = createServer(async (req, res) => {
  // nosniff makes wrong MIME types fail in tests as they would behind a strict host.
  const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  if (values.csp) headers['Content-Security-Policy'] = CSP;

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
    return;
  }
  const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (pathname === HEALTH_PATH) {
    res.writeHead(200, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('ok');
    return;
  }

  let file;
  try {
    file = join(root, decodeURIComponent(pathname));
  } catch {
    res.writeHead(400, headers).end();
    return;
  }
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403, headers).end();
    return;
  }

  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, {
      ...headers,
      'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': body.length,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}\n`);
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} on http://127.0.0.1:${port}${values.csp ? ' with CSP' : ''}`);
});
