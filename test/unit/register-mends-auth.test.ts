import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { hashPassword } from '../../electron/backend/auth/passwords';
import { createBackend } from '../../electron/backend/rpc/dispatch';
import { ContractCaller } from '../../electron/backend/rpc/caller';
import { firstMigrations } from '../support/migrations';
import { tempDir } from '../support/temp';
import { testBackend } from '../support/backend';

/** Issue 7's sign-in mends that auth.test.ts left unproven: hashing off the loop, the bounded failure table, old user names. */
const SETUP = { username: 'admin', displayName: '管理员', password: 'admin-pass-1', schoolName: '测试学校' };
const NOW = new Date('2026-11-23T02:00:00Z');

describe('password hashing', () => {
  it('leaves the event loop free: a call made once the loop turns is answered before the logins hashing meanwhile', async () => {
    const b = testBackend(NOW);
    await b.as(null).call('auth.setup', SETUP);
    const finished: string[] = [];
    const logins = Array.from({ length: 4 }, (_, i) =>
      b.as(null).envelope('auth.login', { username: 'admin', password: `wrong-${i}` }).then(() => finished.push('login')),
    );
    // A timer fires only when the loop turns: a hash run on the loop itself (scryptSync) would hold it until every login is done.
    const status = new Promise((resolve) => setTimeout(resolve, 0))
      .then(() => b.as(null).envelope('auth.status', {}))
      .then(() => finished.push('status'));
    await Promise.all([...logins, status]);
    expect(finished).toEqual(['status', 'login', 'login', 'login', 'login']);
  });
});

describe('the failed sign-in table', () => {
  it('stays bounded: at 10,000 rows the oldest make way for new failures', async () => {
    const b = testBackend(NOW);
    await b.as(null).call('auth.setup', SETUP);
    const insert = b.opened.sqlite.prepare('INSERT INTO login_failures (key, count, first_at, locked_until) VALUES (?, 1, ?, NULL)');
    // Failures within the last 15 minutes, so none has expired; the first is the oldest.
    b.opened.sqlite.transaction(() => {
      for (let i = 0; i < 10_000; i++) insert.run(`user:guess${i}`, new Date(NOW.getTime() - 600_000 + i).toISOString());
    })();

    const refused = await b.backend.call({ method: 'auth.login', input: { username: 'newcomer', password: 'guess-pass' } }, null, { address: '10.0.0.9' });
    expect(refused.envelope).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    const keys = (b.opened.sqlite.prepare('SELECT key FROM login_failures').all() as { key: string }[]).map((r) => r.key);
    expect(keys).toHaveLength(10_000);
    expect(keys).toEqual(expect.arrayContaining(['user:newcomer', 'addr:10.0.0.9', 'user:guess9999']));
    expect(keys).not.toContain('user:guess0');
    expect(keys).not.toContain('user:guess1');
  });
});

describe('an older database with user names differing only in case', () => {
  it('is upgraded, not refused: the later account is renamed and both can still sign in', async () => {
    const file = path.join(tempDir(), 'bangfu.sqlite');
    // As a release before the register mends (migrations 0000–0003) left it.
    const old = openDatabase({ file, migrationsDir: firstMigrations(4) });
    const add = old.sqlite.prepare(
      `INSERT INTO users (username, display_name, role, password_hash, created_at, updated_at)
       VALUES (?, ?, ?, ?, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
    );
    add.run('office', '帮扶办李老师', 'office', await hashPassword('password-office'));
    const later = Number(add.run('OFFICE', '另一个账号', 'viewer', await hashPassword('password-other')).lastInsertRowid);
    old.sqlite.close();

    const opened = openDatabase({ file });
    const names = opened.sqlite.prepare('SELECT username FROM users ORDER BY id').all() as { username: string }[];
    expect(names.map((u) => u.username)).toEqual(['office', `OFFICE-${later}`]);
    const backend = createBackend(opened, { now: () => NOW, logError: () => {} });
    const login = (username: string, password: string) => new ContractCaller(backend).call('auth.login', { username, password });
    expect(await login('Office', 'password-office')).toMatchObject({ displayName: '帮扶办李老师' });
    expect(await login(`office-${later}`, 'password-other')).toMatchObject({ displayName: '另一个账号' });
    // From now on the index keeps them one name whatever the case.
    expect(() => opened.sqlite.prepare("UPDATE users SET username = 'Office' WHERE id = ?").run(later)).toThrow();
    opened.sqlite.close();
  });
});
