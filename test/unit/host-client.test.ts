/**
 * The parent's side of the backend host against stand-in processes: which call gets which answer,
 * what callers are told while the host is down, restarts and their limit, timeouts, stopping.
 * (test/integration/host-process.test.ts runs the real host.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DbOpenError } from '../../db/open-error';
import { startHost, type HostClientOptions, type HostProcess } from '../../electron/backend/host/host-client';
import { parentChannel } from '../../electron/backend/host/channel';
import type { FromHost, ToHost, WireOutcome } from '../../electron/backend/host/protocol';

class FakeHost implements HostProcess {
  sent: ToHost[] = [];
  killed = false;
  /** Messages that are lost on the way (the process has just died). */
  dropping = false;
  private listener: (message: FromHost) => void = () => {};
  private exitListener: (how: string) => void = () => {};
  send(message: ToHost, undelivered?: () => void) {
    if (this.dropping) return undelivered?.();
    this.sent.push(message);
  }
  onMessage(listener: (message: FromHost) => void) {
    this.listener = listener;
  }
  onExit(listener: (how: string) => void) {
    this.exitListener = listener;
  }
  kill() {
    this.killed = true;
    this.exit('killed');
  }
  ready(backupFile: string | null = null) {
    this.listener({ type: 'ready', backupFile });
  }
  reply(id: number, outcome: WireOutcome) {
    this.listener({ type: 'reply', id, outcome });
  }
  emit(message: FromHost) {
    this.listener(message);
  }
  exit(how = 'signal SIGKILL') {
    this.exitListener(how);
  }
  calls() {
    return this.sent.filter((m): m is Extract<ToHost, { type: 'call' }> => m.type === 'call');
  }
}

/** A client on stand-in hosts; `hosts` holds every one it started, the latest last. */
function client(options: Omit<HostClientOptions, 'spawn'> = {}) {
  const hosts: FakeHost[] = [];
  const log = vi.fn();
  const c = startHost({
    log,
    ...options,
    spawn: () => {
      hosts.push(new FakeHost());
      return hosts.at(-1)!;
    },
  });
  return { c, hosts, log, current: () => hosts.at(-1)! };
}

const ok = (result: unknown): WireOutcome => ({ envelope: { ok: true, result }, session: null });
const request = (method = 'auth.status', locale = 'zh-CN') => ({ method, input: {}, locale });

afterEach(() => void vi.useRealTimers());

