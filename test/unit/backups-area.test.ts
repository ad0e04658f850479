import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATIONS_DIR, openDatabase } from '../../db/open';
import { startDailyBackups } from '../../electron/backend/backups/schedule';
import { seedRegister, testBackend } from '../support/backend';
import { firstMigrations, readJournal } from '../support/migrations';
import { tempDir } from '../support/temp';

const count = (b: { opened: { sqlite: Database.Database } }, table: string) => (b.opened.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function setup() {
  const b = testBackend();
  const s = await seedRegister(b);
  for (const name of ['甲', '乙']) await s.office.caller.call('students.create', s.studentInput({ name: `黄${name}` }));
  return { ...s, b };
}

describe('the backups area', () => {
  it('takes a backup by hand for the office, lists it checked, and keeps restoring for the administrator', async () => {
    const s = await setup();
    const entry = await s.office.caller.call('backups.create', {});
    expect(entry).toMatchObject({ why: 'manual', ok: true, problem: null, students: 2 });
    const list = await s.office.caller.call('backups.list', {});
    expect(list.folder).toBe(path.join(s.b.dataDir, 'backups'));
    expect(list.entries.map((e) => e.name)).toEqual([entry.name]);
    expect(fs.existsSync(path.join(list.folder, entry.name))).toBe(true);
    for (const who of [s.c1, s.finance, s.viewer]) expect((await who.caller.fail('backups.list', {})).code).toBe('forbidden');
    expect((await s.office.caller.fail('backups.restore', { name: entry.name, reason: '试一试' })).code).toBe('forbidden');
    expect((await s.office.caller.fail('backups.setSecondFolder', { folder: null })).code).toBe('forbidden');
  });

  it('copies each backup to a second folder that it first checks it can write', async () => {
    const s = await setup();
    const relative = await s.admin.fail('backups.setSecondFolder', { folder: '备份' });
    expect(relative.fields?.[0]).toMatchObject({ field: 'folder', message: '请填写完整的文件夹路径，如 E:\\帮扶办备份' });
    const blocked = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocked, 'x');
    expect((await s.admin.fail('backups.setSecondFolder', { folder: path.join(blocked, 'sub') })).fields?.[0]?.message).toMatch(/^无法写入这个文件夹：/);
    const second = path.join(tempDir(), 'U盘', '帮扶办备份');
    expect(await s.admin.call('backups.setSecondFolder', { folder: second })).toMatchObject({ secondFolder: second, secondFolderProblem: null });
    const entry = await s.office.caller.call('backups.create', {});
    expect(fs.readdirSync(second)).toEqual([entry.name]);
    // the USB disk unplugged: the backup is still taken, and the page says why the copy is missing
    fs.rmSync(path.dirname(second), { recursive: true });
    fs.writeFileSync(path.dirname(second), 'not a folder any more');
    await s.office.caller.call('backups.create', {});
    expect((await s.office.caller.call('backups.list', {})).secondFolderProblem).toEqual(expect.any(String));
  });

  it('restores a backup: the current data backed up first, the register as it was, everyone signing in again, the restore recorded', async () => {
    const s = await setup();
    const entry = await s.office.caller.call('backups.create', {});
    await s.office.caller.call('students.create', s.studentInput({ name: '黄丙' }));
    expect(count(s.b, 'students')).toBe(3);

    const { restored, safety } = await s.admin.call('backups.restore', { name: entry.name, reason: '误删了一个班，恢复到昨天' });
    expect(restored.name).toBe(entry.name);
    expect(safety).toMatchObject({ why: 'before-restore', ok: true, students: 3 });
    expect(count(s.b, 'students')).toBe(2);
    expect(s.b.opened.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // the sessions were the backup's: everyone signs in again
    expect((await s.office.caller.fail('students.list', {})).code).toBe('unauthenticated');
    expect((await s.admin.fail('backups.list', {})).code).toBe('unauthenticated');
    const admin = s.b.as(null);
    await admin.call('auth.login', { username: 'admin', password: 'admin-pass-1' });
    const audit = await admin.call('audit.list', { entity: 'backup', page: 1, pageSize: 10 });
    expect(audit.rows[0]).toMatchObject({ action: 'restore', userName: '管理员' });
    expect(JSON.stringify(audit.rows[0])).toContain('误删了一个班');
    // nothing is lost: the data before the restore is in its own backup, and can be restored in turn
    await admin.call('backups.restore', { name: safety.name, reason: '恢复错了，改回去' });
    expect(count(s.b, 'students')).toBe(3);
  });

  it('refuses a damaged backup, an unknown name and a newer version’s backup, changing nothing', async () => {
    const s = await setup();
    const entry = await s.office.caller.call('backups.create', {});
    const file = path.join(s.b.dataDir, 'backups', entry.name);
    const copy = (name: string) => {
      const to = path.join(path.dirname(file), entry.name.replace('manual', name));
      fs.copyFileSync(file, to);
      return path.basename(to);
    };
    const damaged = copy('daily');
    const bytes = fs.readFileSync(path.join(path.dirname(file), damaged));
    bytes.fill(0x5a, 4096 * 3, 4096 * 6);
    fs.writeFileSync(path.join(path.dirname(file), damaged), bytes);
    expect((await s.admin.fail('backups.restore', { name: damaged, reason: '试' })).message).toBe('这个备份不能使用：文件已损坏');
    for (const name of ['../bangfu.sqlite', 'nothing-2026-01-01T00-00-00-000Z-manual.sqlite']) expect((await s.admin.fail('backups.restore', { name, reason: '试' })).code).toBe('backup_not_found');
    const newer = copy('before-import');
    new Database(path.join(path.dirname(file), newer)).exec('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (\'x\', 99999999999999)').close();
    expect((await s.admin.fail('backups.restore', { name: newer, reason: '试' })).code).toBe('backup_too_new');
    expect(count(s.b, 'students')).toBe(2);
    expect(await s.office.caller.call('students.list', {})).toMatchObject({ total: 2 });
  });

  it('brings an older version’s backup up to this version’s schema, recording the restore by name where the old register lacks the user', async () => {
    const s = await setup();
    const schema = () => s.b.opened.sqlite.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all();
    const current = schema();
    // A backup as the release before the last migration left it, from before anyone was set up.
    const olderDir = tempDir();
    const older = openDatabase({ file: path.join(olderDir, 'bangfu.sqlite'), migrationsDir: firstMigrations(readJournal(DEFAULT_MIGRATIONS_DIR).entries.length - 1) });
    const name = 'bangfu-2020-01-01T00-00-00-000Z-manual.sqlite';
    fs.mkdirSync(path.join(s.b.dataDir, 'backups'), { recursive: true });
    await older.sqlite.backup(path.join(s.b.dataDir, 'backups', name));
    older.sqlite.close();

    await s.admin.call('backups.restore', { name, reason: '升级后恢复旧备份' });
    expect(schema()).toEqual(current);
    const entry = s.b.opened.sqlite.prepare("SELECT user_id AS userId, after FROM audit_log WHERE action = 'restore'").get() as { userId: number | null; after: string };
    expect(entry.userId).toBeNull();
    expect(JSON.parse(entry.after)).toMatchObject({ by: '管理员', reason: '升级后恢复旧备份' });
  });

  it('takes the day’s backup when the app starts, and not again the same day', async () => {
    const s = await setup();
    const dir = path.join(s.b.dataDir, 'backups');
    const stop = startDailyBackups(s.b.opened.sqlite, (m) => {
      throw new Error(m);
    });
    try {
      for (let i = 0; i < 500 && !(fs.existsSync(dir) && fs.readdirSync(dir).some((n) => n.endsWith('-daily.sqlite'))); i++) await new Promise((r) => setTimeout(r, 10));
      const stop2 = startDailyBackups(s.b.opened.sqlite);
      await new Promise((r) => setTimeout(r, 200));
      stop2();
      expect(fs.readdirSync(dir).filter((n) => n.endsWith('-daily.sqlite'))).toHaveLength(1);
      expect((await s.office.caller.call('backups.list', {})).entries[0]).toMatchObject({ why: 'daily', ok: true, students: 2 });
    } finally {
      stop();
    }
  });
});
