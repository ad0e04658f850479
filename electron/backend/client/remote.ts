/**
 * The office host as a `Backend`: a client PC's calls go over HTTPS to the host it pinned, so the
 * IPC transport (and printing through it) works on it unchanged. The session token stays in main,
 * sent as the host's session cookie; the host sees this PC by its User-Agent and address.
 */
import https from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { contract, type MethodName } from '../../contract';
import type { Envelope, RpcRequest } from '../../contract/errors';
import { formatMessage, resolveLocale, type Locale } from '../../contract/messages';
import { SESSION_COOKIE } from '../http/server';
import { pinnedAgent, PinMismatch, type Pin } from '../lan/pin';
import type { Backend, CallOutcome, SessionChange } from '../rpc/dispatch';
import { toErrorBody } from '../rpc/error-body';
import { AppError } from '../rpc/errors';
import { hostLabel } from './address';
import { lookAt } from './look';

export interface RemoteOptions {
  /** the host's base address, e.g. https://192.168.1.20:5443 */
  url: string;
  pin: Pin;
  /** this PC as the host's connected list names it: the User-Agent */
  device: string;
  /** the waits before each new attempt of a call that is safe to repeat; one attempt more than waits */
  retryDelaysMs?: readonly number[];
  /** how long making the connection may take before the host counts as unreachable */
  connectTimeoutMs?: number;
  /** the longest a call may take once sent (a large import is slow) */
  callTimeoutMs?: number;
}

export interface RemoteBackend extends Backend {
  /** Closes the kept connections (the host is switched, or the app quits). */
  close(): void;
}

const DEFAULT_RETRY_DELAYS_MS = [300, 1000, 3000];

/** Failures of the connection itself: the host is off, not there, or the network is down. */
const UNREACHABLE = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'ECONNABORTED',
]);

/** How one attempt ended when it brought no answer. */
class Failed extends Error {
  constructor(
    readonly cause: unknown,
    /** the request may have reached the host (the connection was up when it failed) */
    readonly mayHaveArrived: boolean,
  ) {
    super(String((cause as Error)?.message ?? cause));
  }
}

interface Answer {
  status: number;
  setCookie: string[];
  text: string;
}

