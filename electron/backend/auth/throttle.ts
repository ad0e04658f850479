import { AppError } from '../rpc/errors';

/**
 * Slows password guessing once the HTTP transport is reachable from other PCs: after
 * MAX_FAILURES wrong passwords for one user name within WINDOW_MS, that name is refused for LOCK_MS.
 * Kept in memory: a failed login writes nothing to the database (its transaction rolls back).
 */
const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 5 * 60_000;

interface Failures {
  count: number;
  since: number;
  lockedUntil: number;
}

export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  assertAllowed(username: string, now: Date): void {
    const f = this.failures.get(username.toLowerCase());
    if (f && f.lockedUntil > now.getTime()) {
      throw new AppError('too_many_attempts', { minutes: Math.ceil((f.lockedUntil - now.getTime()) / 60_000) });
    }
  }

  recordFailure(username: string, now: Date): void {
    const key = username.toLowerCase();
    const t = now.getTime();
    const f = this.failures.get(key);
    const current = f && t - f.since < WINDOW_MS ? f : { count: 0, since: t, lockedUntil: 0 };
    current.count += 1;
    if (current.count >= MAX_FAILURES) current.lockedUntil = t + LOCK_MS;
    this.failures.set(key, current);
  }

  clear(username: string): void {
    this.failures.delete(username.toLowerCase());
  }
}
