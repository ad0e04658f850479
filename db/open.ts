import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import fs from 'node:fs';
import path from 'node:path';
import { version as APP_VERSION } from '../package.json';
import { DbOpenError } from './open-error';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

export interface OpenDb {
  sqlite: Database.Database;
  db: Db;
  /** Path of the backup taken before migrating, if one was needed. */
  backupFile: string | null;
}

export { DbOpenError, type DbOpenProblem } from './open-error';

/** Same folder in development and in the packaged app (the migrations ship beside the code that reads them). */
export const DEFAULT_MIGRATIONS_DIR = path.join(__dirname, 'migrations');

export interface OpenOptions {
  file: string;
  migrationsDir?: string;
  /** Folder for pre-migration backups; defaults to `backups/` beside the DB file. */
  backupDir?: string;
  now?: () => Date;
  /** How long to wait for another program's lock before giving up (ms). */
  busyTimeoutMs?: number;
  /** Recorded in app_meta, so an older version refusing this database can say which version it needs. */
  appVersion?: string;
}

/** The register holds 身份证号 and bank accounts: only the signed-in OS user may read the folder and its files. */
const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

/** Creates a folder readable by its owner only; one that exists is left as the user made it. */
function makePrivateDir(dir: string) {
  if (fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR }) !== undefined) fs.chmodSync(dir, PRIVATE_DIR);
}

/** The database and SQLite's files beside it (which it creates with the database's mode). On Windows only the read-only bit is touched. */
function makePrivateFiles(file: string) {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (fs.existsSync(f)) fs.chmodSync(f, PRIVATE_FILE);
}

