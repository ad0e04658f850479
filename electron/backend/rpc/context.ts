import type Database from 'better-sqlite3';
import type { Db } from '../../../db/open';
import type { Contract, MethodName, ParsedInputOf, ResultOf } from '../../contract';
import type { Locale } from '../../contract/messages';
import type { Role } from '../../contract/roles';

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** an administrator chose the password: until the user picks their own, only auth.* calls marked for it pass */
  mustChangePassword: boolean;
}

/** Who is calling from where, as the transport knows it (IPC and in-process callers have no address). */
export interface ClientInfo {
  address?: string;
  /** the browser's or app's User-Agent, which the session is bound to */
  device?: string;
}

export interface AuditRecord {
  action: string;
  entity: string;
  entityId: number | null;
  before?: object | null;
  after?: object | null;
  /** Who acted, when that is not the session's user (login and first-run setup have none yet; a restore may bring back a register without them). */
  userId?: number | null;
}

/** What a handler may use. Writes see `db` inside the call's transaction. */
export interface Ctx {
  db: Db;
  sqlite: Database.Database;
  user: SessionUser | null;
  locale: Locale;
  now: () => Date;
  client: ClientInfo;
  /** the calling session's token hash (its id on 设置 → 局域网); null without one */
  sessionHash: string | null;
  audit(record: AuditRecord): void;
  /** Start a session for this user on the calling transport (login, first-run setup). */
  startSession(userId: number): void;
  endSession(): void;
  /** End the user's sessions on other PCs and windows, keeping the calling one (after a password change). */
  endOtherSessions(): void;
}

/** A handler for a method that requires a role always gets a user. */
export type AuthedCtx = Ctx & { user: SessionUser };

/** The slow part of a call (password hashing, a backup), awaited before the transaction so it never holds the database or the event loop. */
export type PrepareCtx = Pick<Ctx, 'db' | 'sqlite' | 'user' | 'locale' | 'now' | 'client' | 'sessionHash'>;

type Input<M extends MethodName> = ParsedInputOf<Contract[M]>;
type Public<M extends MethodName> = Contract[M]['roles'] extends 'public' ? true : false;
type CtxFor<M extends MethodName> = Public<M> extends true ? Ctx : AuthedCtx;
type PrepareCtxFor<M extends MethodName> = Public<M> extends true ? PrepareCtx : PrepareCtx & { user: SessionUser };

export type HandlerFn<M extends MethodName> = (input: Input<M>, ctx: CtxFor<M>) => ResultOf<Contract[M]>;

/** `prepare` runs first (async, outside the transaction); its result is handed to `run`, which runs inside it. */
export interface TwoPhaseHandler<M extends MethodName> {
  prepare(input: Input<M>, ctx: PrepareCtxFor<M>): Promise<unknown>;
  run(input: Input<M>, ctx: CtxFor<M>, prepared: unknown): ResultOf<Contract[M]>;
}

export type Handler<M extends MethodName> = HandlerFn<M> | TwoPhaseHandler<M>;

export type Handlers<K extends MethodName> = { [M in K]: Handler<M> };
