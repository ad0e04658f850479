import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { version as packageVersion } from '../../package.json';
import { DEFAULT_MIGRATIONS_DIR, DbOpenError, openDatabase } from '../../db/open';
import { firstMigrations, readJournal } from '../support/migrations';
import { tempDir } from '../support/temp';

/** The migrations of a later release: ours plus one this build has never seen. */
function newerMigrations(): string {
  const journal = readJournal(DEFAULT_MIGRATIONS_DIR);
  const dir = firstMigrations(journal.entries.length);
  const last = journal.entries[journal.entries.length - 1];
  const next = { ...last, idx: last.idx + 1, when: last.when + 86_400_000, tag: '9999_from_the_future' };
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: [...journal.entries, next] }));
  fs.writeFileSync(path.join(dir, `${next.tag}.sql`), 'CREATE TABLE monthly_checkins (id INTEGER PRIMARY KEY);');
  return dir;
}

const appVersionIn = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT value FROM app_meta WHERE key = 'app_version'").get() as { value: string } | undefined)?.value;
  } finally {
    db.close();
  }
};

function refusal(open: () => unknown): DbOpenError {
  try {
    open();
  } catch (e) {
    if (e instanceof DbOpenError) return e;
    throw e;
  }
  throw new Error('the database was opened');
}

describe('a database written by a newer version', () => {
  it('is refused at start-up, naming the version that wrote it, and left as it was', () => {
    const file = path.join(tempDir(), 'bangfu.sqlite');
    openDatabase({ file, migrationsDir: newerMigrations(), appVersion: '0.2.0' }).sqlite.close();

    const e = refusal(() => openDatabase({ file, appVersion: '0.1.0' }));
    expect(e.problem).toBe('too_new');
    expect(e.message).toBe(`数据库 ${file} 由 0.2.0 版写入，本程序（0.1.0 版）较旧，不能打开，数据未改动。请安装 0.2.0 或更高版本`);
    expect(e.describe('en')).toContain('Install version 0.2.0 or later');
    expect(appVersionIn(file)).toBe('0.2.0');
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
  });

  it('is refused even when it does not say which version wrote it', () => {
    const file = path.join(tempDir(), 'bangfu.sqlite');
    const newer = openDatabase({ file, migrationsDir: newerMigrations() });
    newer.sqlite.prepare("DELETE FROM app_meta WHERE key = 'app_version'").run();
    newer.sqlite.close();
    const e = refusal(() => openDatabase({ file, appVersion: '0.1.0' }));
    expect(e.problem).toBe('too_new');
    expect(e.message).toContain('由更新版本的本系统写入');
    expect(e.message).toContain('请安装最新版本');
  });
});

describe('opening a database', () => {
  it('records the version of the app that last opened it (package.json unless told)', () => {
    const file = path.join(tempDir(), 'bangfu.sqlite');
    openDatabase({ file }).sqlite.close();
    expect(appVersionIn(file)).toBe(packageVersion);
    openDatabase({ file, appVersion: '0.1.1' }).sqlite.close();
    expect(appVersionIn(file)).toBe('0.1.1');
  });

  // POSIX modes: the suite runs on Linux; on Windows the data folder is private by its place in the user profile.
  it('keeps the data folder, the database, its WAL files and backups private to the owner', () => {
    const mode = (f: string) => (fs.statSync(f).mode & 0o777).toString(8);
    const dataDir = path.join(tempDir(), 'config', 'BangfuOffice');
    const file = path.join(dataDir, 'bangfu.sqlite');
    const old = openDatabase({ file, migrationsDir: firstMigrations(1) });
    old.sqlite.close();
    // As an earlier version left it.
    fs.chmodSync(file, 0o644);

    const opened = openDatabase({ file });
    expect(opened.backupFile).not.toBeNull();
    expect(mode(dataDir)).toBe('700');
    for (const f of [file, `${file}-wal`, `${file}-shm`, opened.backupFile!]) expect(mode(f), f).toBe('600');
    expect(mode(path.dirname(opened.backupFile!))).toBe('700');
    opened.sqlite.close();
  });
});
