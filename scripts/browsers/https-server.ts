import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Local HTTPS server for the call-site fixtures, so the built extension sees the real hostnames.
 *
 *   const server = await startFixtureServer();
 *   const browser = await launchChromium({ hosts: FIXTURE_HOSTS, port: server.port });
 *   await page.goto('https://meet.google.com/abc-defg-hij');   // → fixtures/meet/lobby.html
 *   ...
 *   await server.close();
 *
 * - The Host header picks the folder: meet.google.com → fixtures/meet, any *.zoom.us → fixtures/zoom,
 *   teams.microsoft.com, teams.cloud.microsoft and teams.live.com → fixtures/teams. Other hosts get 404.
 * - A path naming a file in that folder serves it (`/call.html`). Otherwise the folder's
 *   `routes.json` ([{ "path": "<regex on the pathname>", "file": "<file>", "host"?: "<only this host>" }],
 *   first match wins) maps app URLs to pages, e.g. `^/[a-z]{3}-[a-z]{4}-[a-z]{3}$` → lobby.html.
 * - `/__fixture/<file>` serves fixtures/_shared on every host (the in-place page switcher).
 * - The certificate is self-signed, made by openssl in a temp folder per server and deleted on close;
 *   launchChromium passes --ignore-certificate-errors with the host mapping.
 */

export const FIXTURES_DIR = fileURLToPath(new URL('../../tests/e2e/fixtures', import.meta.url));

/** Every hostname the fixtures answer for; pass to launchChromium({ hosts }). */
export const FIXTURE_HOSTS = [
  'meet.google.com',
  'app.zoom.us',
  'us02web.zoom.us',
  'acme.zoom.us',
  'zoom.us',
  'teams.microsoft.com',
  'teams.cloud.microsoft',
  'teams.live.com',
];

export interface FixtureServer {
  port: number;
  /** Every request's host and path, oldest first (handy when a page does not load as expected). */
  requests: string[];
  close(): Promise<void>;
}

/** The fixture folder for a Host header (port stripped), or null for hosts we do not serve. */
export function platformForHost(hostHeader: string): string | null {
  const host = hostHeader.replace(/:\d+$/, '').toLowerCase();
  if (host === 'meet.google.com') return 'meet';
  if (host === 'zoom.us' || host.endsWith('.zoom.us')) return 'zoom';
  if (host === 'teams.microsoft.com' || host === 'teams.cloud.microsoft' || host === 'teams.live.com') return 'teams';
  return null;
}

interface Route {
  path: string;
  file: string;
  /** Only for this hostname (the same app on two hosts can then serve two variants). */
  host?: string;
}

/** The file to serve for a platform's pathname (on `host`, when given), or null (404). Never leaves the fixtures folder. */
export function resolveFixture(platform: string, pathname: string, host = ''): string | null {
  const shared = /^\/__fixture\/([\w.-]+)$/.exec(pathname);
  if (shared?.[1]) return insideFolder(join(FIXTURES_DIR, '_shared'), shared[1]);
  const folder = join(FIXTURES_DIR, platform);
  const direct = insideFolder(folder, decodeURIComponent(pathname).replace(/^\/+/, ''));
  if (direct) return direct;
  const routesFile = join(folder, 'routes.json');
  if (!existsSync(routesFile)) return null;
  const routes = JSON.parse(readFileSync(routesFile, 'utf8')) as Route[];
  const route = routes.find((r) => (!r.host || r.host === host) && new RegExp(r.path).test(pathname));
  return route ? insideFolder(folder, route.file) : null;
}

function insideFolder(folder: string, relative: string): string | null {
  if (!relative) return null;
  const file = resolve(folder, relative);
  if (!file.startsWith(folder + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

function makeCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', '1', '-keyout', key, '-out', cert],
    {
      stdio: 'ignore',
    },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** Serve the fixtures on 127.0.0.1 at a random free port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const certDir = mkdtempSync(join(tmpdir(), 'panelist-cert-'));
  const requests: string[] = [];
  const server = createServer(makeCertificate(certDir), (req, res) => {
    const host = req.headers.host ?? '';
    const pathname = new URL(req.url ?? '/', 'https://fixture.invalid').pathname;
    requests.push(`${host}${req.url ?? ''}`);
    const platform = platformForHost(host);
    const file = platform ? resolveFixture(platform, pathname, host.replace(/:\d+$/, '').toLowerCase()) : null;
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`No fixture for ${host}${pathname}`);
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      rmSync(certDir, { recursive: true, force: true });
    },
  };
}
