import crypto from 'node:crypto';
import { and, eq, gt, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { statementCache } from '../prepared';
import { sessions, users } from '../../../db/schema';
import type { Role } from '../../contract/roles';
import type { SessionUser } from '../rpc/context';

/** Sessions end after this long; a working day plus margin. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export function createSession(db: Db, userId: number, now: Date): { token: string; expiresAt: Date } {
  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  db.delete(sessions).where(lte(sessions.expiresAt, now.toISOString())).run();
  db.insert(sessions)
    .values({ tokenHash: hashToken(token), userId, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() })
    .run();
  return { token, expiresAt };
}

// Every call looks its session up.
const lookups = statementCache<ReturnType<typeof prepareLookup>>();

function prepareLookup(db: Db) {
  return db
    .select({ id: users.id, username: users.username, displayName: users.displayName, role: users.role, mustChangePassword: users.mustChangePassword })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sql.placeholder('hash')), gt(sessions.expiresAt, sql.placeholder('now')), eq(users.active, true)))
    .prepare();
}

/** The active user behind a live session, or null when it is unknown, expired or the user is disabled. */
export function userForToken(db: Db, token: string, now: Date): SessionUser | null {
  const row = lookups(db, '', () => prepareLookup(db)).get({ hash: hashToken(token), now: now.toISOString() });
  return row ? { ...row, role: row.role as Role } : null;
}

export function deleteSession(db: Db, token: string): void {
  db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token))).run();
}

/** Ends every session of the user, except the one whose token is kept (the caller's own, after a password change). */
export function deleteUserSessions(db: Db, userId: number, keepToken: string | null = null): void {
  const others = keepToken ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, hashToken(keepToken))) : eq(sessions.userId, userId);
  db.delete(sessions).where(others).run();
}
