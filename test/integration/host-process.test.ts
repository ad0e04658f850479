/**
 * The backend host as a real child process: calls through it, killed with SIGKILL, started again,
 * refusing a database, stopping cleanly. Forked with plain Node from the bundle the desktop app
 * ships (built as `npm run build:electron` builds it); `npm run serve`, last, forks it from source.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DbOpenError } from '../../db/open-error';
import { dbFileIn } from '../../electron/backend/data-dir';
import { startHost, type HostClient, type HostClientOptions } from '../../electron/backend/host/host-client';
import { forkHost } from '../../electron/backend/host/node-fork';
import { createHttpServer } from '../../electron/backend/http/server';
import { ContractCaller } from '../../electron/backend/rpc/caller';
import { HttpClient } from '../support/api';
import { buildHostBundle, bundleEnv } from '../support/host-bundle';
import { tempDir } from '../support/temp';

const REPO = path.resolve(__dirname, '../..');

let bundle: string;
beforeAll(() => void (bundle = buildHostBundle()));

const running: HostClient[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((client) => client.stop()));
});

/** A supervised host on `dataDir`; `pid()` is the host process running now. */
function hostOn(dataDir: string, options: Omit<HostClientOptions, 'spawn'> = {}) {
  const pids: number[] = [];
  const client = startHost({
    log: () => {},
    ...options,
    spawn: () => {
      const host = forkHost(bundle, { dbFile: dbFileIn(dataDir), migrationsDir: path.join(REPO, 'db', 'migrations') }, { env: bundleEnv() });
      pids.push(host.pid!);
      return host;
    },
  });
  running.push(client);
  return { client, pid: () => pids.at(-1)!, starts: () => pids.length };
}

const project = (name: string) => ({
  name,
  partnerProvince: '广西',
  partnerCity: '百色',
  partnerCounty: '田东县',
  partnerSchool: '',
  agreementDate: null,
  model: 'full_time' as const,
  notes: '',
});

async function setUp(client: HostClient) {
  const admin = new ContractCaller(client);
  await admin.call('auth.setup', { username: 'admin', displayName: '管理员', password: 'admin-pass-1', schoolName: '测试学校' });
  return admin;
}

/** Read straight from the file once no host has it open: what a crash left behind. */
function projectsOnDisk(dataDir: string) {
  const db = new Database(dbFileIn(dataDir), { readonly: true });
  try {
    const projects = db.prepare('SELECT id, name FROM projects').all() as { id: number; name: string }[];
    const audited = db.prepare("SELECT entity_id AS id FROM audit_log WHERE entity = 'project' AND action = 'create'").all() as { id: number }[];
    const ids = new Set(projects.map((p) => p.id));
    const auditedIds = new Set(audited.map((a) => a.id));
    return {
      names: projects.map((p) => p.name),
      unaudited: projects.filter((p) => !auditedIds.has(p.id)),
      auditsWithoutProject: audited.filter((a) => !ids.has(a.id)),
    };
  } finally {
    db.close();
  }
}

