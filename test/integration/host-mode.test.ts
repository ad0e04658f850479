import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import tls, { type DetailedPeerCertificate } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDb } from '../../db/open';
import { dbFileIn } from '../../electron/backend/data-dir';
import { followHostMode, readServing } from '../../electron/backend/lan/hostMode';
import { firstLook } from '../../electron/backend/lan/pin';
import { readMachineConfig, writeMachineConfig } from '../../electron/backend/machine/config';
import { createBackend } from '../../electron/backend/rpc/dispatch';
import { tempDir } from '../support/temp';

/** The process that owns the sockets following 设置 → 局域网: on, moved to another port, off, and a port already taken. */

let opened: OpenDb;
let dataDir: string;
let follower: ReturnType<typeof followHostMode>;
const logged: string[] = [];

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
const setHost = (enabled: boolean, port: number) => writeMachineConfig(dataDir, { ...readMachineConfig(dataDir), lan: { enabled, port } });
const answers = (port: number) => firstLook(`https://127.0.0.1:${port}/`).then(
  () => true,
  () => false,
);

beforeAll(() => {
  dataDir = tempDir();
  opened = openDatabase({ file: dbFileIn(dataDir) });
  follower = followHostMode({ dataDir, backend: createBackend(opened, { logError: () => {} }), staticDir: null, log: (m) => logged.push(m) });
});

afterAll(async () => {
  await follower?.stop();
  opened?.sqlite.close();
});

describe('host mode as the administrator sets it', () => {
  it('listens once turned on, moves with the port, and stops when turned off', async () => {
    expect(readServing(dataDir)).toBeNull();
    const [first, second] = [await freePort(), await freePort()];
    setHost(true, first);
    await expect.poll(() => readServing(dataDir), { timeout: 30_000 }).toMatchObject({ port: first, problem: null });
    expect(await answers(first)).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'lan', 'host-cert.pem'))).toBe(true);

    setHost(true, second);
    await expect.poll(() => readServing(dataDir)?.port, { timeout: 30_000 }).toBe(second);
    expect(await answers(second)).toBe(true);
    expect(await answers(first)).toBe(false);

    setHost(false, second);
    await expect.poll(() => readServing(dataDir), { timeout: 30_000 }).toBeNull();
    expect(await answers(second)).toBe(false);
  });

  it('says why when its port is taken, and keeps running', async () => {
    const taken = net.createServer().listen(0, '0.0.0.0');
    await new Promise((resolve) => taken.once('listening', resolve));
    const { port } = taken.address() as net.AddressInfo;
    try {
      setHost(true, port);
      await expect.poll(() => readServing(dataDir), { timeout: 30_000 }).toMatchObject({ port, problem: `port ${port} is in use` });
      const other = await freePort();
      setHost(true, other);
      await expect.poll(() => readServing(dataDir), { timeout: 30_000 }).toMatchObject({ port: other, problem: null });
    } finally {
      taken.close();
    }
  });

  it('presents a newly signed certificate when the PC’s address changes, under the same authority, without restarting', async () => {
    let ips = ['127.0.0.1', '192.168.1.20'];
    const dir = tempDir();
    const db = openDatabase({ file: dbFileIn(dir) });
    const port = await freePort();
    writeMachineConfig(dir, { ...readMachineConfig(dir), lan: { enabled: true, port } });
    const moving = followHostMode({ dataDir: dir, backend: createBackend(db, { logError: () => {} }), staticDir: null, log: () => {}, resignEveryMs: 100, names: () => ({ dns: ['localhost'], ips }) });
    try {
      await expect.poll(() => readServing(dir)?.port, { timeout: 30_000 }).toBe(port);
      const served = () => presented(port);
      const before = await served();
      expect(before.subjectaltname).toContain('192.168.1.20');
      ips = ['127.0.0.1', '192.168.1.77'];
      await expect.poll(async () => (await served()).subjectaltname, { timeout: 30_000 }).toContain('192.168.1.77');
      const after = await served();
      expect(after.issuerCertificate.fingerprint256).toBe(before.issuerCertificate.fingerprint256);
      expect(readServing(dir)?.port).toBe(port);
    } finally {
      await moving.stop();
      db.sqlite.close();
    }
  });
});

/** The server certificate a host presents now (and the authority above it), read on a fresh connection. */
function presented(port: number): Promise<DetailedPeerCertificate> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false }, () => {
      resolve(socket.getPeerCertificate(true));
      socket.end();
    });
    socket.on('error', reject);
  });
}