export function createRemoteBackend(options: RemoteOptions): RemoteBackend {
  const { url, pin, device, retryDelaysMs = DEFAULT_RETRY_DELAYS_MS, connectTimeoutMs = 5000, callTimeoutMs = 300_000 } = options;
  const base = new URL(url);
  const endpoint = new URL('/api/rpc', base);
  const host = hostLabel(url);
  // One keep-alive agent: a counsellor's page makes many small calls, each would otherwise pay a TLS handshake.
  const agent = pinnedAgent(pin);

  function post(request: RpcRequest, token: string | null): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const body = JSON.stringify(request);
      let connected = false;
      const req = https.request(
        endpoint,
        {
          method: 'POST',
          agent,
          timeout: callTimeoutMs,
          headers: {
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(body),
            'User-Agent': device,
            ...(token ? { Cookie: `${SESSION_COOKIE}=${token}` } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 0, setCookie: res.headers['set-cookie'] ?? [], text: Buffer.concat(chunks).toString('utf8') });
          });
          res.on('error', (e) => reject(new Failed(e, true)));
        },
      );
      req.on('socket', (socket) => {
        // A kept connection is already up: whatever is written on it may reach the host.
        if (!socket.connecting) return void (connected = true);
        const timer = setTimeout(() => req.destroy(Object.assign(new Error('connect timeout'), { code: 'ETIMEDOUT' })), connectTimeoutMs);
        socket.once('secureConnect', () => {
          connected = true;
          clearTimeout(timer);
        });
        socket.once('close', () => clearTimeout(timer));
      });
      req.on('timeout', () => req.destroy(Object.assign(new Error('no answer in time'), { code: 'ETIMEDOUT' })));
      req.on('error', (e) => reject(new Failed(e, connected)));
      req.end(body);
    });
  }

  /** What a failed attempt means for the user: a changed certificate, or a host that cannot be reached. */
  async function explain(cause: unknown): Promise<AppError> {
    if (cause instanceof PinMismatch) return changed(cause);
    if (!UNREACHABLE.has(codeOf(cause))) {
      // The handshake refused the certificate before the pin was asked: say which one it was shown.
      const presented = await lookAt(base.href, connectTimeoutMs).then((p) => p.fingerprint, () => null);
      if (presented && presented !== pin.fingerprint) return changed(new PinMismatch(pin.fingerprint, presented));
    }
    return new AppError('host_unreachable', { host });
  }

  const changed = (e: PinMismatch) => new AppError('host_certificate_changed', { host, expected: e.expected, presented: e.presented });

  return {
    async call(request, sessionToken): Promise<CallOutcome> {
      const locale = resolveLocale(request.locale);
      const wire: RpcRequest = { method: request.method, input: request.input, locale };
      const repeatable = isRead(request.method);
      for (let attempt = 0; ; attempt++) {
        let answer: Answer;
        try {
          answer = await post(wire, sessionToken);
        } catch (e) {
          const failure = e as Failed;
          if (failure.cause instanceof PinMismatch) return refusal(changed(failure.cause), locale);
          // A write that may have reached the host is never sent again: it might be saved twice.
          if (failure.mayHaveArrived && !repeatable) return refusal(await interrupted(failure.cause), locale);
          // Only a connection that failed is worth another try; a refused handshake stays refused.
          if (!UNREACHABLE.has(codeOf(failure.cause)) || attempt >= retryDelaysMs.length) return refusal(await explain(failure.cause), locale);
          await sleep(retryDelaysMs[attempt]);
          continue;
        }
        return outcome(answer, locale);
      }
    },
    close() {
      agent.destroy();
    },
  };

  /** A write cut off after it left: saved completely or not at all, and the user must look before doing it again. */
  async function interrupted(cause: unknown): Promise<AppError> {
    const why = await explain(cause);
    return why.code === 'host_certificate_changed' ? why : new AppError('interrupted');
  }
}

/** Reads are repeated safely; so is anything the contract does not know (the host refuses it unseen). */
function isRead(method: string): boolean {
  return !Object.hasOwn(contract, method) || !contract[method as MethodName].write;
}

const codeOf = (e: unknown) => String((e as NodeJS.ErrnoException | null)?.code ?? '');

const refusal = (e: AppError, locale: Locale): CallOutcome => ({ envelope: { ok: false, error: toErrorBody(e, locale) }, session: null });

function outcome({ status, setCookie, text }: Answer, locale: Locale): CallOutcome {
  if (status !== 200) {
    // Refused before the backend (too many requests, a name the host does not answer to): as the browser's transport says it.
    const message = `${formatMessage(locale, 'internal')} (HTTP ${status}: ${text.slice(0, 200)})`;
    return { envelope: { ok: false, error: { code: 'internal', message } }, session: null };
  }
  try {
    return { envelope: JSON.parse(text) as Envelope<unknown>, session: sessionFrom(setCookie) };
  } catch {
    return { envelope: { ok: false, error: toErrorBody(null, locale) }, session: null };
  }
}

/** The host's Set-Cookie for the session, as the transport's start or end of it. */
export function sessionFrom(setCookie: readonly string[]): SessionChange {
  const cookie = setCookie.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) return null;
  const [pair, ...attributes] = cookie.split(';').map((part) => part.trim());
  const token = decodeURIComponent(pair.slice(SESSION_COOKIE.length + 1));
  const expires = attributes.find((a) => /^expires=/i.test(a));
  const expiresAt = expires ? new Date(expires.slice('expires='.length)) : null;
  const maxAge = attributes.find((a) => /^max-age=/i.test(a));
  if (!token || (maxAge && Number(maxAge.slice('max-age='.length)) <= 0) || (expiresAt && expiresAt.getTime() <= Date.now())) return { kind: 'end' };
  return { kind: 'start', token, expiresAt: expiresAt ?? new Date(Date.now() + 24 * 3600_000) };
}
