import type { Envelope, RpcRequest } from '../../contract/errors';
import { resolveLocale } from '../../contract/messages';
import type { Backend } from '../rpc/dispatch';
import { toErrorBody } from '../rpc/error-body';
import { AppError } from '../rpc/errors';

export interface IpcTransport {
  /** One call from the renderer identified by `senderId` (its webContents id). */
  handle(senderId: number, request: unknown): Promise<Envelope<unknown>>;
  /** Drops the window's session when the window goes away. */
  forget(senderId: number): void;
  /** Lends a window's session to another (the hidden window a report is printed from), until that one is forgotten. */
  share(fromSenderId: number, toSenderId: number): void;
}

/**
 * The IPC transport: the desktop twin of the HTTP server. The session token never reaches the
 * renderer; main keeps one per window, the way the browser keeps the HttpOnly cookie.
 */
export function createIpcTransport(backend: Backend): IpcTransport {
  const tokens = new Map<number, string>();

  return {
    async handle(senderId, raw) {
      const request = asRpcRequest(raw);
      if (!request) {
        const locale = resolveLocale(localeOf(raw));
        return { ok: false, error: toErrorBody(new AppError('invalid_input'), locale) };
      }
      const { envelope, session } = await backend.call(request, tokens.get(senderId) ?? null);
      if (session?.kind === 'start') tokens.set(senderId, session.token);
      else if (session?.kind === 'end') tokens.delete(senderId);
      // Same shape the HTTP transport delivers (plain JSON), whatever a handler returned.
      return JSON.parse(JSON.stringify(envelope)) as Envelope<unknown>;
    },
    forget(senderId) {
      tokens.delete(senderId);
    },
    share(fromSenderId, toSenderId) {
      const token = tokens.get(fromSenderId);
      if (token) tokens.set(toSenderId, token);
    },
  };
}

function asRpcRequest(raw: unknown): RpcRequest | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { method, input } = raw as Record<string, unknown>;
  if (typeof method !== 'string') return null;
  return { method, input, locale: localeOf(raw) };
}

function localeOf(raw: unknown): string | undefined {
  const locale = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).locale : undefined;
  return typeof locale === 'string' ? locale : undefined;
}
