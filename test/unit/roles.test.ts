import { describe, expect, it } from 'vitest';
import { contract } from '../../electron/contract';
import { handlers } from '../../electron/backend/areas';
import { SESSION_TTL_MS } from '../../electron/backend/auth/sessions';
import { seedRegister, testBackend } from '../support/backend';

describe('the contract', () => {
  it('has exactly one handler per method', async () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('leaves only the first start (setup, a data package, what this PC is), login, status and the certificate page callable without a session', async () => {
    const publicMethods = Object.entries(contract)
      .filter(([, def]) => def.roles === 'public')
      .map(([name]) => name)
      .sort();
    expect(publicMethods).toEqual([
      'auth.login',
      'auth.setup',
      'auth.status',
      'backups.importPackageAtSetup',
      'connect.browse',
      'connect.look',
      'connect.state',
      'connect.trust',
      'connect.useOwn',
      'network.trust',
    ]);
  });
});

describe('role checks on the backend', () => {
  it('refuses every non-public method without a session', async () => {
    const b = testBackend();
    for (const [name, def] of Object.entries(contract)) {
      if (def.roles === 'public') continue;
      expect((await b.as(null).fail(name, {})).code, name).toBe('unauthenticated');
    }
  });

  it('refuses methods outside the caller role, before looking at the input', async () => {
    const b = testBackend();
    const { c1, viewer, finance, office } = await seedRegister(b);
    expect((await c1.caller.fail('students.create', {})).code).toBe('forbidden');
    expect((await viewer.caller.fail('students.update', {})).code).toBe('forbidden');
    expect((await finance.caller.fail('projects.create', {})).code).toBe('forbidden');
    expect((await office.caller.fail('users.create', {})).code).toBe('forbidden');
    expect((await office.caller.fail('audit.list', {})).code).toBe('forbidden');
    expect((await viewer.caller.fail('settings.update', {})).code).toBe('forbidden');
    expect((await viewer.caller.fail('reports.submit', {})).code).toBe('forbidden');
  });

  it('lets a counsellor see only the students assigned to them', async () => {
    const b = testBackend();
    const { office, c1, c2, studentInput } = await seedRegister(b);
    const mine = await office.caller.call('students.create', studentInput({ name: '学生甲', counsellorId: c1.user.id }));
    const theirs = await office.caller.call('students.create', studentInput({ name: '学生乙', counsellorId: c2.user.id }));

    const list = await c1.caller.call('students.list', {});
    expect(list.rows.map((r) => r.name)).toEqual(['学生甲']);
    expect(list.total).toBe(1);
    // Filtering by another counsellor does not widen the scope.
    expect((await c1.caller.call('students.list', { counsellorId: c2.user.id })).total).toBe(0);
    expect((await c1.caller.call('students.get', { id: mine.id })).name).toBe('学生甲');
    expect((await c1.caller.fail('students.get', { id: theirs.id })).code).toBe('not_found');
    expect((await c1.caller.fail('students.history', { id: theirs.id })).code).toBe('not_found');
    expect((await office.caller.call('students.list', {})).total).toBe(2);
  });

  it('masks 身份证号 and bank account for roles that do not need them whole', async () => {
    const b = testBackend();
    const { office, c1, viewer, finance, studentInput } = await seedRegister(b);
    const input = studentInput();
    const s = await office.caller.call('students.create', input);
    expect((await office.caller.call('students.get', { id: s.id })).idNumber).toBe(input.idNumber);
    expect((await finance.caller.call('students.get', { id: s.id })).bankAccount).toBe(input.bankAccount);
    for (const who of [c1, viewer]) {
      const seen = await who.caller.call('students.get', { id: s.id });
      expect(seen.idNumber).toBe(input.idNumber.slice(0, 4) + '**********' + input.idNumber.slice(-4));
      expect(seen.bankAccount).toBe('**** 8901');
      expect(seen.sensitiveMasked).toBe(true);
    }
    const row = (await office.caller.call('students.list', {})).rows[0];
    expect(row.idNumberMasked).not.toContain(input.idNumber.slice(4, 14));
  });

  it('ends a session when it expires, when the user is disabled, and at logout', async () => {
    const b = testBackend(new Date('2026-11-23T00:00:00Z'));
    const { admin, c1, c2 } = await seedRegister(b);
    b.setNow(new Date(Date.parse('2026-11-23T00:00:00Z') + SESSION_TTL_MS + 1000));
    expect((await c1.caller.fail('students.list', {})).code).toBe('unauthenticated');

    b.setNow(new Date('2026-11-23T00:00:00Z'));
    await admin.call('auth.login', { username: 'admin', password: 'admin-pass-1' });
    const zhao = (await admin.call('users.list', {})).find((u) => u.username === 'zhao')!;
    await admin.call('users.update', { id: zhao.id, version: zhao.version, displayName: zhao.displayName, role: 'counsellor', active: false });
    expect((await c2.caller.fail('students.list', {})).code).toBe('unauthenticated');
    expect((await b.as(null).fail('auth.login', { username: 'zhao', password: 'password-zhao' })).code).toBe('bad_credentials');

    await admin.call('auth.logout', {});
    expect(admin.token).toBeNull();
  });

  it('never lets the last administrator be demoted or disabled', async () => {
    const b = testBackend();
    const { admin } = await seedRegister(b);
    const me = (await admin.call('users.list', {})).find((u) => u.role === 'admin')!;
    const err = await admin.fail('users.update', { id: me.id, version: me.version, displayName: me.displayName, role: 'office', active: true });
    expect(err).toMatchObject({ code: 'invalid_input', field: 'role' });
  });
});

describe('the audit log', () => {
  it('names the person who signed in or set up the system', async () => {
    const b = testBackend();
    const { admin } = await seedRegister(b);
    const rows = (await admin.call('audit.list', { entity: 'user', pageSize: 200 })).rows;
    const logins = rows.filter((r) => r.action === 'login');
    expect(logins.length).toBeGreaterThan(0);
    for (const r of logins) expect(r.userId).toBe(r.entityId);
    expect(rows.find((r) => r.action === 'create' && r.after && (r.after as { role?: string }).role === 'admin')?.userName).toBe('管理员');
  });

  it('names each record by its current name, and by none once it is deleted', async () => {
    const b = testBackend();
    const { admin } = await seedRegister(b);
    const major = await admin.call('majors.create', { name: '数控加工', code: '' });
    await admin.call('majors.update', { id: major.id, version: major.version, name: '数控加工技术', code: '0602' });
    const named = (await admin.call('audit.list', { entity: 'major', entityId: major.id })).rows;
    expect(named.map((r) => [r.action, r.entityName])).toEqual([
      ['update', '数控加工技术'],
      ['create', '数控加工技术'],
    ]);
    await admin.call('majors.remove', { id: major.id, version: major.version + 1 });
    const gone = (await admin.call('audit.list', { entity: 'major', entityId: major.id })).rows;
    expect(gone.map((r) => [r.action, r.entityName])).toEqual([
      ['delete', null],
      ['update', null],
      ['create', null],
    ]);
  });
});

describe('login', () => {
  it('locks a user name for a few minutes after five wrong passwords, then lets the right one in', async () => {
    const start = new Date('2026-11-23T02:00:00Z');
    const b = testBackend(start);
    const anon = b.as(null);
    await anon.call('auth.setup', { username: 'admin', displayName: '管理员', password: 'admin-pass-1', schoolName: '测试学校' });
    const guesser = b.as(null);
    for (let i = 0; i < 5; i++) expect((await guesser.fail('auth.login', { username: 'admin', password: `guess-${i}` })).code).toBe('bad_credentials');
    const locked = await guesser.fail('auth.login', { username: 'admin', password: 'admin-pass-1' });
    expect(locked.code).toBe('too_many_attempts');
    expect(locked.message).toContain('5分钟');
    b.setNow(new Date(start.getTime() + 5 * 60_000 + 1));
    expect((await guesser.call('auth.login', { username: 'admin', password: 'admin-pass-1' })).username).toBe('admin');
  });
});
