import type { Contract, InputOf, MethodName, ResultOf } from '../../electron/contract';
import type { ApiErrorBody, Envelope, ErrorCode, ErrorParams, FieldError, RpcRequest } from '../../electron/contract/errors';
import type { BangfuBridge } from '../../electron/backend/ipc/bridge';
import { formatMessage } from '../../electron/contract/messages';
import { formatDateTime } from '../format';
import { currentLocale } from '../i18n';

/** Exposed by electron/preload: the one IPC door to the backend. Absent in browser mode. */
declare global {
  interface Window {
    bangfu?: BangfuBridge;
  }
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly field?: string;
  readonly fields: FieldError[];
  constructor(body: ApiErrorBody) {
    super(withLocalTime(body));
    this.name = 'ApiError';
    this.code = body.code;
    this.params = body.params ?? {};
    this.field = body.field;
    this.fields = body.fields ?? [];
  }
}

/**
 * The backend writes times in China time; a message that carries the ISO `time` is written again
 * with this PC's time, the zone every other time on the page is in.
 */
function withLocalTime({ code, message, params }: ApiErrorBody): string {
  if (typeof params?.time !== 'string') return message;
  return formatMessage(currentLocale(), code, { ...params, at: formatDateTime(params.time) });
}

type Listener = (e: ApiError) => void;
const unauthenticatedListeners = new Set<Listener>();
/**
 * The session provider listens here to ask again who is signed in: to fall back to the login
 * page when a session expires, or to the choose-a-password page when the backend wants one.
 */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/**
 * The office host as the last calls found it, on a client PC: unreachable since (reads keep being
 * retried), or showing a certificate other than the one pinned (nothing goes on until it is
 * compared again). What this PC is (connect.*) is main's own answer and says nothing of the host.
 */
export type HostTrouble = { kind: 'unreachable'; host: string } | { kind: 'certificate'; host: string; expected: string; presented: string } | null;
let hostTrouble: HostTrouble = null;
const hostTroubleListeners = new Set<() => void>();

export const currentHostTrouble = (): HostTrouble => hostTrouble;

export function onHostTrouble(listener: () => void): () => void {
  hostTroubleListeners.add(listener);
  return () => hostTroubleListeners.delete(listener);
}

function noteHost(method: string, envelope: Envelope<unknown>) {
  let next = hostTrouble;
  if (method.startsWith('connect.')) {
    if (method === 'connect.trust' && envelope.ok) next = null;
  } else if (envelope.ok) next = null;
  else if (envelope.error.code === 'host_certificate_changed') {
    const { host = '', expected = '', presented = '' } = envelope.error.params ?? {};
    next = { kind: 'certificate', host: String(host), expected: String(expected), presented: String(presented) };
  } else if (envelope.error.code === 'host_unreachable' && hostTrouble?.kind !== 'certificate') next = { kind: 'unreachable', host: String(envelope.error.params?.host ?? '') };
  if (next === hostTrouble || JSON.stringify(next) === JSON.stringify(hostTrouble)) return;
  hostTrouble = next;
  hostTroubleListeners.forEach((l) => l());
}

async function transport(request: RpcRequest): Promise<Envelope<unknown>> {
  if (window.bangfu) return window.bangfu.invoke(request);
  const res = await fetch('api/rpc', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(request),
  });
  if (!res.ok) return { ok: false, error: { code: 'internal', message: `HTTP ${res.status}: ${await res.text()}` } };
  return (await res.json()) as Envelope<unknown>;
}

/** Call one contract method. Resolves with its result or rejects with an ApiError. */
export async function call<M extends MethodName>(method: M, input: InputOf<Contract[M]>): Promise<ResultOf<Contract[M]>> {
  const envelope = await transport({ method, input, locale: currentLocale() });
  noteHost(method, envelope);
  if (envelope.ok) return envelope.result as ResultOf<Contract[M]>;
  const error = new ApiError(envelope.error);
  if (error.code === 'unauthenticated' || error.code === 'password_change_required') unauthenticatedListeners.forEach((l) => l(error));
  throw error;
}
