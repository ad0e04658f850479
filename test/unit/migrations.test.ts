import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATIONS_DIR, DbOpenError, openDatabase } from '../../db/open';
import { firstMigrations, readJournal } from '../support/migrations';
import { tempDir } from '../support/temp';

/** Everything SQLite knows about the schema, in a stable order, without drizzle's own bookkeeping. */
function schemaOf(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (
      db
        .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name != '__drizzle_migrations' ORDER BY type, name")
        .all() as { type: string; name: string; tbl_name: string; sql: string | null }[]
    ).map((r) => `${r.type} ${r.name} ${r.tbl_name} ${(r.sql ?? '').replace(/\s+/g, ' ')}`);
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  it('have strictly increasing journal timestamps (drizzle skips one that is not newer than the last applied)', () => {
    const entries = readJournal(DEFAULT_MIGRATIONS_DIR).entries;
    expect(entries.length).toBeGreaterThan(1);
    entries.forEach((e, i) => {
      expect(e.idx).toBe(i);
      if (i > 0) expect(e.when).toBeGreaterThan(entries[i - 1].when);
      expect(fs.existsSync(path.join(DEFAULT_MIGRATIONS_DIR, `${e.tag}.sql`))).toBe(true);
    });
  });

  it('give a fresh database and one upgraded from the first migration the same schema', () => {
    const fresh = path.join(tempDir(), 'fresh.sqlite');
    openDatabase({ file: fresh }).sqlite.close();

    const upgraded = path.join(tempDir(), 'old.sqlite');
    openDatabase({ file: upgraded, migrationsDir: firstMigrations(1) }).sqlite.close();
    expect(schemaOf(upgraded)).not.toEqual(schemaOf(fresh));
    const reopened = openDatabase({ file: upgraded });
    reopened.sqlite.close();

    expect(schemaOf(upgraded)).toEqual(schemaOf(fresh));
    const applied = new Database(upgraded, { readonly: true }).prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
    expect(applied.n).toBe(readJournal(DEFAULT_MIGRATIONS_DIR).entries.length);
  });

  it('back up an existing database before migrating it, and not a new one', () => {
    const dir = tempDir();
    const file = path.join(dir, 'app.sqlite');
    const first = openDatabase({ file, migrationsDir: firstMigrations(1) });
    expect(first.backupFile).toBeNull();
    first.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('schoolName', '\"测试学校\"', '2026-01-01')").run();
    first.sqlite.close();

    const second = openDatabase({ file });
    second.sqlite.close();
    expect(second.backupFile).not.toBeNull();
    const backup = new Database(second.backupFile!, { readonly: true });
    expect(backup.prepare("SELECT value FROM settings WHERE key = 'schoolName'").get()).toEqual({ value: '"测试学校"' });
    expect(backup.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'students'").get()).toEqual({ n: 0 });
    backup.close();

    // Nothing pending: no further backup.
    const third = openDatabase({ file });
    third.sqlite.close();
    expect(third.backupFile).toBeNull();
  });

  it('stop start-up on a failing migration and leave the database as it was', () => {
    const dir = firstMigrations(2);
    const file = path.join(tempDir(), 'app.sqlite');
    openDatabase({ file, migrationsDir: firstMigrations(1) }).sqlite.close();
    const before = schemaOf(file);

    // A second migration that creates a table and then fails: the table must not survive.
    const j = readJournal(dir);
    fs.writeFileSync(path.join(dir, `${j.entries[1].tag}.sql`), 'CREATE TABLE half_done (x INTEGER);\n--> statement-breakpoint\nINSERT INTO no_such_table VALUES (1);');
    expect(() => openDatabase({ file, migrationsDir: dir })).toThrow(DbOpenError);
    try {
      openDatabase({ file, migrationsDir: dir });
    } catch (e) {
      expect((e as DbOpenError).problem).toBe('migration_failed');
      expect((e as DbOpenError).message).toContain('已回滚');
    }
    expect(schemaOf(file)).toEqual(before);
  });

  it('refuse a file that is not a database without touching it', () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    const content = 'this is a spreadsheet, not a database\n'.repeat(200);
    fs.writeFileSync(file, content);
    try {
      openDatabase({ file });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DbOpenError);
      expect((e as DbOpenError).problem).toBe('not_a_database');
      expect((e as DbOpenError).message).toContain('不是本系统的数据库');
    }
    expect(fs.readFileSync(file, 'utf8')).toBe(content);
  });

  it('report a database locked by another program', () => {
    const file = path.join(tempDir(), 'app.sqlite');
    openDatabase({ file }).sqlite.close();
    const other = new Database(file);
    other.pragma('journal_mode = DELETE');
    other.exec('BEGIN EXCLUSIVE');
    try {
      expect(() => openDatabase({ file, busyTimeoutMs: 100 })).toThrow(/正被其他程序占用/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });
});

describe('start-up refusals', () => {
  it('can be told in English too', () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'not a database\n'.repeat(200));
    try {
      openDatabase({ file });
      expect.unreachable();
    } catch (e) {
      expect((e as DbOpenError).describe('en')).toBe(`The file ${file} is not this app's database (or is damaged); nothing was changed`);
    }
  });
});
