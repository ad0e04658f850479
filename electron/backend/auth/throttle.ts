import { and, asc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { loginFailures } from '../../../db/schema';
import { AppError } from '../rpc/errors';

/**
 * Slows password guessing over the network. Failures are counted per user name and per client
 * address (one PC guessing many names), in the database so a restart does not lift a lockout.
 * A failed login's own transaction rolls back, so these rows are written outside it.
 */
const WINDOW_MS = 15 * 60_000;
const RULES = {
  user: { max: 5, lockMs: 5 * 60_000 },
  addr: { max: 20, lockMs: 15 * 60_000 },
} as const;
/** Enough for every account and PC of a school; beyond it the oldest rows go, so guessing cannot fill the disk. */
const MAX_ROWS = 10_000;

type Kind = keyof typeof RULES;
const keysFor = (username: string, address: string | undefined): [Kind, string][] => {
  const keys: [Kind, string][] = [['user', `user:${username.toLowerCase()}`]];
  if (address) keys.push(['addr', `addr:${address}`]);
  return keys;
};

export function assertLoginAllowed(db: Db, username: string, address: string | undefined, now: Date): void {
  for (const [, key] of keysFor(username, address)) {
    const row = db.select().from(loginFailures).where(eq(loginFailures.key, key)).get();
    if (row?.lockedUntil && row.lockedUntil > now.toISOString()) {
      const minutes = Math.ceil((Date.parse(row.lockedUntil) - now.getTime()) / 60_000);
      throw new AppError('too_many_attempts', { minutes });
    }
  }
}

export function recordLoginFailure(db: Db, username: string, address: string | undefined, now: Date): void {
  const t = now.getTime();
  db.transaction((tx) => {
    tx.delete(loginFailures)
      .where(and(lt(loginFailures.firstAt, new Date(t - WINDOW_MS).toISOString()), or(isNull(loginFailures.lockedUntil), lt(loginFailures.lockedUntil, now.toISOString()))))
      .run();
    for (const [kind, key] of keysFor(username, address)) {
      const row = tx.select().from(loginFailures).where(eq(loginFailures.key, key)).get();
      const fresh = !row || t - Date.parse(row.firstAt) >= WINDOW_MS;
      const count = fresh ? 1 : row.count + 1;
      const lockedUntil = count >= RULES[kind].max ? new Date(t + RULES[kind].lockMs).toISOString() : null;
      const values = { key, count, firstAt: fresh ? now.toISOString() : row.firstAt, lockedUntil };
      tx.insert(loginFailures).values(values).onConflictDoUpdate({ target: loginFailures.key, set: values }).run();
    }
    const { rows } = tx.select({ rows: sql<number>`count(*)` }).from(loginFailures).get()!;
    if (rows > MAX_ROWS) {
      const oldest = tx.select({ key: loginFailures.key }).from(loginFailures).orderBy(asc(loginFailures.firstAt)).limit(rows - MAX_ROWS).all();
      for (const { key } of oldest) tx.delete(loginFailures).where(eq(loginFailures.key, key)).run();
    }
  });
}

/** A successful login clears its user name's count; the address keeps counting until its window ends. */
export function clearLoginFailures(db: Db, username: string): void {
  db.delete(loginFailures).where(eq(loginFailures.key, `user:${username.toLowerCase()}`)).run();
}
