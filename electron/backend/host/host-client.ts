/**
 * The parent's side of the backend host: a `Backend` whose calls go to the host process, so the
 * IPC and HTTP transports work on it unchanged. It also keeps the host running: a host that dies
 * is started again (a few times at most), and a call never waits forever.
 */
import { DbOpenError } from '../../../db/open-error';
import type { ErrorCode, RpcRequest } from '../../contract/errors';
import { resolveLocale } from '../../contract/messages';
import type { ClientInfo } from '../rpc/context';
import type { Backend, CallOutcome } from '../rpc/dispatch';
import { toErrorBody } from '../rpc/error-body';
import { AppError } from '../rpc/errors';
import { fromWire, type FromHost, type ToHost } from './protocol';

/** A started host as the parent sees it, whether Electron's utilityProcess or Node's fork started it. */
export interface HostProcess {
  /** `undelivered`: the message certainly did not reach the host (where the runtime can tell). */
  send(message: ToHost, undelivered?: () => void): void;
  onMessage(listener: (message: FromHost) => void): void;
  /** Once, when the process has ended (or could not be started), with how it ended, for the log. */
  onExit(listener: (how: string) => void): void;
  kill(): void;
}

/** How the first start went: a refused database comes as its DbOpenError, for the parent to word in its user's language. */
export type HostStart = { ok: true; backupFile: string | null } | { ok: false; error: Error };

export interface HostClientOptions {
  spawn: () => HostProcess;
  /**
   * The longest a call may take, start-up wait included. Generous: a large import is slow, and a
   * call that times out may still finish in the host (its caller is told so).
   */
  callTimeoutMs?: number;
  /** Unexpected exits tolerated within `restartWindowMs`; one more and the host is left stopped. */
  maxRestarts?: number;
  restartWindowMs?: number;
  /** How long `stop` lets the host finish its calls and close the database before ending it. */
  stopTimeoutMs?: number;
  log?: (message: string) => void;
  /** The host is down for good after having started (it kept dying, or its database was refused on a restart). */
  onGiveUp?: (error: Error) => void;
}

export interface HostClient extends Backend {
  readonly started: Promise<HostStart>;
  /** Stops the host cleanly (calls under way answered, database closed); calls made meanwhile are refused. */
  stop(): Promise<void>;
}

interface PendingCall {
  message: Extract<ToHost, { type: 'call' }>;
  /** Sent to a host: if that host dies the call may have been done (a write fully, never half). */
  sent: boolean;
  settle: (code: ErrorCode | null, outcome?: CallOutcome) => void;
}

type State = 'starting' | 'ready' | 'stopping' | 'stopped';

export function startHost({
  spawn,
  callTimeoutMs = 5 * 60_000,
  maxRestarts = 3,
  restartWindowMs = 60_000,
  stopTimeoutMs = 10_000,
  log = (message) => console.error(`[host] ${message}`),
  onGiveUp = () => {},
}: HostClientOptions): HostClient {
  const calls = new Map<number, PendingCall>();
  const recentExits: number[] = [];
  let nextId = 1;
  let state: State = 'starting';
  let everReady = false;
  let host: HostProcess | null = null;
  let reportStart!: (start: HostStart) => void;
  const started = new Promise<HostStart>((resolve) => (reportStart = resolve));
  let reportStopped = () => {};
  const stopped = new Promise<void>((resolve) => (reportStopped = resolve));

  function launch() {
    state = 'starting';
    const proc = spawn();
    host = proc;
    proc.onMessage((message) => proc === host && onMessage(message));
    proc.onExit((how) => proc === host && onExit(how));
  }

  function onMessage(message: FromHost) {
    if (message.type === 'reply') return calls.get(message.id)?.settle(null, fromWire(message.outcome));
    if (message.type === 'ready') {
      if (!everReady) reportStart({ ok: true, backupFile: message.backupFile });
      everReady = true;
      if (state === 'stopping') return host?.send({ type: 'stop' });
      state = 'ready';
      for (const call of calls.values()) send(call);
      return;
    }
    // Refused or failed: the host exits by itself; starting it again would only fail the same way.
    const error = message.type === 'refused' ? new DbOpenError(message.problem, message.params) : new Error(message.message);
    host = null;
    end(error);
  }

  function onExit(how: string) {
    host = null;
    for (const call of calls.values()) if (call.sent) call.settle('interrupted');
    if (state === 'stopping' || state === 'stopped') return end(null);
    const error = new Error(`the backend process ended unexpectedly (${how})`);
    log(error.message);
    const now = Date.now();
    recentExits.push(now);
    while (recentExits[0] <= now - restartWindowMs) recentExits.shift();
    if (!everReady || recentExits.length > maxRestarts) return end(error);
    log('starting it again');
    launch();
  }

  /** Left stopped: nothing waits any more. `error` says why, when it was not asked for. */
  function end(error: Error | null) {
    const asked = state === 'stopping';
    state = 'stopped';
    for (const call of calls.values()) call.settle(call.sent ? 'interrupted' : 'unavailable');
    reportStopped();
    if (!everReady) reportStart({ ok: false, error: error ?? new Error('the backend was stopped before it started') });
    else if (error && !asked) onGiveUp(error);
  }

  function send(call: PendingCall) {
    if (call.sent || !host) return;
    call.sent = true;
    // Not delivered (the host has just died): the call waits for the next host like one not yet sent.
    host.send(call.message, () => (call.sent = false));
  }

  launch();

  return {
    started,
    call(request: RpcRequest, token: string | null, client: ClientInfo = {}) {
      const locale = resolveLocale(request.locale);
      const failure = (code: ErrorCode): CallOutcome => ({ envelope: { ok: false, error: toErrorBody(new AppError(code), locale) }, session: null });
      if (state === 'stopping' || state === 'stopped') return Promise.resolve(failure('unavailable'));
      return new Promise<CallOutcome>((resolve) => {
        const id = nextId++;
        const timer = setTimeout(() => {
          log(`no answer to ${request.method} within ${callTimeoutMs} ms`);
          call.settle(call.sent ? 'interrupted' : 'unavailable');
        }, callTimeoutMs);
        const call: PendingCall = {
          message: { type: 'call', id, request, token, client },
          sent: false,
          settle: (code, outcome) => {
            clearTimeout(timer);
            calls.delete(id);
            resolve(code ? failure(code) : outcome!);
          },
        };
        calls.set(id, call);
        if (state === 'ready') send(call);
      });
    },
    stop() {
      if (state === 'stopped') return stopped;
      if (state !== 'stopping') {
        // A host still starting is asked once it is ready: before that it may not be listening yet.
        if (state === 'ready') host?.send({ type: 'stop' });
        state = 'stopping';
        for (const call of calls.values()) if (!call.sent) call.settle('unavailable');
        const patience = setTimeout(() => host?.kill(), stopTimeoutMs);
        void stopped.then(() => clearTimeout(patience));
      }
      return stopped;
    },
  };
}
