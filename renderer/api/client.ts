import type { Contract, InputOf, MethodName, ResultOf } from '../../electron/contract';
import type { ApiErrorBody, Envelope, ErrorCode, FieldError, RpcRequest } from '../../electron/contract/errors';
import type { BangfuBridge } from '../../electron/backend/ipc/bridge';
import { currentLocale } from '../i18n';

/** Exposed by electron/preload: the one IPC door to the backend. Absent in browser mode. */
declare global {
  interface Window {
    bangfu?: BangfuBridge;
  }
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly fields: FieldError[];
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.field = body.field;
    this.fields = body.fields ?? [];
  }
}

type Listener = (e: ApiError) => void;
const unauthenticatedListeners = new Set<Listener>();
/** The session provider listens here to fall back to the login page when a session expires. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
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
  if (envelope.ok) return envelope.result as ResultOf<Contract[M]>;
  const error = new ApiError(envelope.error);
  if (error.code === 'unauthenticated') unauthenticatedListeners.forEach((l) => l(error));
  throw error;
}
