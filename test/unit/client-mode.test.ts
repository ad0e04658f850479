/**
 * The desktop app's start-up as a client of the office host, at first start, and as the host with
 * its tray: main run in plain Node on the stand-in electron module (test/support/electron-standin.ts),
 * against a real HTTPS host on loopback.
 */
import fs from 'node:fs';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type OpenDb } from '../../db/open';
import { dbFileIn } from '../../electron/backend/data-dir';
import { createHttpServer } from '../../electron/backend/http/server';
import { ensureCertificate } from '../../electron/backend/lan/certificate';
import { firstLook, type Pin } from '../../electron/backend/lan/pin';
import { readMachineConfig } from '../../electron/backend/machine/config';
import { createBackend } from '../../electron/backend/rpc/dispatch';
import { useDesktopApp } from '../support/electron-standin';
import { tempDir } from '../support/temp';

const electron = await vi.hoisted(async () => (await import('../support/electron-standin')).electronStandIn());
vi.mock('electron', () => electron.module);

const { state, module: fake } = electron;
const { startApp, quitApp, dataDir, dataFile, setMachine, rpc } = useDesktopApp(electron);

const ADMIN = { username: 'admin', displayName: '管理员', password: 'admin-pass-1', schoolName: '深圳鹏城技师学院' };

let host: OpenDb;
let server: ReturnType<typeof createHttpServer>;
let url = '';
let pin: Pin;

