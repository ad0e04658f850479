import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { dbFileIn } from '../../electron/backend/data-dir';
import { createBackend } from '../../electron/backend/rpc/dispatch';
import { ContractCaller } from '../../electron/backend/rpc/caller';
import { seedRegister, testBackend } from '../support/backend';

const SETUP = { username: 'admin', displayName: '管理员', password: 'admin-pass-1', schoolName: '测试学校' };

describe('passwords an administrator chose', () => {
  it('must be replaced at first sign-in before anything else can be done', async () => {
    const b = testBackend();
    const admin = b.as(null);
    await admin.call('auth.setup', SETUP);
    expect((await admin.call('auth.status', {})).user?.mustChangePassword).toBe(false);
    const created = await admin.call('users.create', { username: 'li', displayName: '李老师', role: 'office', password: 'given-pass-1' });
    expect(created.mustChangePassword).toBe(true);

    const li = b.as(null);
    expect((await li.call('auth.login', { username: 'li', password: 'given-pass-1' })).mustChangePassword).toBe(true);
    expect((await li.fail('students.list', {})).code).toBe('password_change_required');
    expect((await li.call('auth.status', {})).user?.username).toBe('li');
    expect(await li.fail('auth.changePassword', { currentPassword: 'given-pass-1', newPassword: 'given-pass-1' })).toMatchObject({ field: 'newPassword' });
    expect(await li.fail('auth.changePassword', { currentPassword: 'wrong-pass-1', newPassword: 'my-own-pass' })).toMatchObject({ field: 'currentPassword' });
    await li.call('auth.changePassword', { currentPassword: 'given-pass-1', newPassword: 'my-own-pass' });
    expect((await li.call('auth.status', {})).user?.mustChangePassword).toBe(false);
    expect((await li.call('students.list', {})).total).toBe(0);

    await admin.call('users.resetPassword', { id: created.id, password: 'reset-pass-1' });
    const again = b.as(null);
    expect((await again.call('auth.login', { username: 'li', password: 'reset-pass-1' })).mustChangePassword).toBe(true);
  });

  it('when changed by the user, signs out their other sessions but keeps the current one', async () => {
    const b = testBackend();
    const { office } = await seedRegister(b);
    const otherPc = b.as(null);
    await otherPc.call('auth.login', { username: 'office', password: 'password-office' });
    await office.caller.call('auth.changePassword', { currentPassword: 'password-office', newPassword: 'newer-password' });
    expect((await otherPc.fail('students.list', {})).code).toBe('unauthenticated');
    expect((await office.caller.call('students.list', {})).total).toBe(0);
  });
});

describe('user names', () => {
  it('are one name whatever the case, for creating and for signing in', async () => {
    const b = testBackend();
    const { admin } = await seedRegister(b);
    const dup = await admin.fail('users.create', { username: 'OFFICE', displayName: '另一个', role: 'viewer', password: 'whatever-1' });
    expect(dup).toMatchObject({ code: 'invalid_input', field: 'username' });
    expect(dup.fields![0].message).toContain('帮扶办李老师');
    expect((await b.as(null).call('auth.login', { username: 'Office', password: 'password-office' })).username).toBe('office');
  });

  it('say 必填 when empty, not that the format is wrong', async () => {
    const b = testBackend();
    const { admin } = await seedRegister(b);
    const err = await admin.fail('users.create', { username: '', displayName: '某人', role: 'viewer', password: 'whatever-1' });
    expect(err.fields).toEqual([{ field: 'username', message: '必填' }]);
  });
});

