// The one static server for tests and the bench: sirv (the file server under `vite preview`)
// behind node:http, so MIME types, index files and path checks are a kept library's, and the
// headers (no caching, nosniff, a CSP) are ours.
//
// As Playwright's webServer (playwright.config.ts), it serves every build the browser tests use,
// each on its own loopback port from PW_PORT up (see SITES):
//   tsx tests/support/serve.ts --port 4319
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const ROOT = join(import.meta.dirname, '..', '..');

/** The production Content-Security-Policy (README, "Hosting"). */
export const CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; " + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'";
/** The same, without style-src 'unsafe-inline': inline style attributes and <style> elements are refused. */
export const STRICT_CSP = CSP.replace(" 'unsafe-inline'", '');

/** Readiness probe Playwright polls (playwright.config.ts). */
export const HEALTH_PATH = '/__health';

export interface Served {
  /** e.g. "http://127.0.0.1:41234" */
  origin: string;
  close(): Promise<void>;
}

/** Serves `root` on loopback (`port` 0 picks a free one), with no caching and, if given, a CSP header. */
export async function serveDirectory(root: string, options: { port?: number; csp?: string } = {}): Promise<Served> {
  const files = sirv(root, { dev: true, dotfiles: false });
  const server = createServer((req, res) => {
    // nosniff makes a wrong MIME type fail here as it would behind a strict host.
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (options.csp) res.setHeader('Content-Security-Policy', options.csp);
    if (req.url === HEALTH_PATH) return void res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
    files(req, res, () => void res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${req.url}\n`));
  });
  await new Promise<void>((done, fail) => server.once('error', fail).listen(options.port ?? 0, '127.0.0.1', done));
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

/** What the browser tests reach, by offset from the base port: built by `npm run build:test`. */
export const SITES = [
  { name: 'plain', offset: 0, root: join(ROOT, 'dist') },
  { name: 'strictCsp', offset: 1, root: join(ROOT, 'dist'), csp: STRICT_CSP },
  { name: 'xss', offset: 2, root: join(ROOT, 'dist-xss') },
  { name: 'long', offset: 3, root: join(ROOT, 'dist-long') },
] as const;
export type SiteName = (typeof SITES)[number]['name'];

/** Origins of the sites for a base port. */
export function siteOrigins(port: number): Record<SiteName, string> {
  return Object.fromEntries(SITES.map((s) => [s.name, `http://127.0.0.1:${port + s.offset}`])) as Record<SiteName, string>;
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4319' } } });
  const base = Number(values.port);
  // The plain site last: Playwright polls its health URL, so it answers once all are listening.
  for (const site of [...SITES].reverse()) {
    await serveDirectory(site.root, { port: base + site.offset, ...('csp' in site ? { csp: site.csp } : {}) });
  }
  console.log(`serving ${SITES.map((s) => `${s.name} on ${base + s.offset}`).join(', ')}`);
}