beforeAll(async () => {
  const hostDir = tempDir();
  host = openDatabase({ file: dbFileIn(hostDir) });
  const tls = await ensureCertificate(hostDir, { dns: ['localhost'], ips: ['127.0.0.1'] });
  server = createHttpServer({ backend: createBackend(host, { logError: () => {} }), staticDir: null, tls });
  await server.listen({ port: 0, host: '127.0.0.1' });
  url = `https://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  pin = await firstLook(url);
  const setup = await createBackend(host).call({ method: 'auth.setup', input: ADMIN }, null);
  expect(setup.envelope.ok).toBe(true);
}, 60_000);

afterAll(async () => {
  await server?.close();
  host?.sqlite.close();
});

const windowOf = () => state.FakeWindow.all[0].webContents;
const pinnedHost = () => ({ use: { kind: 'client', host: { url, fingerprint: pin.fingerprint, cert: pin.cert, name: '办公室主机' } } });

describe('first start', () => {
  it('asks what this PC is when it has no database and no choice, and makes nothing meanwhile', async () => {
    setMachine(null);
    await startApp();
    expect(state.FakeWindow.all).toHaveLength(1);
    expect(state.forks).toHaveLength(0);
    expect(await rpc(windowOf(), 'connect.state')).toEqual({ ok: true, result: { mode: 'undecided' } });
    // nothing but the choice is answered before it is made
    expect((await rpc(windowOf(), 'auth.status')).error?.code).toBe('unavailable');
    expect(fs.existsSync(dataFile())).toBe(false);
  });

  it('keeps its own data when told so: the backend starts, the database is made, the choice kept', async () => {
    setMachine(null);
    await startApp();
    expect(await rpc(windowOf(), 'connect.useOwn')).toEqual({ ok: true, result: { mode: 'own', startAtLogin: false } });
    expect(state.forks).toHaveLength(1);
    expect(await rpc(windowOf(), 'auth.status')).toMatchObject({ ok: true, result: { setupNeeded: true } });
    expect(fs.existsSync(dataFile())).toBe(true);
    expect(readMachineConfig(dataDir()).use).toEqual({ kind: 'own' });
    // now the backend says what this PC is, and refuses to make it a client
    expect((await rpc(windowOf(), 'connect.look', { address: '127.0.0.1' })).error?.code).toBe('forbidden');
    await quitApp();
  });

  it('connects to a typed address once the fingerprint shown is trusted, without a restart and without a database', async () => {
    setMachine(null);
    await startApp();
    const look = await rpc(windowOf(), 'connect.look', { address: url.replace('https://', '') });
    expect(look).toEqual({ ok: true, result: { url, fingerprint: pin.fingerprint, name: url.replace('https://', '') } });

    const wrong = await rpc(windowOf(), 'connect.trust', { url, fingerprint: `${'00:'.repeat(31)}00`, name: '' });
    expect(wrong.error).toMatchObject({ code: 'host_certificate_changed', params: { presented: pin.fingerprint } });
    expect(readMachineConfig(dataDir()).use).toBeNull();

    const trusted = await rpc(windowOf(), 'connect.trust', { url, fingerprint: pin.fingerprint, name: '办公室主机' });
    expect(trusted).toEqual({ ok: true, result: { mode: 'client', host: { url, fingerprint: pin.fingerprint, name: '办公室主机' } } });
    expect(readMachineConfig(dataDir()).use).toMatchObject({ kind: 'client', host: { url, fingerprint: pin.fingerprint, cert: pin.cert } });
    expect(await rpc(windowOf(), 'auth.login', { username: 'admin', password: 'admin-pass-1' })).toMatchObject({ ok: true });
    expect(await rpc(windowOf(), 'users.list')).toMatchObject({ ok: true });
    expect(state.forks).toHaveLength(0);
    expect(fs.existsSync(dataFile())).toBe(false);
  });
});

describe('a client PC', () => {
  it('starts no backend and makes no database: its calls go to the pinned host, which knows the PC by name', async () => {
    setMachine(pinnedHost());
    await startApp();
    expect(state.forks).toHaveLength(0);
    expect(await rpc(windowOf(), 'connect.state')).toMatchObject({ ok: true, result: { mode: 'client', host: { url, name: '办公室主机' } } });
    expect(await rpc(windowOf(), 'auth.login', { username: 'admin', password: 'admin-pass-1' })).toMatchObject({ ok: true });
    const devices = (host.sqlite.prepare('SELECT device FROM sessions').all() as { device: string }[]).map((s) => s.device);
    expect(devices).toContainEqual(expect.stringMatching(/^BangfuDesktop\/0\.1\.0 \(.+\)$/));
    expect(fs.existsSync(dataFile())).toBe(false);
    expect(fs.readdirSync(dataDir())).toEqual(['machine.json']);
    await quitApp();
  });

  it('refuses a host whose certificate changed, naming both fingerprints, until it is trusted again', async () => {
    const other = await ensureCertificate(tempDir(), { dns: ['localhost'], ips: ['127.0.0.1'] });
    setMachine({ use: { kind: 'client', host: { url, fingerprint: other.fingerprint, cert: other.authority, name: '办公室主机' } } });
    await startApp();
    const refused = await rpc(windowOf(), 'auth.status');
    expect(refused.error).toMatchObject({ code: 'host_certificate_changed', params: { expected: other.fingerprint, presented: pin.fingerprint } });
    expect(await rpc(windowOf(), 'connect.trust', { url, fingerprint: pin.fingerprint, name: '办公室主机' })).toMatchObject({ ok: true });
    expect(await rpc(windowOf(), 'auth.status')).toMatchObject({ ok: true, result: { setupNeeded: false } });
  });
});

describe('the office host on its own PC', () => {
  it('starts hidden in the tray with Windows, keeps serving when its window is closed, and quits from the tray', async () => {
    const port = await freePort();
    setMachine({ use: { kind: 'own' }, lan: { enabled: true, port }, startAtLogin: true });
    process.argv.push('--hidden');
    try {
      await startApp();
    } finally {
      process.argv.pop();
    }
    const [win] = state.FakeWindow.all;
    win.emit('ready-to-show');
    expect(win.visible).toBe(false);
    expect(fake.app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: true, args: ['--hidden'] });
    await vi.waitFor(() => expect(state.FakeTray.all).toHaveLength(1));
    const [tray] = state.FakeTray.all;

    const close = () => {
      const event = { preventDefault: vi.fn() };
      win.emit('close', event);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(close()).toBe(true);
    expect(close()).toBe(true);
    await vi.waitFor(() => expect(tray.balloons).toHaveLength(1));

    tray.emit('right-click');
    expect(tray.menu?.template.map((item) => item.label)).toEqual(['打开', '局域网地址…', '退出']);
    tray.menu?.template[0].click?.();
    expect(win.visible).toBe(true);
    tray.menu?.template[2].click?.();
    expect(fake.app.quit).toHaveBeenCalled();
    // quitting: the window closes now, and the host stops before the app ends
    state.app.emit('before-quit');
    expect(close()).toBe(false);
    await quitApp();
    await vi.waitFor(() => expect(state.forks[0].child?.exitCode).toBe(0), { timeout: 30_000 });
    expect(tray.destroyed).toBe(true);
    expect(fs.existsSync(path.join(dataDir(), 'lan', 'serving.json'))).toBe(false);
  });

  it('quits on closing as always when host mode is off, with no tray and no start with Windows', async () => {
    setMachine({ use: { kind: 'own' }, startAtLogin: true });
    await startApp();
    const event = { preventDefault: vi.fn() };
    state.FakeWindow.all[0].emit('close', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(state.FakeTray.all).toHaveLength(0);
    expect(fake.app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: false, args: ['--hidden'] });
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
