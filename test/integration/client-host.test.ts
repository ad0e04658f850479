import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDb } from '../../db/open';
import { createRemoteBackend, type RemoteBackend } from '../../electron/backend/client/remote';
import { dbFileIn } from '../../electron/backend/data-dir';
import { createHttpServer } from '../../electron/backend/http/server';
import { createIpcTransport } from '../../electron/backend/ipc/transport';
import { ensureCertificate } from '../../electron/backend/lan/certificate';
import { firstLook, type Pin } from '../../electron/backend/lan/pin';
import { createBackend, type Backend } from '../../electron/backend/rpc/dispatch';
import type { Envelope, RpcRequest } from '../../electron/contract/errors';
import { tempDir } from '../support/temp';

/**
 * A client PC's desktop app on the office host: the remote backend over HTTPS to a real host on
 * loopback, pinned to the certificate a person compared; a host showing another certificate, a
 * host switched off and on again, and a save whose answer never came back.
 */

const NAMES = { dns: ['localhost'], ips: ['127.0.0.1'] };
const DEVICE = 'BangfuDesktop/0.1.0 (counsellor-pc)';
const FAST = { retryDelaysMs: [50, 100, 200], connectTimeoutMs: 2000 };

let opened: OpenDb;
let tls: { key: string; cert: string };
let port = 0;
let server: ReturnType<typeof createHttpServer> | null = null;
let url = '';
let pin: Pin;
/** The next time the host saves this method, the connection is cut before the answer leaves. */
let cutAfter: string | null = null;
const remotes: RemoteBackend[] = [];

async function startHost(): Promise<void> {
  const real = createBackend(opened, { logError: () => {} });
  const backend: Backend = {
    async call(request, token, client) {
      const outcome = await real.call(request, token, client);
      if (request.method === cutAfter) {
        cutAfter = null;
        server?.server.closeAllConnections();
      }
      return outcome;
    },
  };
  server = createHttpServer({ backend, staticDir: null, tls });
  await server.listen({ port, host: '127.0.0.1' });
  port = (server.server.address() as AddressInfo).port;
  url = `https://127.0.0.1:${port}`;
}

async function stopHost(): Promise<void> {
  await server?.close();
  server = null;
}

function remote(options: Partial<Parameters<typeof createRemoteBackend>[0]> = {}): RemoteBackend {
  const backend = createRemoteBackend({ url, pin, device: DEVICE, ...FAST, ...options });
  remotes.push(backend);
  return backend;
}

const projectCount = () => (opened.sqlite.prepare('SELECT count(*) AS n FROM projects').get() as { n: number }).n;
const request = (method: string, input: unknown = {}): RpcRequest => ({ method, input, locale: 'zh-CN' });
const project = (name: string) => ({ name, partnerProvince: '广西', partnerCity: '百色', partnerCounty: '', partnerSchool: '', agreementDate: null, model: '3+2', notes: '' });
const failure = (envelope: Envelope<unknown>) => (envelope.ok ? null : envelope.error);

beforeAll(async () => {
  const dataDir = tempDir();
  opened = openDatabase({ file: dbFileIn(dataDir) });
  tls = await ensureCertificate(dataDir, NAMES);
  await startHost();
  // What the first-start page does: read the host's certificate, a person compares it, it is pinned.
  pin = await firstLook(url);
}, 60_000);

afterAll(async () => {
  for (const r of remotes) r.close();
  await stopHost();
  opened?.sqlite.close();
});

