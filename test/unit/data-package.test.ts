import Database from 'better-sqlite3';
import { unzipSync, zipSync } from 'fflate';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { machineConfigFile, readMachineConfig, writeMachineConfig } from '../../electron/backend/machine/config';
import { Caller, seedRegister, testBackend } from '../support/backend';
import { tempDir } from '../support/temp';

/**
 * 数据包: the whole office (register, machine.json, the host's certificates) exported on the old
 * PC and restored on a new one, from its first-run page or by the administrator; refused in words
 * when it is not a package, cut short, changed or a newer version's; all or nothing.
 */

type Backend = ReturnType<typeof testBackend>;
const rows = (b: Backend, sql: string) => b.opened.sqlite.prepare(sql).all();
const count = (b: Backend, table: string) => (b.opened.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const LAN = { 'ca-key.pem': 'CA KEY', 'ca-cert.pem': 'CA CERT', 'host-key.pem': 'HOST KEY', 'host-cert.pem': 'HOST CERT' };

/** The old PC: a seeded register with two students, host mode on, a second backup folder, and its certificates. */
async function oldOffice() {
  const b = testBackend();
  const s = await seedRegister(b);
  for (const name of ['甲', '乙']) await s.office.caller.call('students.create', s.studentInput({ name: `黄${name}` }));
  const usb = path.join(tempDir(), 'U盘');
  fs.mkdirSync(usb);
  writeMachineConfig(b.dataDir, {
    ...readMachineConfig(b.dataDir),
    use: { kind: 'own' },
    startAtLogin: true,
    lan: { enabled: true, port: 5999 },
    backups: { secondFolder: usb, lastCopyProblem: 'old PC problem' },
  });
  fs.mkdirSync(path.join(b.dataDir, 'lan'));
  for (const [name, text] of Object.entries(LAN)) fs.writeFileSync(path.join(b.dataDir, 'lan', name), text);
  fs.writeFileSync(path.join(b.dataDir, 'lan', 'serving.json'), '{"port":5999}');
  const exported = await s.admin.call('backups.exportPackage', { folder: null });
  return { b, s, usb, exported };
}

/** The package's entries, changed by `change` and zipped again (what someone tampering with it would do). */
function repack(file: string, change: (entries: Record<string, Uint8Array>) => void): string {
  const entries = unzipSync(fs.readFileSync(file));
  change(entries);
  const out = path.join(tempDir(), 'changed.bfpkg');
  fs.writeFileSync(out, zipSync(entries));
  return out;
}

const sha256 = (data: Uint8Array) => crypto.createHash('sha256').update(data).digest('hex');

describe('the data package', () => {
  it('moves the whole office to a fresh install: register, accounts, machine.json and certificates, recorded in both, everyone signing in again', async () => {
    const old = await oldOffice();
    expect(path.dirname(old.exported.file)).toBe(path.join(old.b.dataDir, 'backups'));
    expect(path.basename(old.exported.file)).toBe('帮扶生数据包-深圳鹏城技师学院-20261123-1000.bfpkg');
    expect(old.exported).toMatchObject({ school: '深圳鹏城技师学院', students: 2, bytes: fs.statSync(old.exported.file).size });
    expect(fs.readdirSync(path.dirname(old.exported.file)).filter((n) => n.endsWith('.partial'))).toEqual([]);
    const manifest = JSON.parse(new TextDecoder().decode(unzipSync(fs.readFileSync(old.exported.file))['manifest.json']));
    expect(Object.keys(manifest.entries).sort()).toEqual([...Object.keys(LAN).map((n) => `lan/${n}`).sort(), 'machine.json', 'register.sqlite']);
    expect(manifest).toMatchObject({ format: 1, school: '深圳鹏城技师学院', students: 2, migrations: expect.arrayContaining(['0000_core']) });
    const exportAudit = await old.s.admin.call('audit.list', { entity: 'data_package', page: 1, pageSize: 10 });
    expect(exportAudit.rows[0]).toMatchObject({ action: 'export', userName: '管理员' });

    // the old PC's USB disk is not plugged into the new one
    fs.rmSync(old.usb, { recursive: true });
    const fresh = testBackend();
    const restored = await fresh.as(null).call('backups.importPackageAtSetup', { file: old.exported.file });
    expect(restored).toMatchObject({ school: '深圳鹏城技师学院', students: 2, kept: [{ setting: 'secondFolder', packaged: old.usb, kept: null }] });

    expect(rows(fresh, 'SELECT name, id_number FROM students ORDER BY id')).toEqual(rows(old.b, 'SELECT name, id_number FROM students ORDER BY id'));
    expect(rows(fresh, 'SELECT username FROM users ORDER BY id')).toEqual(rows(old.b, 'SELECT username FROM users ORDER BY id'));
    // the office host's ways go with it; what this PC is (not chosen yet here) stays this PC's
    expect(readMachineConfig(fresh.dataDir)).toMatchObject({
      use: null,
      startAtLogin: true,
      lan: { enabled: true, port: 5999 },
      backups: { secondFolder: null, lastCopyProblem: null },
    });
    for (const [name, text] of Object.entries(LAN)) expect(fs.readFileSync(path.join(fresh.dataDir, 'lan', name), 'utf8')).toBe(text);
    expect(fs.existsSync(path.join(fresh.dataDir, 'lan', 'serving.json'))).toBe(false);
    // nothing of the unpacking is left beside the data
    expect(fs.readdirSync(fresh.dataDir).filter((n) => n.startsWith('.package-'))).toEqual([]);

    // the old PC's sessions do not carry over: everyone signs in again, with their old password
    expect(count(fresh, 'sessions')).toBe(0);
    expect((await new Caller(fresh.backend, old.s.admin.token).fail('students.list', {})).code).toBe('unauthenticated');
    const admin = fresh.as(null);
    await admin.call('auth.login', { username: 'admin', password: 'admin-pass-1' });
    expect(await admin.call('students.list', {})).toMatchObject({ total: 2 });
    const audit = await admin.call('audit.list', { entity: 'data_package', page: 1, pageSize: 10 });
    // the export was recorded on the old PC after its copy of the register was taken; the restore in the restored one
    expect(audit.rows.map((r) => r.action)).toEqual(['restore']);
    expect(JSON.stringify(audit.rows[0])).toContain(old.exported.file);
    const history = `SELECT id, action, entity FROM audit_log
      WHERE entity != 'data_package' AND id < (SELECT max(id) FROM audit_log WHERE action IN ('restore', 'export')) ORDER BY id`;
    expect(rows(fresh, history)).toEqual(rows(old.b, history));
    expect(rows(fresh, history).length).toBeGreaterThan(10);
  });

  it('restores a package over a register in use for the administrator, with a reason, the current data backed up first', async () => {
    const old = await oldOffice();
    const here = testBackend();
    const s = await seedRegister(here);
    await s.office.caller.call('students.create', s.studentInput({ name: '新电脑的学生' }));
    expect((await s.office.caller.fail('backups.importPackage', { file: old.exported.file, reason: '换电脑' })).code).toBe('forbidden');
    expect((await s.admin.fail('backups.importPackageAtSetup', { file: old.exported.file })).code).toBe('package_not_fresh');

    const restored = await s.admin.call('backups.importPackage', { file: old.exported.file, reason: '旧电脑坏了，换到新电脑' });
    // the old PC's second folder is there on this one, so it is taken
    expect(restored.kept).toEqual([]);
    expect(readMachineConfig(here.dataDir).backups.secondFolder).toBe(old.usb);
    expect(rows(here, 'SELECT name FROM students ORDER BY id')).toEqual([{ name: '黄甲' }, { name: '黄乙' }]);
    expect((await s.admin.fail('students.list', {})).code).toBe('unauthenticated');

    const safety = fs.readdirSync(path.join(here.dataDir, 'backups')).find((n) => n.endsWith('-before-package.sqlite'))!;
    const saved = new Database(path.join(here.dataDir, 'backups', safety), { readonly: true });
    expect(saved.prepare('SELECT name FROM students').all()).toEqual([{ name: '新电脑的学生' }]);
    saved.close();
    const admin = here.as(null);
    await admin.call('auth.login', { username: 'admin', password: 'admin-pass-1' });
    const audit = await admin.call('audit.list', { entity: 'data_package', page: 1, pageSize: 10 });
    expect(audit.rows[0]).toMatchObject({ action: 'restore' });
    expect(JSON.stringify(audit.rows[0])).toContain('旧电脑坏了');
  });

  it('refuses in words a file that is not a package, one cut short, one changed, one not this app’s and a newer version’s, changing nothing', async () => {
    const old = await oldOffice();
    const fresh = testBackend();
    const anon = fresh.as(null);
    const refusal = async (file: string) => (await anon.fail('backups.importPackageAtSetup', { file })).message;

    const fieldError = async (file: string) => (await anon.fail('backups.importPackageAtSetup', { file })).fields?.[0];
    expect(await fieldError('数据包.bfpkg')).toMatchObject({ field: 'file', message: expect.stringContaining('完整路径') });
    expect(await fieldError(path.join(tempDir(), 'none.bfpkg'))).toMatchObject({ field: 'file', message: '找不到这个文件，请检查路径' });

    const text = path.join(tempDir(), 'notes.bfpkg');
    fs.writeFileSync(text, '这不是数据包，只是一个文本文件。'.repeat(10));
    expect(await refusal(text)).toBe('这个文件不能作为数据包恢复，数据未改动：它不是数据包（不是本系统导出的 .bfpkg 文件）');

    const bytes = fs.readFileSync(old.exported.file);
    const cut = path.join(tempDir(), 'cut.bfpkg');
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(await refusal(cut)).toBe('这个文件不能作为数据包恢复，数据未改动：文件不完整，可能复制时中断了：请从旧电脑重新复制一次');

    // machine.json edited to serve on another port, the manifest left as it was
    const changed = repack(old.exported.file, (e) => {
      e['machine.json'] = new TextEncoder().encode(new TextDecoder().decode(e['machine.json']).replace('5999', '6000'));
    });
    expect(await refusal(changed)).toBe('数据包中的 machine.json 与清单记录的 SHA-256 校验值不符：文件已损坏或被改动过，不能恢复，数据未改动');

    /** The package with its register changed by `sql` and its manifest made to match. */
    const withRegister = (sql: string, manifestChange: (manifest: { appVersion: string; migrations: string[] }) => void = () => {}) =>
      repack(old.exported.file, (e) => {
        const file = path.join(tempDir(), 'r.sqlite');
        fs.writeFileSync(file, e['register.sqlite']);
        new Database(file).exec(sql).close();
        e['register.sqlite'] = fs.readFileSync(file);
        const manifest = JSON.parse(new TextDecoder().decode(e['manifest.json']));
        manifestChange(manifest);
        manifest.entries['register.sqlite'] = { sha256: sha256(e['register.sqlite']), bytes: e['register.sqlite'].length };
        e['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
      });
    expect(await refusal(withRegister('DROP TABLE __drizzle_migrations'))).toBe('这个文件不能作为数据包恢复，数据未改动：其中的数据库不是本系统的数据');
    // a register a later version migrated
    const newer = withRegister("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('x', 99999999999999)", (manifest) => {
      manifest.appVersion = '9.0.0';
      manifest.migrations.push('0099_from_the_future');
    });
    expect(await refusal(newer)).toBe('这个数据包由更新版本的本系统（9.0.0）导出，当前版本不能恢复，数据未改动：请先升级本系统');

    // nothing happened: still a fresh install, without settings of anyone's
    expect(await anon.call('auth.status', {})).toMatchObject({ setupNeeded: true });
    expect(fs.existsSync(machineConfigFile(fresh.dataDir))).toBe(false);
    expect(fs.existsSync(path.join(fresh.dataDir, 'lan'))).toBe(false);
  });

  it('writes the package only into a folder it can write to, given as a whole path', async () => {
    const old = await oldOffice();
    expect((await old.s.admin.fail('backups.exportPackage', { folder: '备份' })).fields?.[0]).toMatchObject({ field: 'folder' });
    const blocked = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocked, 'x');
    expect((await old.s.admin.fail('backups.exportPackage', { folder: blocked })).fields?.[0]?.message).toMatch(/^无法写入这个文件夹：/);
    expect((await old.s.office.caller.fail('backups.exportPackage', { folder: null })).code).toBe('forbidden');
    const usb = path.join(tempDir(), 'U盘');
    const second = await old.s.admin.call('backups.exportPackage', { folder: usb });
    expect(path.basename(second.file)).toBe('帮扶生数据包-深圳鹏城技师学院-20261123-1000.bfpkg');
    expect(fs.readdirSync(usb)).toEqual([path.basename(second.file)]);
    // a second in the same minute does not overwrite the first; what one cut short left yesterday goes, one under way stays
    const [cutShort, underWay] = ['.package-1-1', '.package-2-2'].map((n) => path.join(old.b.dataDir, n));
    fs.mkdirSync(cutShort);
    fs.writeFileSync(path.join(cutShort, 'register.sqlite'), 'a whole copy of the register');
    fs.utimesSync(cutShort, new Date(Date.now() - 86_400_000), new Date(Date.now() - 86_400_000));
    fs.writeFileSync(underWay, 'a copy being taken');
    const third = await old.s.admin.call('backups.exportPackage', { folder: usb });
    expect(path.basename(third.file)).toBe('帮扶生数据包-深圳鹏城技师学院-20261123-1000-2.bfpkg');
    expect(fs.readdirSync(old.b.dataDir).filter((n) => n.startsWith('.package-'))).toEqual(['.package-2-2']);
  });

  it('puts everything back when the restore fails after the register was replaced: data, sessions and machine.json as before', async () => {
    const old = await oldOffice();
    const here = testBackend();
    const s = await seedRegister(here);
    await s.office.caller.call('students.create', s.studentInput({ name: '新电脑的学生' }));
    writeMachineConfig(here.dataDir, { ...readMachineConfig(here.dataDir), lan: { enabled: false, port: 7000 } });
    // the certificates cannot be written: something that is not a folder is where lan/ goes
    fs.writeFileSync(path.join(here.dataDir, 'lan'), 'in the way');
    const state = () => ({ students: rows(here, 'SELECT * FROM students'), users: rows(here, 'SELECT * FROM users'), machine: fs.readFileSync(machineConfigFile(here.dataDir)) });
    const before = state();

    const failed = await s.admin.fail('backups.importPackage', { file: old.exported.file, reason: '换电脑' });
    expect(failed.code).toBe('package_failed');
    expect(failed.message).toMatch(/^恢复数据包时出错，已全部撤回，数据和设置与恢复前一样。原因：.*lan/);
    expect(state()).toEqual(before);
    expect(here.opened.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // the administrator is still signed in, as in the register put back
    expect(await s.admin.call('students.list', {})).toMatchObject({ total: 1 });
  });
});
