import { setTimeout as sleep } from 'node:timers/promises';
import type { OpenDb } from '../../../db/open';
import { contract, type MethodName } from '../../contract';
import type { MethodDef } from '../../contract/define';
import type { Envelope, RpcRequest } from '../../contract/errors';
import { resolveLocale } from '../../contract/messages';
import { fieldProblems } from '../../contract/problems';
import { userForToken, createSession, deleteSession, deleteUserSessions, hashToken } from '../auth/sessions';
import { handlers, runUpkeep } from '../areas';
import { writeAudit } from '../audit/record';
import { AppError } from './errors';
import { toErrorBody } from './error-body';
import type { AuditRecord, ClientInfo, Ctx, Handler, PrepareCtx } from './context';

// Kept importable from here; the relays (IPC, host client) import it from ./error-body so they do not load the backend.
export { toErrorBody };

/** What the transport must do with its session after a call. */
export type SessionChange = { kind: 'start'; token: string; expiresAt: Date } | { kind: 'end' } | null;

export interface CallOutcome {
  envelope: Envelope<unknown>;
  session: SessionChange;
}

export interface BackendOptions {
  now?: () => Date;
  /** Logs unexpected failures; the user only sees the 'internal' message. */
  logError?: (e: unknown, method: string) => void;
  /** How long a call keeps retrying while another program holds the database (ms). */
  busyWaitMs?: number;
}

export interface Backend {
  call(request: RpcRequest, sessionToken: string | null, client?: ClientInfo): Promise<CallOutcome>;
}

/**
 * SQLite's own busy wait blocks the whole process; it is kept short and the call waits for the
 * lock here instead, between attempts, so other users' calls go on meanwhile.
 */
const SQLITE_BUSY_TIMEOUT_MS = 50;
const BUSY_RETRY_MS = 100;

const isBusy = (e: unknown) => /^SQLITE_(BUSY|LOCKED)/.test(String((e as { code?: unknown }).code ?? ''));

/** The single entry point both transports (IPC and HTTP) use. */
export function createBackend({ db, sqlite }: OpenDb, opts: BackendOptions = {}): Backend {
  const now = opts.now ?? (() => new Date());
  const logError = opts.logError ?? ((e, m) => console.error(`[${m}]`, e));
  const busyWaitMs = opts.busyWaitMs ?? 5000;
  sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  runUpkeep(db);

  /** Runs `work` again while the database is locked by another program, up to busyWaitMs in all. */
  async function whileBusy<T>(work: () => T): Promise<T> {
    const deadline = Date.now() + busyWaitMs;
    for (;;) {
      try {
        return work();
      } catch (e) {
        if (!isBusy(e)) throw e;
        if (Date.now() >= deadline) throw new AppError('db_locked', { file: sqlite.name });
        await sleep(BUSY_RETRY_MS);
      }
    }
  }

  return {
    async call(request, sessionToken, client = {}) {
      const locale = resolveLocale(request.locale);
      try {
        const name = request.method as MethodName;
        const def: MethodDef | undefined = Object.hasOwn(contract, name) ? contract[name] : undefined;
        if (!def) throw new AppError('unknown_method', { method: String(request.method) });

        const { user, input } = await whileBusy(() => {
          const user = sessionToken ? userForToken(db, sessionToken, now(), client) : null;
          if (def.roles !== 'public') {
            if (!user) throw new AppError('unauthenticated');
            if (!def.roles.includes(user.role)) throw new AppError('forbidden');
            if (user.mustChangePassword && !def.duringPasswordChange) throw new AppError('password_change_required');
          }
          const parsed = def.input.safeParse(request.input ?? {});
          if (!parsed.success) throw new AppError('invalid_input', {}, fieldProblems(parsed.error, request.input ?? {}));
          return { user, input: parsed.data };
        });

        const handler = handlers[name] as Handler<MethodName>;
        const prepareCtx: PrepareCtx = { db, sqlite, user, locale, now, client, sessionHash: sessionToken ? hashToken(sessionToken) : null };
        const prepared = typeof handler === 'function' ? undefined : await handler.prepare(input as never, prepareCtx as never);

        const attempt = () => {
          let session: SessionChange = null;
          const audits: AuditRecord[] = [];
          // One instant per call: a record's updated_at and its audit entry say the same second.
          const at = now();
          const ctx: Ctx = {
            ...prepareCtx,
            now: () => at,
            sqlite,
            audit: (record) => {
              writeAudit(db, record, record.userId !== undefined ? record.userId : (user?.id ?? null), at, client.address ?? null);
              audits.push(record);
            },
            startSession: (userId) => {
              session = { kind: 'start', ...createSession(db, userId, at, client) };
            },
            endSession: () => {
              if (sessionToken) deleteSession(db, sessionToken);
              session = { kind: 'end' };
            },
            endOtherSessions: () => {
              if (user) deleteUserSessions(db, user.id, sessionToken);
            },
          };
          const run = () => {
            const result = typeof handler === 'function' ? handler(input as never, ctx as never) : handler.run(input as never, ctx as never, prepared);
            if (def.write && audits.length === 0) throw new Error(`write method ${name} recorded no audit entry`);
            return result;
          };
          const result = def.write ? sqlite.transaction(run).immediate() : run();
          return { result, session: session as SessionChange };
        };
        const { result, session } = await whileBusy(attempt);
        return { envelope: { ok: true, result }, session };
      } catch (e) {
        const failure = isBusy(e) ? new AppError('db_locked', { file: sqlite.name }) : e;
        if (!(failure instanceof AppError)) logError(e, String(request.method));
        return { envelope: { ok: false, error: toErrorBody(failure, locale) }, session: null };
      }
    },
  };
}
