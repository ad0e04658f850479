import Database from 'better-sqlite3';

/** What a backup file holds, read without changing it. */
export interface BackupCheck {
  ok: boolean;
  /** why it cannot be used: not SQLite, damaged, not this app's */
  problem: 'not_sqlite' | 'damaged' | 'not_ours' | null;
  students: number | null;
  /** how many of the app's migrations it has had */
  migrations: number | null;
}

/**
 * Opens a backup read-only and checks it page by page (PRAGMA integrity_check), then that it is
 * this app's register: a backup is only worth keeping, and only restored, when it passes.
 */
export function checkBackup(file: string): BackupCheck {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return { ok: false, problem: 'not_sqlite', students: null, migrations: null };
  }
  try {
    try {
      const result = db.pragma('integrity_check', { simple: true });
      if (result !== 'ok') return { ok: false, problem: 'damaged', students: null, migrations: null };
    } catch (e) {
      const code = String((e as { code?: unknown }).code ?? '');
      return { ok: false, problem: code === 'SQLITE_NOTADB' ? 'not_sqlite' : 'damaged', students: null, migrations: null };
    }
    const has = (table: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
    if (!has('students') || !has('__drizzle_migrations')) return { ok: false, problem: 'not_ours', students: null, migrations: null };
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return { ok: true, problem: null, students: count('SELECT count(*) AS n FROM students'), migrations: count('SELECT count(*) AS n FROM __drizzle_migrations') };
  } finally {
    db.close();
  }
}
