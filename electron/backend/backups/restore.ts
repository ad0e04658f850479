import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { DEFAULT_MIGRATIONS_DIR, migratePending, type OpenDb } from '../../../db/open';
import { AppError } from '../rpc/errors';
import { checkBackup, type BackupCheck } from './check';

/** Whether the backup holds a migration this build does not know: a newer version's database, which this one must not open. */
function tooNew(file: string, migrationsDir: string): boolean {
  const known = new Set(readMigrationFiles({ migrationsFolder: migrationsDir }).map((m) => m.folderMillis));
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT created_at FROM __drizzle_migrations').all() as { created_at: number }[]).some((m) => !known.has(Number(m.created_at)));
  } finally {
    db.close();
  }
}

/** A backup that failed its check, said in words. */
export const unusable = (problem: BackupCheck['problem']) => new AppError('backup_unusable', { problem: { key: `backup_problem_${problem ?? 'damaged'}` } });

/** Refuses a backup that cannot be restored, in words: damaged, not this app's, or a newer version's. */
export function refuseUnusable(file: string, migrationsDir = DEFAULT_MIGRATIONS_DIR): void {
  const check = checkBackup(file);
  if (!check.ok) throw unusable(check.problem);
  if (tooNew(file, migrationsDir)) throw new AppError('backup_too_new');
}

/**
 * Puts the backup's pages into the live database through SQLite's backup API, the backup the
 * source and the live file the destination: one write transaction on the destination, so others
 * wait a moment and then read the restored register (a file copy under a live connection would
 * corrupt it). An older backup is then brought up to this version's schema.
 */
export async function restoreInto(opened: Pick<OpenDb, 'sqlite' | 'db'>, file: string, migrationsDir = DEFAULT_MIGRATIONS_DIR): Promise<void> {
  const source = new Database(file, { readonly: true });
  try {
    // every page in one step: the destination is never seen half restored
    await source.backup(opened.sqlite.name, { progress: () => Number.MAX_SAFE_INTEGER });
  } finally {
    source.close();
  }
  migratePending(opened, migrationsDir);
}
