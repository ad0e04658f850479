import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from '../support/api';
import { makeIdNumber } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const rpc = (body: string, headers: Record<string, string>) =>
  fetch(new URL('api/rpc', server.url), { method: 'POST', headers, body });

describe('the API over HTTP', () => {
  const admin = new HttpClient('');
  const office = new HttpClient('');
  const counsellor = new HttpClient('');
  const ids: Record<string, number> = {};

  beforeAll(() => {
    for (const c of [admin, office, counsellor]) Object.assign(c, { baseUrl: server.url });
  });

  it('creates the administrator on first run only, and sets a strict HttpOnly session cookie', async () => {
    expect(await admin.call('auth.status', {})).toMatchObject({ setupNeeded: true, user: null });
    const res = await rpc(JSON.stringify({ method: 'auth.setup', input: { username: 'admin', displayName: '管理员', password: 'admin-pass-1', schoolName: '深圳鹏城技师学院' } }), {
      'Content-Type': 'application/json',
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(await admin.fail('auth.setup', { username: 'x', displayName: 'x', password: 'another-pass', schoolName: '某校' })).toMatchObject({ code: 'setup_done' });
    await admin.call('auth.login', { username: 'admin', password: 'admin-pass-1' });
    expect((await admin.call('auth.status', {})).user?.username).toBe('admin');
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const anon = new HttpClient(server.url);
    const a = await anon.fail('auth.login', { username: 'admin', password: 'wrong-password' });
    const b = await anon.fail('auth.login', { username: 'nobody', password: 'wrong-password' });
    expect(a).toEqual(b);
    expect(a.message).toBe('用户名或密码错误');
  });

  it('answers in the caller language', async () => {
    const en = new HttpClient(server.url, 'en');
    expect((await en.fail('auth.login', { username: 'admin', password: 'nope' })).message).toBe('Wrong user name or password');
  });

  it('refuses cross-site and non-JSON requests', async () => {
    const body = JSON.stringify({ method: 'auth.status', input: {} });
    expect((await rpc(body, { 'Content-Type': 'application/json', Origin: 'http://evil.example' })).status).toBe(403);
    expect((await rpc(body, { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await rpc(body, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await rpc('{not json', { 'Content-Type': 'application/json' })).status).toBe(400);
    const sameOrigin = await rpc(body, { 'Content-Type': 'application/json', Origin: server.url.replace(/\/$/, '') });
    expect(sameOrigin.status).toBe(200);
  });

  it('sets up users and the reference lists, auditing each write', async () => {
    await admin.call('users.create', { username: 'office', displayName: '李老师', role: 'office', password: 'office-pass-1' });
    const c = await admin.call('users.create', { username: 'wang', displayName: '王老师', role: 'counsellor', password: 'wang-pass-1' });
    ids.counsellor = c.id;
    expect(await admin.fail('users.create', { username: 'wang', displayName: 'x', role: 'viewer', password: 'whatever-1' })).toMatchObject({
      field: 'username',
    });
    // Each chooses their own password at first sign-in, over HTTP like any other call.
    await office.call('auth.login', { username: 'office', password: 'office-pass-1' });
    expect(await office.fail('projects.list', {})).toMatchObject({ code: 'password_change_required' });
    await office.call('auth.changePassword', { currentPassword: 'office-pass-1', newPassword: 'office-own-pass' });
    await counsellor.call('auth.login', { username: 'wang', password: 'wang-pass-1' });
    await counsellor.call('auth.changePassword', { currentPassword: 'wang-pass-1', newPassword: 'wang-own-pass' });

    const p = await office.call('projects.create', {
      name: '湖北郧西',
      partnerProvince: '湖北',
      partnerCity: '十堰',
      partnerCounty: '郧西县',
      partnerSchool: '',
      agreementDate: '2016-05-01',
      model: 'full_time',
      notes: '',
    });
    ids.project = p.id;
    const dup = await office.fail('projects.create', { ...p, name: '湖北郧西' });
    expect(dup).toMatchObject({ code: 'invalid_input', field: 'name' });
    const cohort = await office.call('cohorts.create', { projectId: p.id, intakeYear: 2016, name: '2016级', plannedSize: 51 });
    ids.cohort = cohort.id;
    expect(cohort.projectName).toBe('湖北郧西');
    const audit = await admin.call('audit.list', { entity: 'project' });
    expect(audit.rows[0]).toMatchObject({ action: 'create', entity: 'project', entityId: p.id, entityName: '湖北郧西', userName: '李老师' });
    const cohortAudit = await admin.call('audit.list', { entity: 'cohort' });
    expect(cohortAudit.rows[0]).toMatchObject({ entityId: cohort.id, entityName: '湖北郧西 2016级' });
  });

  it('validates a student field by field and names the existing student on a duplicate 身份证号', async () => {
    const idNumber = makeIdNumber('420322', '20000704', 12);
    const base = {
      name: '陈小红',
      gender: (Number(idNumber[16]) % 2 ? 'M' : 'F') as 'M' | 'F',
      ethnicity: '汉族',
      idNumber,
      birthDate: '2000-07-04',
      phone: '13512345678',
      homeProvince: '湖北',
      homeCity: '十堰',
      homeCounty: '郧西县',
      homeTown: '',
      homeVillage: '',
      povertyStatus: 'registered' as const,
      guardianName: '',
      guardianRelation: '',
      guardianPhone: '',
      priorEducation: 'senior' as const,
      projectId: ids.project,
      cohortId: ids.cohort,
      majorId: null,
      level: 'advanced' as const,
      classId: null,
      enrolmentDate: '2016-09-01',
      expectedGraduation: '2019-07',
      counsellorId: ids.counsellor,
      dormitory: true,
      bankName: '',
      bankAccount: '',
      notes: '',
    };
    const bad = await office.fail('students.create', { ...base, idNumber: idNumber.slice(0, 17) + (idNumber[17] === '0' ? '1' : '0'), phone: '12345', name: '' });
    expect(bad.code).toBe('invalid_input');
    expect(Object.fromEntries(bad.fields!.map((f) => [f.field, f.message]))).toMatchObject({
      name: '必填',
      phone: expect.stringContaining('电话格式'),
      idNumber: expect.stringContaining('校验位'),
    });
    const mismatch = await office.fail('students.create', { ...base, birthDate: '2000-07-05', gender: base.gender === 'M' ? 'F' : 'M' });
    expect(mismatch.fields!.map((f) => f.field).sort()).toEqual(['birthDate', 'gender']);

    const created = await office.call('students.create', base);
    ids.student = created.id;
    expect(created).toMatchObject({ status: 'enrolled', version: 1, projectName: '湖北郧西' });
    const dup = await office.fail('students.create', { ...base, name: '另一个人' });
    expect(dup.field).toBe('idNumber');
    expect(dup.fields![0].message).toContain('陈小红');
    expect((await office.call('students.list', {})).total).toBe(1);
  });

  it('refuses the later of two saves made from the same version, naming who saved first', async () => {
    const read = await office.call('students.get', { id: ids.student });
    const { id, version, sensitiveMasked: _m, status: _s, statusDate: _d, projectName: _p, cohortName: _c, majorName: _mj, className: _cl, counsellorName: _cn, createdAt: _ca, updatedAt: _u, ...fields } = read;
    await admin.call('students.update', { ...fields, id, version, phone: '13600000000' });
    const late = await office.fail('students.update', { ...fields, id, version, notes: '我的修改' });
    expect(late.code).toBe('conflict');
    expect(late.message).toContain('管理员');
    const now = await office.call('students.get', { id: ids.student });
    expect(now).toMatchObject({ phone: '13600000000', notes: '', version: 2 });
  });

  it('keeps a dated status history and refuses transitions that make no sense', async () => {
    let s = await office.call('students.get', { id: ids.student });
    s = await office.call('students.changeStatus', { id: s.id, version: s.version, event: 'suspend', date: '2017-03-01', reason: '家庭原因' });
    expect(s.status).toBe('suspended');
    const wrong = await office.fail('students.changeStatus', { id: s.id, version: s.version, event: 'graduate', date: '2017-04-01', reason: 'x' });
    expect(wrong).toMatchObject({ code: 'invalid_transition' });
    expect(wrong.message).toContain('休学');
    s = await office.call('students.changeStatus', { id: s.id, version: s.version, event: 'resume', date: '2017-09-01', reason: '返校' });
    const history = await counsellor.call('students.history', { id: s.id });
    expect(history.map((h) => [h.event, h.toStatus, h.date])).toEqual([
      ['resume', 'enrolled', '2017-09-01'],
      ['suspend', 'suspended', '2017-03-01'],
      ['enrol', 'enrolled', '2016-09-01'],
    ]);
  });

  it('records before and after values with the 身份证号 masked', async () => {
    const log = await admin.call('audit.list', { entity: 'student', entityId: ids.student });
    const update = log.rows.find((r) => r.action === 'update')!;
    // Phone numbers too are kept masked to their last 4 digits.
    expect(update.before).toEqual({ phone: '*******5678' });
    expect(update.after).toEqual({ phone: '*******0000' });
    expect(log.rows.map((r) => r.entityName)).toEqual(log.rows.map(() => '陈小红'));
    const create = log.rows.find((r) => r.action === 'create')!;
    expect(String(create.after?.idNumber)).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);
  });

  it('keeps the data across a server restart', async () => {
    const dataDir = server.dataDir;
    await server.close();
    server = await startTestServer(dataDir);
    const again = new HttpClient(server.url);
    await again.call('auth.login', { username: 'office', password: 'office-own-pass' });
    expect((await again.call('students.list', { q: '陈小红' })).total).toBe(1);
  });
});
