import type Database from 'better-sqlite3';
import type { Db } from '../../../db/open';
import type { Contract, MethodName, ParsedInputOf, ResultOf } from '../../contract';
import type { Locale } from '../../contract/messages';
import type { Role } from '../../contract/roles';
import type { LoginThrottle } from '../auth/throttle';

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
}

export interface AuditRecord {
  action: string;
  entity: string;
  entityId: number | null;
  before?: object | null;
  after?: object | null;
  /** Who acted, when that is not the session's user (login and first-run setup have none yet). */
  userId?: number;
}

/** What a handler may use. Writes see `db` inside the call's transaction. */
export interface Ctx {
  db: Db;
  sqlite: Database.Database;
  user: SessionUser | null;
  locale: Locale;
  now: () => Date;
  audit(record: AuditRecord): void;
  /** Start a session for this user on the calling transport (login, first-run setup). */
  startSession(userId: number): void;
  endSession(): void;
  /** per-backend memory of failed logins */
  loginThrottle: LoginThrottle;
}

/** A handler for a method that requires a role always gets a user. */
export type AuthedCtx = Ctx & { user: SessionUser };

export type Handler<M extends MethodName> = (
  input: ParsedInputOf<Contract[M]>,
  ctx: Contract[M]['roles'] extends 'public' ? Ctx : AuthedCtx,
) => ResultOf<Contract[M]>;

export type Handlers<K extends MethodName> = { [M in K]: Handler<M> };
