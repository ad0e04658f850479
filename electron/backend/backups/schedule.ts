import path from 'node:path';
import type Database from 'better-sqlite3';
import { listBackups } from './files';
import { dailyDue, DAILY } from './retention';
import { backupByConfig } from './take';

/** How often the host looks whether today's backup is still to be taken: a PC left on overnight takes the next day's soon after midnight. */
const EVERY_MS = 60 * 60 * 1000;

/**
 * Once a day while the app runs: the day's backup, taken at start-up when due and looked for every
 * hour after. Failures are logged and tried again the next hour; they never stop the app.
 */
export function startDailyBackups(sqlite: Database.Database, log: (message: string) => void = console.error): () => void {
  let running = false;
  const tick = async () => {
    if (running || !sqlite.open) return;
    running = true;
    try {
      const now = new Date();
      if (!dailyDue(listBackups(path.join(path.dirname(sqlite.name), 'backups')), now)) return;
      const taken = await backupByConfig({ sqlite, now: () => now }, DAILY);
      if (!taken.ok) log(`daily backup failed its check (${taken.problem}): ${taken.file}`);
      if (taken.copy && 'error' in taken.copy) log(`daily backup not copied to the second folder: ${taken.copy.error}`);
    } catch (e) {
      log(`daily backup failed: ${(e as Error).message}`);
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
