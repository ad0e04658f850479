/**
 * The messages between the backend's host process and the process that started it (Electron's
 * main, or `npm run serve`). Plain JSON values only: Node's fork sends JSON, Electron's utility
 * process a structured clone, and the two must deliver the same thing.
 */
import type { DbOpenError, DbOpenProblem } from '../../../db/open-error';
import type { Envelope, RpcRequest } from '../../contract/errors';
import type { ClientInfo } from '../rpc/context';
import type { CallOutcome } from '../rpc/dispatch';

export interface HostFiles {
  /** the database file (created, backed up and migrated by the host) */
  dbFile: string;
  migrationsDir?: string;
}

/** The host's command line (see host-process.ts). */
export const hostArgs = ({ dbFile, migrationsDir }: HostFiles) => [`--db=${dbFile}`, ...(migrationsDir ? [`--migrations=${migrationsDir}`] : [])];

/** Parent → host. `stop` closes the database (checkpointing it) once the calls under way are answered. */
export type ToHost = { type: 'call'; id: number; request: RpcRequest; token: string | null; client: ClientInfo } | { type: 'stop' };

/** A call's outcome on the wire: a session's expiry travels as an ISO string. */
export interface WireOutcome {
  envelope: Envelope<unknown>;
  session: { kind: 'start'; token: string; expiresAt: string } | { kind: 'end' } | null;
}

/**
 * Host → parent. The first message says whether the host started: `ready` (with the backup taken
 * before migrating, if any), `refused` (the database cannot be used: the parent words the reason
 * in its user's language) or `failed` (anything else). Then one `reply` per call.
 */
export type FromHost =
  | { type: 'ready'; backupFile: string | null }
  | { type: 'refused'; problem: DbOpenProblem; params: DbOpenError['params'] }
  | { type: 'failed'; message: string }
  | { type: 'reply'; id: number; outcome: WireOutcome };

export function toWire({ envelope, session }: CallOutcome): WireOutcome {
  return { envelope, session: session?.kind === 'start' ? { ...session, expiresAt: session.expiresAt.toISOString() } : session };
}

export function fromWire({ envelope, session }: WireOutcome): CallOutcome {
  return { envelope, session: session?.kind === 'start' ? { ...session, expiresAt: new Date(session.expiresAt) } : session };
}
