import type { z } from 'zod';
import type { OpenDb } from '../../../db/open';
import { contract, type MethodName } from '../../contract';
import type { MethodDef } from '../../contract/define';
import type { ApiErrorBody, Envelope, RpcRequest } from '../../contract/errors';
import { formatMessage, isMessageKey, resolveLocale, type Locale } from '../../contract/messages';
import { userForToken, createSession, deleteSession } from '../auth/sessions';
import { LoginThrottle } from '../auth/throttle';
import { handlers } from '../handlers';
import { backfillNameKeys } from '../students/pinyin';
import { writeAudit } from '../audit/record';
import { AppError, type FieldProblem } from './errors';
import type { AuditRecord, Ctx } from './context';

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
}

export interface Backend {
  call(request: RpcRequest, sessionToken: string | null): CallOutcome;
}

/** The single entry point both transports (IPC and HTTP) use. */
export function createBackend({ db, sqlite }: OpenDb, opts: BackendOptions = {}): Backend {
  const now = opts.now ?? (() => new Date());
  const logError = opts.logError ?? ((e, m) => console.error(`[${m}]`, e));
  const loginThrottle = new LoginThrottle();
  // Data upkeep that a plain-SQL migration cannot do (pinyin keys need code).
  backfillNameKeys(db);

  return {
    call(request, sessionToken) {
      const locale = resolveLocale(request.locale);
      let session: SessionChange = null;
      try {
        const name = request.method as MethodName;
        const def: MethodDef | undefined = Object.hasOwn(contract, name) ? contract[name] : undefined;
        if (!def) throw new AppError('unknown_method', { method: String(request.method) });

        const user = sessionToken ? userForToken(db, sessionToken, now()) : null;
        if (def.roles !== 'public') {
          if (!user) throw new AppError('unauthenticated');
          if (!def.roles.includes(user.role)) throw new AppError('forbidden');
        }

        const parsed = def.input.safeParse(request.input ?? {});
        if (!parsed.success) throw new AppError('invalid_input', {}, zodProblems(parsed.error));

        const audits: AuditRecord[] = [];
        const ctx: Ctx = {
          db,
          sqlite,
          user,
          locale,
          now,
          audit: (record) => {
            writeAudit(db, record, record.userId ?? user?.id ?? null, now());
            audits.push(record);
          },
          startSession: (userId) => {
            const started = createSession(db, userId, now());
            session = { kind: 'start', ...started };
          },
          endSession: () => {
            if (sessionToken) deleteSession(db, sessionToken);
            session = { kind: 'end' };
          },
          loginThrottle,
        };
        const handler = handlers[name] as (input: unknown, ctx: Ctx) => unknown;
        const run = () => {
          const result = handler(parsed.data, ctx);
          if (def.write && audits.length === 0) throw new Error(`write method ${name} recorded no audit entry`);
          return result;
        };
        const result = def.write ? sqlite.transaction(run).immediate() : run();
        return { envelope: { ok: true, result }, session };
      } catch (e) {
        if (!(e instanceof AppError)) logError(e, String(request.method));
        return { envelope: { ok: false, error: toErrorBody(e, locale) }, session: null };
      }
    },
  };
}

function zodProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.join('.'),
    key: isMessageKey(issue.message) ? issue.message : issue.code === 'too_big' ? 'too_long' : 'invalid_value',
  }));
}

export function toErrorBody(e: unknown, locale: Locale): ApiErrorBody {
  if (!(e instanceof AppError)) return { code: 'internal', message: formatMessage(locale, 'internal') };
  const fields = e.fields.map((f) => ({ field: f.field, message: formatMessage(locale, f.key, f.params) }));
  return {
    code: e.code,
    message: formatMessage(locale, e.code, e.params),
    ...(fields.length ? { field: fields[0].field, fields } : {}),
  };
}
