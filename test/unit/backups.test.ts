import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupPath } from '../../db/open';
import { checkBackup } from '../../electron/backend/backups/check';
import { listBackups, parseBackupName, type BackupFile } from '../../electron/backend/backups/files';
import { isNetworkPath, mappedDrivesOf } from '../../electron/backend/backups/location';
import { dailyDue, expiredBackups } from '../../electron/backend/backups/retention';
import { prune, takeBackup } from '../../electron/backend/backups/take';
import { seedRegister, testBackend } from '../support/backend';
import { tempDir } from '../support/temp';

const at = (iso: string, why = 'daily'): BackupFile => ({ file: `${iso}-${why}`, name: `${iso}-${why}`, takenAt: new Date(iso), why, bytes: 1 });
const studentCount = (sqlite: Database.Database) => (sqlite.prepare('SELECT count(*) AS n FROM students').get() as { n: number }).n;

describe('backup files', () => {
  it('reads back what backupPath names, and nothing else', () => {
    const dir = tempDir();
    const file = backupPath(path.join(dir, 'bangfu.sqlite'), 'before-import', new Date('2026-12-06T19:31:35.123Z'), dir);
    expect(parseBackupName(path.basename(file))).toEqual({ base: 'bangfu', takenAt: new Date('2026-12-06T19:31:35.123Z'), why: 'before-import' });
    for (const other of ['bangfu.sqlite', `${path.basename(file)}.partial`, 'notes.txt']) expect(parseBackupName(other)).toBeNull();
  });

  it('keeps a week of days, a month of weeks and a year of months of the daily backups', () => {
    const now = new Date('2026-12-06T12:00:00Z');
    // one daily backup at 07:00 Beijing time for 500 days, and two on the newest day
    const daily = Array.from({ length: 500 }, (_, i) => at(new Date(Date.UTC(2026, 11, 6, -1) - i * 86_400_000).toISOString()));
    daily.push(at('2026-12-06T03:00:00.000Z'));
    const expired = new Set(expiredBackups(daily, now));
    const chinaDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const kept = daily.filter((b) => !expired.has(b)).sort((x, y) => y.takenAt.getTime() - x.takenAt.getTime());
    // 2026-12-06 is a Sunday. The newest of each of 7 days, of the weeks beginning 11-30, 11-23, 11-16 and 11-09, and of 12 months.
    expect(kept.map((b) => chinaDay(b.takenAt))).toEqual([
      '2026-12-06', '2026-12-05', '2026-12-04', '2026-12-03', '2026-12-02', '2026-12-01', '2026-11-30', '2026-11-29', '2026-11-22', '2026-11-15',
      '2026-10-31', '2026-09-30', '2026-08-31', '2026-07-31', '2026-06-30', '2026-05-31', '2026-04-30', '2026-03-31', '2026-02-28', '2026-01-31',
    ]);
    // of the two on the newest day, the later one
    expect(kept[0].takenAt.toISOString()).toBe('2026-12-06T03:00:00.000Z');
  });

  it('keeps the backups before risky steps for a month and the latest few, and never deletes one taken by hand', () => {
    const now = new Date('2026-12-06T12:00:00Z');
    const old = Array.from({ length: 8 }, (_, i) => at(`2026-0${i + 1}-15T01:00:00.000Z`, 'before-import'));
    const recent = at('2026-11-20T01:00:00.000Z', 'before-restore');
    const manual = at('2020-01-01T01:00:00.000Z', 'manual');
    const expired = expiredBackups([...old, recent, manual], now);
    expect(expired.map((b) => b.takenAt.toISOString().slice(0, 7))).toEqual(['2026-04', '2026-03', '2026-02', '2026-01']);
  });

  it('takes the daily backup once per day of China’s calendar', () => {
    const taken = [at('2026-12-05T15:30:00.000Z')]; // 23:30 on the 5th in Beijing
    expect(dailyDue(taken, new Date('2026-12-05T15:59:00Z'))).toBe(false);
    expect(dailyDue(taken, new Date('2026-12-05T16:01:00Z'))).toBe(true); // 00:01 on the 6th
  });
});

