import crypto from 'node:crypto';
import { and, eq, gt, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { statementCache } from '../prepared';
import { sessions, users } from '../../../db/schema';
import type { Role } from '../../contract/roles';
import type { ClientInfo, SessionUser } from '../rpc/context';

/** Sessions end after this long; a working day plus margin. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** How stale `last_seen_at` may get before a call writes it again: a read stays a read most of the time. */
export const SEEN_EVERY_MS = 60_000;

/** A device as stored: its User-Agent, cut to a sane length. */
const deviceOf = (client: ClientInfo) => client.device?.slice(0, 300) ?? null;

export function createSession(db: Db, userId: number, now: Date, client: ClientInfo = {}): { token: string; expiresAt: Date } {
  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  db.delete(sessions).where(lte(sessions.expiresAt, now.toISOString())).run();
  db.insert(sessions)
    .values({
      tokenHash: hashToken(token),
      userId,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      address: client.address ?? null,
      device: deviceOf(client),
      lastSeenAt: now.toISOString(),
    })
    .run();
  return { token, expiresAt };
}

// Every call looks its session up.
const lookups = statementCache<ReturnType<typeof prepareLookup>>();

function prepareLookup(db: Db) {
  return db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      mustChangePassword: users.mustChangePassword,
      tokenHash: sessions.tokenHash,
      device: sessions.device,
      address: sessions.address,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sql.placeholder('hash')), gt(sessions.expiresAt, sql.placeholder('now')), eq(users.active, true)))
    .prepare();
}

/**
 * The active user behind a live session, or null when it is unknown, expired, the user disabled,
 * or the token comes from another device than the one it was opened on (a copied cookie): that
 * session is ended. Where and when it was last seen is kept for 设置 → 局域网.
 */
export function userForToken(db: Db, token: string, now: Date, client: ClientInfo = {}): SessionUser | null {
  const row = lookups(db, '', () => prepareLookup(db)).get({ hash: hashToken(token), now: now.toISOString() });
  if (!row) return null;
  const { tokenHash, device, address, lastSeenAt, ...user } = row;
  if (device !== null && deviceOf(client) !== device) {
    db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run();
    return null;
  }
  const seen = client.address ?? null;
  if (seen !== address || lastSeenAt === null || now.getTime() - Date.parse(lastSeenAt) > SEEN_EVERY_MS) {
    db.update(sessions).set({ lastSeenAt: now.toISOString(), address: seen }).where(eq(sessions.tokenHash, tokenHash)).run();
  }
  return { ...user, role: user.role as Role };
}

export function deleteSession(db: Db, token: string): void {
  db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token))).run();
}

/** Ends every session of the user, except the one whose token is kept (the caller's own, after a password change). */
export function deleteUserSessions(db: Db, userId: number, keepToken: string | null = null): void {
  const others = keepToken ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, hashToken(keepToken))) : eq(sessions.userId, userId);
  db.delete(sessions).where(others).run();
}
