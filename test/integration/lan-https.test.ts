import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDb } from '../../db/open';
import { dbFileIn } from '../../electron/backend/data-dir';
import { createHttpServer } from '../../electron/backend/http/server';
import { ensureCertificate, type HostCertificate } from '../../electron/backend/lan/certificate';
import { firstLook, pinnedPost, PinMismatch, type Pin } from '../../electron/backend/lan/pin';
import { createBackend } from '../../electron/backend/rpc/dispatch';
import { launchBrowser } from '../support/browser';
import { SHOTS } from '../support/demo-app';
import { RENDERER_DIR } from '../support/server';
import { tempDir } from '../support/temp';

/**
 * Host mode: the API and the renderer over HTTPS with the host's own certificate, reached on two
 * loopback addresses as two network cards would be; clients that pin its fingerprint, and one
 * shown another certificate.
 */

const NAMES = { dns: ['localhost'], ips: ['127.0.0.1', '127.0.0.2'] };

let opened: OpenDb;
let certificate: HostCertificate;
const servers: ReturnType<typeof createHttpServer>[] = [];
const urls: string[] = [];

async function listen(tls: { key: string; cert: string }, host: string): Promise<string> {
  const server = createHttpServer({ backend: createBackend(opened, { logError: () => {} }), staticDir: RENDERER_DIR, tls });
  await server.listen({ port: 0, host });
  servers.push(server);
  return `https://${host}:${(server.server.address() as AddressInfo).port}/`;
}

beforeAll(async () => {
  const dataDir = tempDir();
  opened = openDatabase({ file: dbFileIn(dataDir) });
  certificate = await ensureCertificate(dataDir, NAMES);
  for (const host of ['127.0.0.1', '127.0.0.2']) urls.push(await listen(certificate, host));
  // the first administrator, set up on this host
  await pinnedPost(new URL('api/rpc', urls[0]).href, { cert: certificate.authority, fingerprint: certificate.fingerprint }, {
    method: 'auth.setup',
    input: { username: 'admin', displayName: '管理员', password: 'admin-pass-1', schoolName: '深圳鹏城技师学院' },
  });
}, 60_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  opened?.sqlite.close();
});

const rpc = (url: string, pin: Pin, method: string, input: unknown, headers: Record<string, string> = {}) =>
  pinnedPost(new URL('api/rpc', url).href, pin, { method, input, locale: 'zh-CN' }, headers);

describe('the host over HTTPS', () => {
  it('keeps its certificate in the data folder: made once, the same at the next start', async () => {
    expect(certificate.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(certificate.spki).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const dataDir = tempDir();
    const made = await ensureCertificate(dataDir, NAMES);
    expect(await ensureCertificate(dataDir, NAMES)).toEqual(made);
    expect(made.fingerprint).not.toBe(certificate.fingerprint);
  });

  it('shows a client its fingerprint, then answers the client that pinned it on either address, the cookie Secure', async () => {
    for (const url of urls) {
      const seen = await firstLook(url);
      expect(seen.fingerprint).toBe(certificate.fingerprint);
      const login = await rpc(url, seen, 'auth.login', { username: 'admin', password: 'admin-pass-1' });
      expect(login.status).toBe(200);
      expect(JSON.parse(login.text)).toMatchObject({ ok: true, result: { username: 'admin' } });
      const cookie = String(login.headers['set-cookie']);
      expect(cookie).toMatch(/; Secure/);
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Strict/);
      const me = await rpc(url, seen, 'projects.list', {}, { Cookie: cookie.split(';')[0] });
      expect(JSON.parse(me.text)).toEqual({ ok: true, result: [] });
    }
  });

  it('is refused by a client that pinned another certificate, which names both fingerprints', async () => {
    const other = await ensureCertificate(tempDir(), NAMES);
    const impostor = await listen(other, '127.0.0.1');
    const pinned = { cert: certificate.authority, fingerprint: certificate.fingerprint };
    const refused = await rpc(impostor, pinned, 'auth.status', {}).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(PinMismatch);
    expect(refused).toMatchObject({ expected: certificate.fingerprint, presented: other.fingerprint });
  });

  it('speaks no plain HTTP on its HTTPS port', async () => {
    const { port } = new URL(urls[0]);
    const answer = await new Promise<string>((resolve) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => resolve(`HTTP ${res.statusCode}`));
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
      req.end();
    });
    // Node's TLS server answers a plain request with a bare 400, never the app
    expect(answer).not.toBe('HTTP 200');
  });

  it('serves Chromium that pins its key (as a client does), signing in over TLS', async () => {
    const browser = await launchBrowser([`--ignore-certificate-errors-spki-list=${certificate.spki}`]);
    try {
      const page = await browser.newPage();
      await page.goto(urls[1]);
      await page.locator('[name="username"]').fill('admin');
      await page.locator('[name="password"]').fill('admin-pass-1');
      await page.locator('[name="password"]').press('Enter');
      await page.locator('nav').waitFor();
      const cookies = await page.context().cookies();
      expect(cookies.find((c) => c.name === 'bf_session')).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
    } finally {
      await browser.close();
    }
  });

  it('offers a phone its authority before anyone signs in: the download, the fingerprint to compare, the phone’s own steps', async () => {
    const browser = await launchBrowser([`--ignore-certificate-errors-spki-list=${certificate.spki}`]);
    try {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36',
      });
      const page = await context.newPage();
      await page.goto(`${urls[0]}#/trust`);
      await page.getByTestId('trust-page').waitFor();
      expect((await page.getByTestId('trust-fingerprint').innerText()).replace(/\s+/g, ':')).toBe(certificate.fingerprint);
      expect(await page.getByTestId('trust-steps-android').isVisible()).toBe(true);
      expect(await page.getByTestId('trust-steps-ios').isVisible()).toBe(false);
      const file = await page.getByTestId('trust-download').getAttribute('href');
      const served = await page.evaluate(async (href) => {
        const res = await fetch(href!);
        return { type: res.headers.get('content-type'), bytes: [...new Uint8Array(await res.arrayBuffer())] };
      }, file);
      expect(served.type).toBe('application/x-x509-ca-cert');
      // what the phone installs is the authority the page and the host show, as DER
      const installed = new crypto.X509Certificate(Buffer.from(served.bytes));
      expect(installed.fingerprint256).toBe(certificate.fingerprint);
      expect(installed.ca).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.screenshot({ path: path.join(SHOTS, 'lan-trust-phone.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