describe('taking and checking a backup', () => {
  it('is taken while others write, passes its check, and is copied to the second folder', async () => {
    const b = testBackend();
    const s = await seedRegister(b);
    const second = tempDir();
    const writes = Array.from({ length: 20 }, (_, i) => s.office.caller.call('students.create', s.studentInput({ name: `学生${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${i}` })));
    const [taken] = await Promise.all([takeBackup(b.opened.sqlite, 'manual', new Date('2026-11-23T02:00:00Z'), second), ...writes]);
    expect(taken).toMatchObject({ ok: true, problem: null });
    expect(taken.students).toBeGreaterThanOrEqual(0);
    expect(taken.students).toBeLessThanOrEqual(studentCount(b.opened.sqlite));
    expect(taken.copy && 'file' in taken.copy && fs.existsSync(taken.copy.file)).toBe(true);
    expect(listBackups(second).map((f) => f.name)).toEqual([path.basename(taken.file)]);
    expect(checkBackup(taken.file).students).toBe(taken.students);
    // one plain file each, readable from a read-only disk: no -wal or -shm beside it after its checks
    for (const dir of [path.dirname(taken.file), second]) expect(fs.readdirSync(dir).filter((f) => /-(wal|shm)$/.test(f))).toEqual([]);
    const copy = new Database(taken.file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
  });

  it('still keeps the backup when the second folder cannot be written, and says why', async () => {
    const b = testBackend();
    await seedRegister(b);
    const blocked = path.join(tempDir(), 'file-not-folder');
    fs.writeFileSync(blocked, 'x');
    const taken = await takeBackup(b.opened.sqlite, 'manual', new Date(), blocked);
    expect(taken.ok).toBe(true);
    expect(taken.copy).toMatchObject({ error: expect.any(String) });
    expect(fs.existsSync(taken.file)).toBe(true);
  });

  it('refuses a damaged backup, a file that is not a database and another program’s database', async () => {
    const b = testBackend();
    await seedRegister(b);
    const { file } = await takeBackup(b.opened.sqlite, 'manual', new Date());
    const dir = tempDir();
    const damaged = path.join(dir, 'damaged.sqlite');
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096 * 3, 4096 * 5); // two pages overwritten
    fs.writeFileSync(damaged, bytes);
    expect(checkBackup(damaged)).toMatchObject({ ok: false, problem: 'damaged' });
    const text = path.join(dir, 'text.sqlite');
    fs.writeFileSync(text, 'not a database at all, just some words in a file that is long enough');
    expect(checkBackup(text)).toMatchObject({ ok: false, problem: 'not_sqlite' });
    const other = path.join(dir, 'other.sqlite');
    new Database(other).exec('CREATE TABLE t (x)').close();
    expect(checkBackup(other)).toMatchObject({ ok: false, problem: 'not_ours' });
  });

  it('leaves the earlier backups and the live database whole when killed part-way through a backup', async () => {
    const b = testBackend();
    await seedRegister(b);
    const earlier = await takeBackup(b.opened.sqlite, 'manual', new Date('2026-11-20T02:00:00Z'));
    // A big database takes long enough to back up that the kill lands in the middle.
    b.opened.sqlite.exec('CREATE TABLE filler (x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000) INSERT INTO filler SELECT randomblob(16000) FROM n');
    const dir = path.dirname(earlier.file);
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '../support/backup-child.ts'), b.opened.sqlite.name], { stdio: 'pipe' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    for (let i = 0; i < 5000 && !fs.readdirSync(dir).some((n) => n.endsWith('.partial')); i++) await new Promise((r) => setTimeout(r, 2));
    expect(fs.readdirSync(dir).some((n) => n.endsWith('.partial'))).toBe(true);
    child.kill('SIGKILL');
    await exited;
    expect(listBackups(dir).map((f) => f.file)).toEqual([earlier.file]);
    expect(checkBackup(earlier.file).ok).toBe(true);
    expect(b.opened.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // what it left is cleared by a later backup once it is old enough to be nobody's
    const later = await takeBackup(b.opened.sqlite, 'manual', new Date(Date.now() + 2 * 3_600_000));
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.partial'))).toEqual([]);
    expect(listBackups(dir).map((f) => f.file)).toEqual([later.file, earlier.file]);
  });
});

describe('where the database may live', () => {
  it('clears what crashes and earlier versions left: old .partial files, and -wal/-shm files whose backup is gone', () => {
    const dir = tempDir();
    const kept = 'bangfu-2026-11-22T02-00-00-000Z-manual.sqlite';
    const gone = 'bangfu-2025-01-01T02-00-00-000Z-daily.sqlite';
    const files = [kept, `${kept}-wal`, `${gone}-wal`, `${gone}-shm`, `${kept}.partial`, 'notes.txt'];
    for (const name of files) fs.writeFileSync(path.join(dir, name), 'x');
    const hourAgo = new Date(Date.now() - 2 * 3_600_000);
    for (const name of files) fs.utimesSync(path.join(dir, name), hourAgo, hourAgo);
    prune(dir, new Date());
    expect(fs.readdirSync(dir).sort()).toEqual([kept, `${kept}-wal`, 'notes.txt']);
  });

  it('refuses network paths and drives mapped to a share, not local ones', () => {
    for (const p of ['\\\\server\\share\\bangfu.sqlite', '//server/share/bangfu.sqlite', '\\\\?\\UNC\\server\\share\\bangfu.sqlite']) expect(isNetworkPath(p), p).toBe(true);
    for (const p of ['C:\\Users\\li\\AppData\\Roaming\\BangfuOffice\\bangfu.sqlite', '\\\\?\\C:\\data\\bangfu.sqlite', '/home/li/.config/BangfuOffice/bangfu.sqlite']) {
      expect(isNetworkPath(p, ['Z:']), p).toBe(false);
    }
    expect(isNetworkPath('z:\\office\\bangfu.sqlite', ['Z:'])).toBe(true);
  });

  it('reads the mapped drives from net use, in English or Chinese Windows', () => {
    const english = ['Status       Local     Remote                    Network', '-----', 'OK           Z:        \\\\fileserver\\office     Microsoft Windows Network', 'Disconnected Y:        \\\\nas\\backup              Microsoft Windows Network', '             X:        \\\\nas\\scans', 'The command completed successfully.'].join('\r\n');
    expect(mappedDrivesOf(english)).toEqual(['Z:', 'Y:', 'X:']);
    const chinese = ['状态       本地        远程                      网络', 'OK           Z:        \\\\fileserver\\office     Microsoft Windows Network', '命令成功完成。'].join('\r\n');
    expect(mappedDrivesOf(chinese)).toEqual(['Z:']);
  });
});