describe('the desktop app as a client of the office host', () => {
  let token: string | null = null;

  it('signs in, reads and saves on the host, its session cookie kept by the client and the PC named on the host', async () => {
    const host = remote();
    const setup = await host.call(request('auth.setup', { username: 'admin', displayName: '管理员', password: 'admin-pass-1', schoolName: '深圳鹏城技师学院' }), null);
    expect(setup.envelope.ok).toBe(true);
    expect(setup.session).toMatchObject({ kind: 'start', token: expect.stringMatching(/.{20,}/) });
    token = setup.session?.kind === 'start' ? setup.session.token : null;

    const saved = await host.call(request('projects.create', project('广西百色')), token);
    expect(saved.envelope.ok).toBe(true);
    expect(saved.session).toBeNull();
    const list = await host.call(request('projects.list'), token);
    expect(list.envelope).toMatchObject({ ok: true, result: [{ name: '广西百色' }] });
    expect(projectCount()).toBe(1);

    const status = await host.call(request('network.status'), token);
    expect(status.envelope).toMatchObject({ ok: true, result: { sessions: [{ self: true, address: '127.0.0.1', device: DEVICE }] } });
    // without the cookie the host does not know the caller
    expect(failure((await host.call(request('projects.list'), null)).envelope)?.code).toBe('unauthenticated');
  });

  it('signs out: the host clears the cookie and the token no longer works', async () => {
    const host = remote();
    const out = await host.call(request('auth.logout'), token);
    expect(out.envelope.ok).toBe(true);
    expect(out.session).toEqual({ kind: 'end' });
    expect(failure((await host.call(request('projects.list'), token)).envelope)?.code).toBe('unauthenticated');
  });

  it('serves the IPC transport unchanged: one session per window', async () => {
    const transport = createIpcTransport(remote());
    expect(await transport.handle(1, request('auth.login', { username: 'admin', password: 'admin-pass-1' }))).toMatchObject({ ok: true });
    expect(await transport.handle(1, request('projects.list'))).toMatchObject({ ok: true, result: [{ name: '广西百色' }] });
    expect(await transport.handle(2, request('projects.list'))).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const login = await remote().call(request('auth.login', { username: 'admin', password: 'admin-pass-1' }), null);
    token = login.session?.kind === 'start' ? login.session.token : null;
  });

  it('refuses a host showing another certificate, naming both fingerprints, and sends it nothing', async () => {
    const other = await ensureCertificate(tempDir(), NAMES);
    const impostor = createHttpServer({ backend: createBackend(opened, { logError: () => {} }), staticDir: null, tls: other });
    await impostor.listen({ port: 0, host: '127.0.0.1' });
    try {
      const impostorUrl = `https://127.0.0.1:${(impostor.server.address() as AddressInfo).port}`;
      const presented = (await firstLook(impostorUrl)).fingerprint;
      expect(presented).not.toBe(pin.fingerprint);
      const before = projectCount();
      const outcome = await remote({ url: impostorUrl }).call(request('projects.create', project('冒充的主机')), token);
      const error = failure(outcome.envelope);
      expect(error).toMatchObject({ code: 'host_certificate_changed', params: { expected: pin.fingerprint, presented } });
      expect(error?.message).toContain(pin.fingerprint);
      expect(error?.message).toContain(presented);
      expect(projectCount()).toBe(before);
    } finally {
      await impostor.close();
    }
  });

  it('says the host cannot be reached once retries are spent, sends a refused save nowhere, and works again when the host is back', async () => {
    const host = remote();
    await stopHost();
    const started = Date.now();
    const read = failure((await host.call(request('projects.list'), token)).envelope);
    expect(read).toMatchObject({ code: 'host_unreachable', params: { host: `127.0.0.1:${port}` } });
    expect(read?.message).toContain(`127.0.0.1:${port}`);
    // three waits before giving up: 50 + 100 + 200 ms
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
    expect(failure((await host.call(request('projects.create', project('没送出的项目')), token)).envelope)?.code).toBe('host_unreachable');

    await startHost();
    expect((await host.call(request('projects.list'), token)).envelope).toMatchObject({ ok: true, result: [{ name: '广西百色' }] });
    expect(projectCount()).toBe(1);
  });

  it('retries a call that never left while the host comes back, and the save lands once', async () => {
    const host = remote({ retryDelaysMs: [300, 300, 300] });
    await stopHost();
    const saving = host.call(request('projects.create', project('主机回来后保存')), token);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await startHost();
    expect((await saving).envelope).toMatchObject({ ok: true });
    expect(projectCount()).toBe(2);
  });

  it('never sends a save again when the connection broke after it was sent: saved once, and the user is told to look', async () => {
    const host = remote();
    cutAfter = 'projects.create';
    const outcome = await host.call(request('projects.create', project('答复丢失的项目')), token);
    expect(failure(outcome.envelope)?.code).toBe('interrupted');
    const names = (opened.sqlite.prepare('SELECT name FROM projects').all() as { name: string }[]).map((p) => p.name);
    expect(names.filter((n) => n === '答复丢失的项目')).toHaveLength(1);

    // a read cut the same way is simply asked again
    cutAfter = 'projects.list';
    expect((await host.call(request('projects.list'), token)).envelope).toMatchObject({ ok: true });
  });
});
