import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConnectBackend } from '../../electron/backend/client/connect';
import type { MachineUse } from '../../electron/backend/machine/config';
import { readMachineConfig } from '../../electron/backend/machine/config';
import { Caller, seedRegister, testBackend } from '../support/backend';
import { tempDir } from '../support/temp';

/**
 * connect.*: as main answers them before the choice (typing an address that is nothing, or not a
 * host), and as a PC holding its own data answers them (it is `own`; its start with Windows is set
 * at the PC itself, audited). Looking at and trusting a real host: test/unit/client-mode.test.ts.
 */
let plain: http.Server;
let plainAddress = '';

beforeAll(async () => {
  plain = http.createServer((_req, res) => res.end('not a host'));
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
  plainAddress = `127.0.0.1:${(plain.address() as AddressInfo).port}`;
});
afterAll(() => plain.close());

function connect() {
  const dataDir = tempDir();
  const chosen: MachineUse[] = [];
  const backend = createConnectBackend({ dataDir, device: 'test', browse: async () => [], choose: async (use) => void chosen.push(use), lookTimeoutMs: 2000 });
  return { dataDir, chosen, caller: new Caller(backend) };
}

describe('connect.* before the choice', () => {
  it('refuses what is not an address at the field, and says when nothing answers or it is not an office host', async () => {
    const { caller, chosen, dataDir } = connect();
    expect(await caller.fail('connect.look', { address: 'http://x y' })).toMatchObject({ code: 'invalid_input', field: 'address' });
    expect(await caller.fail('connect.look', { address: '127.0.0.1:1' })).toMatchObject({ code: 'host_unreachable', params: { host: '127.0.0.1:1' } });
    const notHost = await caller.fail('connect.look', { address: plainAddress });
    expect(notHost).toMatchObject({ code: 'host_not_office' });
    expect(notHost.message).toContain(plainAddress);
    expect(await caller.fail('connect.setStartAtLogin', { enabled: true })).toMatchObject({ code: 'forbidden' });
    expect(chosen).toEqual([]);
    expect(readMachineConfig(dataDir).use).toBeNull();
  });

  it('keeps this PC’s own data when told so', async () => {
    const { caller, chosen, dataDir } = connect();
    expect(await caller.call('connect.state', {})).toEqual({ mode: 'undecided' });
    expect(await caller.call('connect.useOwn', {})).toEqual({ mode: 'own', startAtLogin: false });
    expect(chosen).toEqual([{ kind: 'own' }]);
    expect(readMachineConfig(dataDir).use).toEqual({ kind: 'own' });
  });
});

describe('connect.* on a PC holding its own data', () => {
  it('says it is its own host, refuses to become a client, and sets its start with Windows only at the PC, audited', async () => {
    const b = testBackend();
    const { admin } = await seedRegister(b);
    expect(await b.as(null).call('connect.state', {})).toEqual({ mode: 'own', startAtLogin: false });
    expect((await b.as(null).fail('connect.look', { address: '192.168.1.20' })).code).toBe('forbidden');
    expect((await b.as(null).fail('connect.useOwn', {})).code).toBe('forbidden');

    expect(await admin.call('connect.setStartAtLogin', { enabled: true })).toEqual({ mode: 'own', startAtLogin: true });
    expect(readMachineConfig(b.dataDir).startAtLogin).toBe(true);
    const audit = b.opened.sqlite.prepare("SELECT action, entity FROM audit_log WHERE action LIKE 'autostart%'").all();
    expect(audit).toEqual([{ action: 'autostart_on', entity: 'network' }]);

    const fromBrowser = new Caller(b.backend, admin.token, 'zh-CN', { address: '192.168.1.30', device: 'Mozilla/5.0' });
    expect((await fromBrowser.fail('connect.setStartAtLogin', { enabled: false })).code).toBe('forbidden');
    expect(readMachineConfig(b.dataDir).startAtLogin).toBe(true);
  });
});
