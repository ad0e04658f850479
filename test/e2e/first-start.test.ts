import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDb } from '../../db/open';
import { createConnectBackend } from '../../electron/backend/client/connect';
import { createDesktopBackend } from '../../electron/backend/client/desktop';
import { createRemoteBackend } from '../../electron/backend/client/remote';
import { dbFileIn } from '../../electron/backend/data-dir';
import { createHttpServer } from '../../electron/backend/http/server';
import { createIpcTransport } from '../../electron/backend/ipc/transport';
import { ensureCertificate, type HostCertificate } from '../../electron/backend/lan/certificate';
import { createBackend } from '../../electron/backend/rpc/dispatch';
import type { RpcRequest } from '../../electron/contract/errors';
import { launchBrowser } from '../support/browser';
import { RENDERER_DIR } from '../support/server';
import { tempDir } from '../support/temp';

/**
 * The desktop app's first start and life as a client, in Chromium: the renderer's one IPC door
 * (window.bangfu) is played by the test, which runs what Electron's main runs for it (the connect
 * handlers, the switch to the remote backend, the IPC transport) against a real HTTPS host on
 * loopback. Not Electron itself: its window and process are typechecked and unit-tested elsewhere.
 */
const SHOTS = path.resolve(__dirname, '../../test-results');
const ADMIN = { username: 'admin', displayName: '管理员', password: 'admin-pass-1', schoolName: '深圳鹏城技师学院' };
const NAMES = { dns: ['localhost'], ips: ['127.0.0.1'] };

let opened: OpenDb;
let certificate: HostCertificate;
let host: ReturnType<typeof createHttpServer> | null = null;
let port = 0;
let page: Page;
let browser: Browser;
const servers: { close(): Promise<unknown> }[] = [];

async function startHost(tls: HostCertificate) {
  host = createHttpServer({ backend: createBackend(opened, { logError: () => {} }), staticDir: null, tls });
  await host.listen({ port, host: '127.0.0.1' });
  port = (host.server.address() as AddressInfo).port;
}
async function stopHost() {
  await host?.close();
  host = null;
}

beforeAll(async () => {
  opened = openDatabase({ file: dbFileIn(tempDir()) });
  certificate = await ensureCertificate(tempDir(), NAMES);
  await startHost(certificate);
  await createBackend(opened).call({ method: 'auth.setup', input: ADMIN }, null);

  // What main does on this PC, which has no data yet.
  const device = 'BangfuDesktop/0.1.0 (e2e)';
  const desktop = createDesktopBackend(
    createConnectBackend({
      dataDir: tempDir(),
      device,
      browse: async () => {
        const url = `https://127.0.0.1:${port}`;
        return [{ name: '帮扶办主机 (OFFICE-PC)', addresses: ['127.0.0.1'], port, fingerprint: certificate.fingerprint, url }];
      },
      choose: async (use) => {
        if (use.kind === 'client') desktop.useHost(createRemoteBackend({ url: use.host.url, pin: use.host, device, retryDelaysMs: [100, 200] }));
      },
    }),
  );
  const transport = createIpcTransport(desktop);
  // The renderer itself, served over plain HTTP on loopback (Chromium loads no modules from file://).
  const renderer = createHttpServer({ backend: createBackend(openDatabase({ file: dbFileIn(tempDir()) })), staticDir: RENDERER_DIR });
  await renderer.listen({ port: 0, host: '127.0.0.1' });
  servers.push(renderer);

  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.exposeFunction('bangfuInvoke', (request: RpcRequest) => transport.handle(1, request));
  await page.addInitScript(() => {
    const w = window as unknown as { bangfu: unknown; bangfuInvoke: (r: unknown) => Promise<unknown> };
    w.bangfu = { invoke: (r: unknown) => w.bangfuInvoke(r), print: async () => ({ ok: false, reason: 'failed' }), reportReady: async () => {} };
  });
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.goto(`http://127.0.0.1:${(renderer.server.address() as AddressInfo).port}/`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stopHost();
  await Promise.all(servers.map((s) => s.close()));
});

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `first-start-${name}.png`) });
const groups = (fingerprint: string) => fingerprint.split(':').reduce<string[]>((all, byte, i) => (i % 4 ? ((all[all.length - 1] += `:${byte}`), all) : [...all, byte]), []);

describe('the desktop app on a PC without data', () => {
  it('asks how this PC is used, and connects to the office host once its fingerprint is compared', async () => {
    await page.getByTestId('first-start').waitFor();
    expect(await page.getByRole('heading', { level: 3 }).innerText()).toBe('这台电脑怎么用？');
    await shot('1-choice');

    await page.getByTestId('first-connect').click();
    await expect.poll(() => page.getByTestId('connect-found-host').allInnerTexts()).toEqual([expect.stringContaining('帮扶办主机 (OFFICE-PC)')]);
    await page.locator('[name="address"]').fill('192.168.1.20:99999');
    await page.getByTestId('connect-look').click();
    await expect.poll(() => page.getByTestId('connect-error').innerText()).toContain('192.168.1.20');
    await page.locator('[name="address"]').fill(`127.0.0.1:${port}`);
    await shot('2-connect');
    await page.getByTestId('connect-look').click();

    await page.getByTestId('connect-compare').waitFor();
    const shown = (await page.getByTestId('connect-fingerprint').locator('code').allInnerTexts()).map((g) => g.trim());
    expect(shown).toEqual(groups(certificate.fingerprint));
    await shot('3-compare');
    await page.getByTestId('connect-trust').click();

    // now a client: the host's own sign-in
    await page.locator('[name="username"]').fill('admin');
    await page.locator('[name="password"]').fill('admin-pass-1');
    await page.locator('[name="password"]').press('Enter');
    await page.locator('nav').waitFor();
  });

  it('says the host cannot be reached while it is off, retrying, and goes on when it is back', async () => {
    await stopHost();
    await page.getByRole('link', { name: '设置' }).click();
    await page.getByTestId('host-unreachable').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('host-unreachable').innerText()).toContain(`连不上办公室主机 127.0.0.1:${port}，正在重试…`);
    await shot('4-unreachable');
    await startHost(certificate);
    await page.getByTestId('host-unreachable').waitFor({ state: 'detached', timeout: 30_000 });
  });

  it('stops everything when the host shows another certificate, until it is compared again', async () => {
    await stopHost();
    const other = await ensureCertificate(tempDir(), NAMES);
    await startHost(other);
    // the next call (whichever the page makes first once reloaded) meets the other certificate
    await page.reload();
    await page.getByTestId('certificate-changed').waitFor({ timeout: 20_000 });
    expect((await page.getByTestId('changed-expected').locator('code').allInnerTexts()).map((g) => g.trim())).toEqual(groups(certificate.fingerprint));
    expect((await page.getByTestId('changed-presented').locator('code').allInnerTexts()).map((g) => g.trim())).toEqual(groups(other.fingerprint));
    await shot('5-changed');

    await page.getByTestId('changed-compare').click();
    expect(await page.locator('[name="address"]').inputValue()).toBe(`127.0.0.1:${port}`);
    await page.getByTestId('connect-look').click();
    await page.getByTestId('connect-compare').waitFor();
    expect((await page.getByTestId('connect-fingerprint').locator('code').allInnerTexts()).map((g) => g.trim())).toEqual(groups(other.fingerprint));
    await page.getByTestId('connect-trust').click();
    await page.getByTestId('certificate-changed').waitFor({ state: 'detached' });
    await page.locator('nav').waitFor();
  });
});
