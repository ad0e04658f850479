import type { BackupFile } from './files';

/** The automatic backup taken once a day; the others are taken by hand or before a risky step. */
export const DAILY = 'daily';

/** How many of the daily backups stay: one a day for a week, one a week for a month, one a month for a year. */
export const KEEP = { days: 7, weeks: 4, months: 12 } as const;

/** Backups taken before an import, a restore or a migration stay this long, and the latest few always. */
export const EVENT_DAYS = 30;
export const EVENT_LATEST = 5;

const DAY_MS = 86_400_000;
/** China's calendar day of an instant: a backup at 07:00 Beijing time belongs to that day, not to the UTC day before. */
const chinaDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const monday = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS).toISOString().slice(0, 10);
};

/**
 * The backups to delete, the rest being kept: of the daily ones the newest of each of the last 7
 * days that have one, of the last 4 weeks and of the last 12 months (grandfather-father-son);
 * of those taken before a risky step, the last EVENT_DAYS days' and the newest EVENT_LATEST;
 * one taken by hand is never deleted by the app.
 */
export function expiredBackups(backups: readonly BackupFile[], now: Date): BackupFile[] {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const keep = new Set<BackupFile>();
  const daily = newestFirst.filter((b) => b.why === DAILY);
  for (const [period, count] of [
    [chinaDay, KEEP.days],
    [(d: Date) => monday(chinaDay(d)), KEEP.weeks],
    [(d: Date) => chinaDay(d).slice(0, 7), KEEP.months],
  ] as const) {
    const seen = new Set<string>();
    for (const b of daily) {
      const key = period(b.takenAt);
      if (seen.has(key)) continue;
      if (seen.size === count) break;
      seen.add(key);
      keep.add(b);
    }
  }
  const events = newestFirst.filter((b) => b.why !== DAILY && b.why !== 'manual');
  events.forEach((b, i) => (i < EVENT_LATEST || now.getTime() - b.takenAt.getTime() < EVENT_DAYS * DAY_MS) && keep.add(b));
  return newestFirst.filter((b) => b.why !== 'manual' && !keep.has(b));
}

/** Whether today's daily backup (China's calendar day) is still to be taken. */
export const dailyDue = (backups: readonly BackupFile[], now: Date) => !backups.some((b) => b.why === DAILY && chinaDay(b.takenAt) === chinaDay(now));