describe('the backend host client', () => {
  it('answers each call with its own reply, whatever order the replies come in', async () => {
    const { c, current } = client();
    current().ready();
    const first = c.call(request('a'), 'tok', { address: '10.0.0.7' });
    const second = c.call(request('b'), null);
    const [m1, m2] = current().calls();
    expect(m1).toMatchObject({ request: { method: 'a' }, token: 'tok', client: { address: '10.0.0.7' } });
    current().reply(m2.id, ok('second'));
    current().reply(m1.id, ok('first'));
    expect((await first).envelope).toEqual({ ok: true, result: 'first' });
    expect((await second).envelope).toEqual({ ok: true, result: 'second' });
  });

  it('hands a new session to the transport with its expiry as a date (it travels as text)', async () => {
    const { c, current } = client();
    current().ready();
    const answer = c.call(request('auth.login'), null);
    current().reply(current().calls()[0].id, {
      envelope: { ok: true, result: {} },
      session: { kind: 'start', token: 't1', expiresAt: '2026-11-24T02:00:00.000Z' },
    });
    expect((await answer).session).toEqual({ kind: 'start', token: 't1', expiresAt: new Date('2026-11-24T02:00:00.000Z') });
  });

  it('reports how the first start went: ready with its backup, or the database refusal to word for the user', async () => {
    const a = client();
    a.current().ready('/data/backups/before.sqlite');
    expect(await a.c.started).toEqual({ ok: true, backupFile: '/data/backups/before.sqlite' });

    const b = client();
    b.current().emit({ type: 'refused', problem: 'not_a_database', params: { file: '/data/bangfu.sqlite' } });
    b.current().exit('exit code 1');
    const started = await b.c.started;
    expect(started.ok).toBe(false);
    const error = (started as { error: Error }).error;
    expect(error).toBeInstanceOf(DbOpenError);
    expect((error as DbOpenError).describe('en')).toContain('/data/bangfu.sqlite');
    expect(b.hosts).toHaveLength(1); // a refused database is not tried again
    expect((await b.c.call(request(), null)).envelope).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('holds calls made while the host starts and sends them once it is ready', async () => {
    const { c, current } = client();
    const answer = c.call(request(), null);
    expect(current().calls()).toHaveLength(0);
    current().ready();
    current().reply(current().calls()[0].id, ok('late'));
    expect((await answer).envelope).toEqual({ ok: true, result: 'late' });
  });

  it('fails a call under way when the host dies, starts the host again, and later calls go through', async () => {
    const { c, hosts, current, log } = client();
    current().ready();
    const underWay = c.call(request('students.import', 'en'), 'tok');
    current().exit();
    const failed = (await underWay).envelope;
    expect(failed).toMatchObject({ ok: false, error: { code: 'interrupted' } });
    expect(!failed.ok && failed.error.message).toMatch(/either complete or not made at all/);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('signal SIGKILL'));

    expect(hosts).toHaveLength(2);
    const next = c.call(request(), 'tok');
    current().ready();
    current().reply(current().calls()[0].id, ok('back'));
    expect((await next).envelope).toEqual({ ok: true, result: 'back' });
  });

  it('sends a call that never reached a dying host to the next one instead of failing it', async () => {
    const { c, hosts, current } = client();
    current().ready();
    current().dropping = true;
    const answer = c.call(request(), null);
    current().exit();
    current().ready();
    expect(hosts[1].calls()).toHaveLength(1);
    current().reply(hosts[1].calls()[0].id, ok('delivered'));
    expect((await answer).envelope).toEqual({ ok: true, result: 'delivered' });
  });

  it('gives up after too many unexpected exits: callers are told at once, the app is told why', async () => {
    const onGiveUp = vi.fn();
    const { c, hosts, current } = client({ maxRestarts: 2, onGiveUp });
    current().ready();
    for (let i = 0; i < 3; i++) current().exit();
    expect(hosts).toHaveLength(3);
    expect(onGiveUp).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringContaining('ended unexpectedly') }));
    const answer = await c.call(request('users.list', 'en'), 'tok');
    expect(answer.envelope).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('nothing was done or changed') } });
  });

  it('gives up when a restarted host finds its database refused, with the refusal', async () => {
    const onGiveUp = vi.fn();
    const { current } = client({ onGiveUp });
    current().ready();
    current().exit();
    current().emit({ type: 'refused', problem: 'locked', params: { file: '/data/bangfu.sqlite' } });
    expect(onGiveUp.mock.calls[0][0]).toBeInstanceOf(DbOpenError);
  });

  it('does not start a host again that died before it ever started', async () => {
    const { c, hosts, current } = client();
    current().exit('exit code 1');
    expect(await c.started).toMatchObject({ ok: false, error: { message: expect.stringContaining('exit code 1') } });
    expect(hosts).toHaveLength(1);
  });

  it('never leaves a call waiting forever: no answer in time fails it, saying it may have been done', async () => {
    vi.useFakeTimers();
    const { c, current } = client({ callTimeoutMs: 1000 });
    const waitingForStart = c.call(request(), null);
    vi.advanceTimersByTime(1000);
    expect((await waitingForStart).envelope).toMatchObject({ ok: false, error: { code: 'unavailable' } });

    current().ready();
    const sent = c.call(request(), null);
    vi.advanceTimersByTime(1000);
    expect((await sent).envelope).toMatchObject({ ok: false, error: { code: 'interrupted' } });
  });

  it('stops cleanly: asks the host, refuses new calls meanwhile, and is done when the host has exited', async () => {
    const { c, current } = client();
    current().ready();
    const underWay = c.call(request(), null);
    const stopped = c.stop();
    expect(current().sent.at(-1)).toEqual({ type: 'stop' });
    expect((await c.call(request(), null)).envelope).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    current().reply(current().calls()[0].id, ok('finished'));
    expect((await underWay).envelope).toEqual({ ok: true, result: 'finished' });
    current().exit('exit code 0');
    await stopped;
    expect(current().killed).toBe(false);
  });

  it('asks a host that is still starting to stop only once it is ready (before, it may not be listening)', async () => {
    const { c, current } = client();
    const stopped = c.stop();
    expect(current().sent).toEqual([]);
    current().ready();
    expect(current().sent).toEqual([{ type: 'stop' }]);
    current().exit('exit code 0');
    await stopped;
  });

  it('ends a host that does not stop in time', async () => {
    vi.useFakeTimers();
    const { c, current } = client({ stopTimeoutMs: 500 });
    current().ready();
    const stopped = c.stop();
    vi.advanceTimersByTime(500);
    await stopped;
    expect(current().killed).toBe(true);
  });
});

describe("the host's line to its parent", () => {
  it("unwraps Electron's parentPort events and posts replies back", async () => {
    const posted: unknown[] = [];
    let deliver: (event: { data: unknown }) => void = () => {};
    const channel = parentChannel({
      on: vi.fn() as never,
      parentPort: { postMessage: (m) => posted.push(m), on: (_event, listener) => (deliver = listener) },
    });
    const received: ToHost[] = [];
    channel.onMessage((m) => received.push(m));
    deliver({ data: { type: 'stop' } });
    await channel.send({ type: 'ready', backupFile: null });
    expect(received).toEqual([{ type: 'stop' }]);
    expect(posted).toEqual([{ type: 'ready', backupFile: null }]);
  });

  it("uses Node's process.send and 'message' events under child_process.fork", async () => {
    const sent: unknown[] = [];
    const listeners = new Map<string, (...args: unknown[]) => void>();
    const channel = parentChannel({
      send: ((m: unknown, _h: unknown, _o: unknown, done: () => void) => (sent.push(m), done(), true)) as never,
      on: ((event: string, listener: (...args: unknown[]) => void) => listeners.set(event, listener)) as never,
    });
    const received: ToHost[] = [];
    channel.onMessage((m) => received.push(m));
    const gone = vi.fn();
    channel.onGone(gone);
    listeners.get('message')!({ type: 'stop' });
    listeners.get('disconnect')!();
    await channel.send({ type: 'ready', backupFile: null });
    expect(received).toEqual([{ type: 'stop' }]);
    expect(gone).toHaveBeenCalled();
    expect(sent).toEqual([{ type: 'ready', backupFile: null }]);
  });

  it('refuses to run without a parent to answer', () => {
    expect(() => parentChannel({ on: vi.fn() as never, send: undefined })).toThrow(/started by the app/);
  });
});