export function openDatabase(opts: OpenOptions): OpenDb {
  const migrationsDir = opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const existed = fs.existsSync(opts.file) && fs.statSync(opts.file).size > 0;
  makePrivateDir(path.dirname(opts.file));

  let sqlite: Database.Database;
  try {
    sqlite = new Database(opts.file, { timeout: opts.busyTimeoutMs ?? 5000 });
  } catch (e) {
    throw new DbOpenError('cannot_open', { file: opts.file, reason: (e as Error).message }, { cause: e });
  }
  try {
    // Reading the schema is the first thing that fails on a file that is not SQLite.
    sqlite.pragma('schema_version');
    makePrivateFiles(opts.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
  } catch (e) {
    sqlite.close();
    throw describeOpenFailure(opts.file, e);
  }

  const db = drizzle(sqlite, { schema });
  const appVersion = opts.appVersion ?? APP_VERSION;
  let backupFile: string | null = null;
  try {
    refuseIfTooNew(sqlite, migrationsDir, opts.file, appVersion);
    const pending = pendingMigrations(sqlite, migrationsDir);
    if (existed && pending.length > 0) {
      backupFile = backupBeforeMigration(sqlite, opts, pending[0]);
    }
    if (pending.length > 0) migrate(db, { migrationsFolder: migrationsDir });
    recordAppVersion(sqlite, appVersion);
    // SQLite's advice for a long-lived connection: gather the statistics the query planner needs
    // (without them it scans by the wrong index and sorts the whole register).
    sqlite.pragma('optimize = 0x10002');
  } catch (e) {
    sqlite.close();
    if (e instanceof DbOpenError) throw e;
    const failure = describeOpenFailure(opts.file, e);
    if (failure.problem !== 'cannot_open') throw failure;
    throw new DbOpenError('migration_failed', { file: opts.file, reason: (e as Error).message, backup: backupFile ?? undefined }, { cause: e });
  }
  return { sqlite, db, backupFile };
}

/**
 * Brings an open database up to this version's schema: after a restore put an older backup's
 * pages in place (the start-up's backup-then-migrate is for a database being opened).
 */
export function migratePending({ sqlite, db }: Pick<OpenDb, 'sqlite' | 'db'>, migrationsDir = DEFAULT_MIGRATIONS_DIR, appVersion = APP_VERSION): number {
  const pending = pendingMigrations(sqlite, migrationsDir);
  if (pending.length > 0) migrate(db, { migrationsFolder: migrationsDir });
  recordAppVersion(sqlite, appVersion);
  return pending.length;
}

function describeOpenFailure(file: string, e: unknown): DbOpenError {
  const code = (e as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new DbOpenError('not_a_database', { file }, { cause: e });
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new DbOpenError('locked', { file }, { cause: e });
  }
  return new DbOpenError('cannot_open', { file, reason: (e as Error).message }, { cause: e });
}

/** Migrations not yet recorded in drizzle's journal table, judged the way drizzle's migrator judges them. */
export function pendingMigrations(sqlite: Database.Database, migrationsDir: string) {
  const all = readMigrationFiles({ migrationsFolder: migrationsDir });
  if (!hasTable(sqlite, '__drizzle_migrations')) return all;
  const last = sqlite.prepare('SELECT created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1').get() as
    | { created_at: number }
    | undefined;
  return last ? all.filter((m) => m.folderMillis > Number(last.created_at)) : all;
}

const hasTable = (sqlite: Database.Database, name: string) =>
  sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

/**
 * A database that a newer version has migrated holds migrations this build does not have; opened
 * anyway it would fail later, half-way through someone's work. Migrations are known by their
 * journal time (`created_at`), not their hash, which changes with the line endings of a checkout.
 */
function refuseIfTooNew(sqlite: Database.Database, migrationsDir: string, file: string, current: string) {
  if (!hasTable(sqlite, '__drizzle_migrations')) return;
  const known = new Set(readMigrationFiles({ migrationsFolder: migrationsDir }).map((m) => m.folderMillis));
  const applied = sqlite.prepare('SELECT created_at FROM __drizzle_migrations').all() as { created_at: number }[];
  if (applied.every((m) => known.has(Number(m.created_at)))) return;
  const written = hasTable(sqlite, 'app_meta')
    ? (sqlite.prepare("SELECT value FROM app_meta WHERE key = 'app_version'").get() as { value: string } | undefined)
    : undefined;
  throw new DbOpenError('too_new', { file, current, version: written?.value });
}

/** The last version to open the database knows all its migrations: an older one refusing it names that version. */
function recordAppVersion(sqlite: Database.Database, version: string) {
  if (!hasTable(sqlite, 'app_meta')) return;
  sqlite
    .prepare("INSERT INTO app_meta (key, value) VALUES ('app_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
    .run(version);
}

function backupBeforeMigration(sqlite: Database.Database, opts: OpenOptions, first: { folderMillis: number }): string {
  const target = backupPath(opts.file, `before-${first.folderMillis}`, opts.now?.() ?? new Date(), opts.backupDir);
  // VACUUM INTO writes a consistent copy even with WAL content not yet checkpointed.
  sqlite.prepare('VACUUM INTO ?').run(target);
  fs.chmodSync(target, PRIVATE_FILE);
  return target;
}

/** Where a backup of the database taken now for `why` goes: `backups/` beside it unless told, a folder only its owner reads. */
export function backupPath(file: string, why: string, now: Date, dir = path.join(path.dirname(file), 'backups')): string {
  makePrivateDir(dir);
  // Two backups for the same reason in one millisecond (a restore undone at once) must not overwrite each other.
  for (let at = now.getTime(); ; at++) {
    const stamp = new Date(at).toISOString().replace(/[:.]/g, '-');
    const target = path.join(dir, `${path.basename(file, path.extname(file))}-${stamp}-${why}.sqlite`);
    if (!fs.existsSync(target) && !fs.existsSync(`${target}.partial`)) return target;
  }
}

/**
 * A backup of the open database through SQLite's online backup API (never a copy of a live file),
 * taken while others may go on reading and writing; readable by its owner only.
 */
export async function backupNow(sqlite: Database.Database, why: string, now: Date): Promise<string> {
  const target = backupPath(sqlite.name, why, now);
  // Written under another name and renamed when whole: a crash or power cut mid-way leaves no half backup among the others.
  const partial = `${target}.partial`;
  try {
    await sqlite.backup(partial);
    // The copy carries the live database's WAL mode, in which even reading it makes -wal and -shm files
    // beside it, and fails on a read-only USB disk: a backup is one plain file, in rollback mode.
    const copy = new Database(partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    fs.chmodSync(partial, PRIVATE_FILE);
    fs.renameSync(partial, target);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
  return target;
}