describe('login throttling', () => {
  it('keeps a lockout across a restart of the backend', async () => {
    const b = testBackend();
    await b.as(null).call('auth.setup', SETUP);
    for (let i = 0; i < 5; i++) await b.as(null).fail('auth.login', { username: 'admin', password: `guess-${i}` });
    const file = dbFileIn(b.dataDir);
    b.opened.sqlite.close();
    const reopened = openDatabase({ file });
    const backend = createBackend(reopened, { now: () => new Date('2026-11-23T02:01:00Z'), logError: () => {} });
    const env = await new ContractCaller(backend).envelope('auth.login', { username: 'admin', password: SETUP.password });
    expect(env).toMatchObject({ ok: false, error: { code: 'too_many_attempts' } });
    reopened.sqlite.close();
  });

  it('locks a client address that guesses many user names, and only that address', async () => {
    const b = testBackend();
    await b.as(null).call('auth.setup', SETUP);
    const login = (username: string, password: string, address: string) =>
      b.backend.call({ method: 'auth.login', input: { username, password } }, null, { address });
    for (let i = 0; i < 20; i++) expect((await login(`user${i}`, 'guess-pass', '10.0.0.66')).envelope).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    expect((await login('admin', SETUP.password, '10.0.0.66')).envelope).toMatchObject({ ok: false, error: { code: 'too_many_attempts' } });
    expect((await login('admin', SETUP.password, '10.0.0.7')).envelope).toMatchObject({ ok: true });
  });

  it('refuses an oversized user name before remembering anything about it', async () => {
    const b = testBackend();
    await b.as(null).call('auth.setup', SETUP);
    const err = await b.as(null).fail('auth.login', { username: 'x'.repeat(1_000_000), password: 'guess-pass' });
    expect(err).toMatchObject({ code: 'invalid_input', field: 'username' });
    expect(err.fields![0].message).toBe('内容过长（最多64个字符）');
    expect(b.opened.sqlite.prepare('SELECT count(*) AS n FROM login_failures').get()).toEqual({ n: 0 });
  });

  it('hashes passwords off the event loop, so other calls are answered meanwhile', async () => {
    const b = testBackend();
    await b.as(null).call('auth.setup', SETUP);
    const finished: string[] = [];
    const logins = Array.from({ length: 4 }, (_, i) =>
      b.as(null).envelope('auth.login', { username: 'admin', password: `wrong-${i}` }).then(() => finished.push('login')),
    );
    const status = b.as(null).envelope('auth.status', {}).then(() => finished.push('status'));
    await Promise.all([...logins, status]);
    expect(finished[0]).toBe('status');
  });
});

describe('a database held by another program', () => {
  it('answers db_locked after waiting without blocking other calls, and writes once it is free', async () => {
    const b = testBackend();
    const backend = createBackend(b.opened, { now: () => new Date('2026-11-23T02:00:00Z'), logError: () => {}, busyWaitMs: 400 });
    const admin = new ContractCaller(backend);
    await admin.call('auth.setup', SETUP);
    const other = new Database(dbFileIn(b.dataDir));
    other.exec('BEGIN IMMEDIATE');
    const order: string[] = [];
    const write = admin.envelope('majors.create', { name: '木工', code: '' }).then((env) => (order.push('write'), env));
    const read = admin.envelope('majors.list', {}).then((env) => (order.push('read'), env));
    const [written, listed] = await Promise.all([write, read]);
    expect(order).toEqual(['read', 'write']);
    expect(listed.ok).toBe(true);
    expect(written).toMatchObject({ ok: false, error: { code: 'db_locked' } });
    if (!written.ok) expect(written.error.message).toContain('正被其他程序占用');
    other.exec('ROLLBACK');
    other.close();
    expect((await admin.envelope('majors.create', { name: '木工', code: '' })).ok).toBe(true);
  });
});

describe('text fields', () => {
  it('refuse invisible control and bidi characters, and name the limit of a too-long value', async () => {
    const b = testBackend();
    const { office } = await seedRegister(b);
    for (const name of ['木工\u202E班', 'a\u0000b', '\u200B木工']) {
      expect(await office.caller.fail('majors.create', { name, code: '' })).toMatchObject({ field: 'name', fields: [{ message: '含有不可见的控制字符，请删除后再保存' }] });
    }
    expect((await office.caller.fail('majors.create', { name: '木'.repeat(51), code: '' })).fields![0].message).toBe('内容过长（最多50个字符）');
  });
});
