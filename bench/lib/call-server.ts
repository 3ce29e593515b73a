import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES_DIR, platformForHost, resolveFixture } from '../../scripts/browsers/https-server';

/**
 * The e2e fixture server routes a Meet meeting URL to its lobby, where a test clicks "Join now".
 * A benchmark that starts its clock at DOMContentLoaded needs the call screen itself at the
 * meeting URL, so this server answers every meeting URL with meet/call.html and everything else
 * exactly as the fixture server does (same fixture folder, same host rules).
 */
export const MEETING_CODE = 'ben-chma-rks';
export const MEETING_URL = meetingUrl(MEETING_CODE);
/** Any Meet meeting code path gets the call screen, so each measurement can have a meeting of its own. */
const MEETING_PATH = /^\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/;

export function meetingUrl(code: string): string {
  return `https://meet.google.com/${code}`;
}

export interface CallServer {
  port: number;
  close(): Promise<void>;
}

function selfSignedCertificate(dir: string): { key: Buffer; cert: Buffer } {
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

export async function startCallServer(): Promise<CallServer> {
  const certDir = mkdtempSync(join(tmpdir(), 'panelist-bench-cert-'));
  const server = createServer(selfSignedCertificate(certDir), (req, res) => {
    const host = req.headers.host ?? '';
    const pathname = new URL(req.url ?? '/', 'https://fixture.invalid').pathname;
    const platform = platformForHost(host);
    const file =
      platform === 'meet' && MEETING_PATH.test(pathname)
        ? join(FIXTURES_DIR, 'meet', 'call.html')
        : platform
          ? resolveFixture(platform, pathname)
          : null;
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`No fixture for ${host}${pathname}`);
      return;
    }
    const type = file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      rmSync(certDir, { recursive: true, force: true });
    },
  };
}
