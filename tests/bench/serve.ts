// A static server on a free loopback port, for builds other than dist/ (the bare baseline, the
// synthetic and XSS builds) and for headers tests/support/serve.mjs does not send (a stricter CSP).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

export interface Served {
  /** e.g. "http://127.0.0.1:41234" */
  origin: string;
  close(): Promise<void>;
}

/** Serves `root` with no caching and, if given, a Content-Security-Policy header. */
export async function serveDirectory(root: string, options: { csp?: string } = {}): Promise<Served> {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const headers: Record<string, string> = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    if (options.csp) headers['Content-Security-Policy'] = options.csp;
    let file: string;
    try {
      file = join(base, decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname));
    } catch {
      res.writeHead(400, headers).end();
      return;
    }
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403, headers).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, headers).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // Browsers keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