describe('the backend host process', () => {
  it('loses nothing to a SIGKILL: calls under way fail clearly, every write is whole or absent, and a new host has the data', async () => {
    const dataDir = tempDir();
    const first = hostOn(dataDir, { maxRestarts: 0 });
    expect(await first.client.started).toEqual({ ok: true, backupFile: null });
    const admin = await setUp(first.client);
    await admin.call('projects.create', project('广西百色'));

    // A burst of writes; once the first is answered, a second burst is sent and the host killed in the
    // same tick, so some writes are surely queued or being written when it dies (a fast machine may
    // have finished the whole first burst by then).
    const names = Array.from({ length: 250 }, (_, i) => `项目${i}`);
    const send = (batch: string[]) => batch.map((name) => admin.envelope('projects.create', project(name)));
    const answers = send(names.slice(0, 200));
    await Promise.race(answers);
    answers.push(...send(names.slice(200)));
    process.kill(first.pid(), 'SIGKILL');
    const settled = await Promise.all(answers);
    const codes = settled.map((a) => (a.ok ? 'ok' : a.error.code));
    expect(new Set(codes)).toEqual(new Set(['ok', 'interrupted']));
    // The exit is known (it interrupted calls) and the host is not started again (maxRestarts 0):
    // a new call is refused at once rather than left waiting.
    expect(await admin.envelope('projects.list', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });

    const onDisk = projectsOnDisk(dataDir);
    expect(onDisk.unaudited).toEqual([]);
    expect(onDisk.auditsWithoutProject).toEqual([]);
    const confirmed = names.filter((_, i) => settled[i].ok);
    expect(onDisk.names).toEqual(expect.arrayContaining(['广西百色', ...confirmed]));

    const second = hostOn(dataDir);
    expect((await second.client.started).ok).toBe(true);
    const again = new ContractCaller(second.client);
    await again.call('auth.login', { username: 'admin', password: 'admin-pass-1' });
    const listed = (await again.call('projects.list', {})).map((p) => p.name);
    expect(listed.sort()).toEqual([...onDisk.names].sort());
  });

  it('starts a host that died again by itself, and the session and data are still there', async () => {
    const dataDir = tempDir();
    let restarting = () => {};
    const restarted = new Promise<void>((resolve) => (restarting = resolve));
    const host = hostOn(dataDir, { log: (message) => message.includes('starting it again') && restarting() });
    await host.client.started;
    const admin = await setUp(host.client);
    await admin.call('projects.create', project('广西百色'));

    process.kill(host.pid(), 'SIGKILL');
    await restarted;
    // Made while the new host is coming up: it waits for it instead of failing.
    const listed = await admin.call('projects.list', {});
    expect(listed.map((p) => p.name)).toEqual(['广西百色']);
    expect(host.starts()).toBe(2);
  });

  it('reports a file that is not its database to the parent, which words it in its own language', async () => {
    const dataDir = tempDir();
    const text = 'not a database, just some text that is long enough to look like a header';
    fs.writeFileSync(dbFileIn(dataDir), text);
    const host = hostOn(dataDir);
    const started = await host.client.started;
    expect(started.ok).toBe(false);
    const error = (started as { error: Error }).error as DbOpenError;
    expect(error).toBeInstanceOf(DbOpenError);
    expect(error.problem).toBe('not_a_database');
    expect(error.describe('en')).toBe(`The file ${dbFileIn(dataDir)} is not this app's database (or is damaged); nothing was changed`);
    expect(fs.readFileSync(dbFileIn(dataDir), 'utf8')).toBe(text);
    expect(host.starts()).toBe(1);
  });

  it('stops cleanly: the database is closed with its log written back, and later calls are refused', async () => {
    const dataDir = tempDir();
    const host = hostOn(dataDir);
    await host.client.started;
    const admin = await setUp(host.client);
    expect(fs.existsSync(`${dbFileIn(dataDir)}-wal`)).toBe(true);
    await host.client.stop();
    expect(fs.readdirSync(dataDir).filter((f) => f.startsWith(path.basename(dbFileIn(dataDir))))).toEqual(['bangfu.sqlite']);
    expect(await admin.envelope('auth.status', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('carries the HTTP transport unchanged: the session cookie, with its expiry, and the calls it opens', async () => {
    const host = hostOn(tempDir());
    await host.client.started;
    const server = createHttpServer({ backend: host.client, staticDir: null });
    await server.listen({ port: 0, host: '127.0.0.1' });
    try {
      const res = await fetch(`http://127.0.0.1:${(server.server.address() as AddressInfo).port}/api/rpc`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ method: 'auth.setup', input: { username: 'admin', displayName: '管理员', password: 'admin-pass-1', schoolName: '测试学校' } }),
      });
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^bf_session=[^;]+;.*Expires=\w{3}, \d{2} \w{3} \d{4}/);
      const browser = new HttpClient(`http://127.0.0.1:${(server.server.address() as AddressInfo).port}/`);
      expect(await browser.fail('users.list', {})).toMatchObject({ code: 'unauthenticated' });
      await browser.call('auth.login', { username: 'admin', password: 'admin-pass-1' });
      expect((await browser.call('users.list', {})).map((u) => u.username)).toEqual(['admin']);
    } finally {
      await server.close();
    }
  });
});

describe('npm run serve', () => {
  it('answers through its host, and Ctrl-C (or its end) stops the host with the database closed', async () => {
    const dataDir = tempDir();
    const serve = spawn(process.execPath, ['--import', pathToFileURL(require.resolve('tsx')).href, 'electron/cli/serve.ts', '--data', dataDir, '--port', '0'], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let printed = '';
    serve.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    await expect.poll(() => printed, { timeout: 60_000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+/);
    const browser = new HttpClient(`${printed.match(/http:\/\/127\.0\.0\.1:\d+/)![0]}/`);
    await browser.call('auth.setup', { username: 'admin', displayName: '管理员', password: 'admin-pass-1', schoolName: '测试学校' });
    expect(fs.existsSync(`${dbFileIn(dataDir)}-wal`)).toBe(true);

    serve.kill('SIGINT');
    await once(serve, 'exit');
    // The host closes the database last (asked by serve, or on losing it where signals cannot be caught).
    const databaseFiles = () => fs.readdirSync(dataDir).filter((name) => name.startsWith('bangfu.sqlite'));
    await expect.poll(databaseFiles, { timeout: 30_000 }).toEqual(['bangfu.sqlite']);
    // and the host took the day's backup when it started
    expect(fs.readdirSync(path.join(dataDir, 'backups')).filter((name) => name.endsWith('-daily.sqlite'))).toHaveLength(1);
  });
});
