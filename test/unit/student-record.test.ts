import { beforeAll, describe, expect, it } from 'vitest';
import { chinaToday, parseDateText } from '../../electron/contract/dates';
import { toHalfWidth } from '../../electron/contract/halfwidth';
import { ageOn, recordWarnings } from '../../electron/contract/plausibility';
import { studentFields, type Student, type StudentFields } from '../../electron/contract/students';
import { seedRegister, testBackend } from '../support/backend';
import { makeIdNumber } from '../support/fixtures';

/** The editable fields of a record as read, ready to send back in an update. */
function fieldsOf(s: Student): StudentFields {
  const picked = Object.fromEntries(Object.keys(studentFields.shape).map((k) => [k, s[k as keyof Student]]));
  return { ...(picked as StudentFields), studentNo: s.studentNo ?? '' };
}

const NOW = new Date('2026-11-23T02:00:00Z');
let b: ReturnType<typeof testBackend>;
let seed: Awaited<ReturnType<typeof seedRegister>>;
// One register for the file (its accounts take seconds to set up); each test has students of its own.
beforeAll(async () => {
  b = testBackend(NOW);
  seed = await seedRegister(b);
});

/** A new student enrolled 2024-09-01; today is 2026-11-23 in China. */
async function withStudent() {
  b.setNow(NOW);
  const student = await seed.office.caller.call('students.create', seed.studentInput());
  const office = seed.office.caller;
  const latest = async () => office.call('students.get', { id: student.id });
  const history = async () => office.call('students.history', { id: student.id });
  return { b, ...seed, student, office, latest, history };
}

describe('status changes', () => {
  it('refuse a date after today in China, and accept today even while it is still yesterday in UTC', async () => {
    const { b, office, student } = await withStudent();
    const e = await office.fail('students.changeStatus', { id: student.id, version: student.version, event: 'suspend', date: '2026-11-24', reason: '家中有事' });
    expect(e.fields?.[0]).toMatchObject({ field: 'date' });
    expect(e.fields?.[0].message).toContain('2026-11-23');
    // 2026-11-23 01:00 in China is 2026-11-22 17:00 UTC.
    b.setNow(new Date('2026-11-22T17:00:00Z'));
    const s = await office.call('students.changeStatus', { id: student.id, version: student.version, event: 'suspend', date: '2026-11-23', reason: '家中有事' });
    expect(s).toMatchObject({ status: 'suspended', statusDate: '2026-11-23' });
  });

  it('refuse a date before the event in effect before it', async () => {
    const { office, latest } = await withStudent();
    const s = await latest();
    const suspended = await office.call('students.changeStatus', { id: s.id, version: s.version, event: 'suspend', date: '2025-03-01', reason: '病假' });
    const e = await office.fail('students.changeStatus', { id: s.id, version: suspended.version, event: 'resume', date: '2025-02-01', reason: '返校' });
    expect(e.fields?.[0]).toMatchObject({ field: 'date', message: '日期不能早于上次状态变动日期 2025-03-01' });
  });

  it('withdrawing the latest event keeps it in the history, marked, and restores the status before it', async () => {
    const { office, student, latest, history, admin } = await withStudent();
    const a = await office.call('students.changeStatus', { id: student.id, version: student.version, event: 'suspend', date: '2025-03-01', reason: '病假' });
    const b = await office.call('students.changeStatus', { id: student.id, version: a.version, event: 'withdraw', date: '2025-09-01', reason: '录错了人' });
    expect(b.status).toBe('withdrawn');
    const wrong = (await history())[0];
    const after = await office.call('students.voidStatus', { id: student.id, version: b.version, eventId: wrong.id, voidReason: '误录，应为另一名学生' });
    expect(after).toMatchObject({ status: 'suspended', statusDate: '2025-03-01' });
    expect((await latest()).version).toBe(b.version + 1);

    const rows = await history();
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.id === wrong.id)).toMatchObject({
      event: 'withdraw',
      voidReason: '误录，应为另一名学生',
      voidedByName: '帮扶办李老师',
      voidedAt: '2026-11-23T02:00:00.000Z',
    });
    expect(rows.filter((r) => r.voidedAt === null).map((r) => r.event)).toEqual(['suspend', 'enrol']);

    const audit = (await admin.call('audit.list', { entity: 'student', entityId: student.id })).rows[0];
    expect(audit).toMatchObject({
      action: 'status_void',
      before: { event: 'withdraw', date: '2025-09-01', reason: '录错了人', status: 'withdrawn' },
      after: { status: 'suspended', voidReason: '误录，应为另一名学生' },
    });
  });

  it('a correction withdraws the wrong event and records the right one in one step', async () => {
    const { office, student, history, admin } = await withStudent();
    const a = await office.call('students.changeStatus', { id: student.id, version: student.version, event: 'suspend', date: '2025-03-01', reason: '病假' });
    const wrong = (await history())[0];
    const base = { id: student.id, version: a.version, eventId: wrong.id, voidReason: '日期录错' };
    // The corrected event starts from the status before the wrong one, and follows the same date rules.
    expect((await office.fail('students.correctStatus', { ...base, event: 'resume', date: '2025-04-01', reason: '病假' })).code).toBe('invalid_transition');
    expect((await office.fail('students.correctStatus', { ...base, event: 'suspend', date: '2024-08-01', reason: '病假' })).fields?.[0].field).toBe('date');

    const fixed = await office.call('students.correctStatus', { ...base, event: 'suspend', date: '2025-04-01', reason: '病假一学期' });
    expect(fixed).toMatchObject({ status: 'suspended', statusDate: '2025-04-01', version: a.version + 1 });
    const rows = await history();
    expect(rows).toHaveLength(3);
    const replacement = rows.find((r) => r.correctsId === wrong.id)!;
    expect(replacement).toMatchObject({ event: 'suspend', date: '2025-04-01', reason: '病假一学期', fromStatus: 'enrolled', voidedAt: null });
    expect(rows.find((r) => r.id === wrong.id)).toMatchObject({ voidReason: '日期录错', date: '2025-03-01' });
    expect((await admin.call('audit.list', { entity: 'student', entityId: student.id })).rows[0]).toMatchObject({
      action: 'status_correct',
      before: { event: 'suspend', date: '2025-03-01', reason: '病假', status: 'suspended' },
      after: { event: 'suspend', date: '2025-04-01', reason: '病假一学期', status: 'suspended', voidReason: '日期录错' },
    });
  });

  it('only the latest event in effect can be withdrawn, never the enrolment, and only by the office with the version read', async () => {
    const { office, student, history, c1, viewer } = await withStudent();
    const enrol = (await history())[0];
    const e = await office.fail('students.voidStatus', { id: student.id, version: student.version, eventId: enrol.id, voidReason: '错' });
    expect(e.fields?.[0]).toMatchObject({ field: 'eventId', message: '入学记录不能撤销；入学日期请在编辑学生信息时修改' });

    const a = await office.call('students.changeStatus', { id: student.id, version: student.version, event: 'suspend', date: '2025-03-01', reason: '病假' });
    const b = await office.call('students.changeStatus', { id: student.id, version: a.version, event: 'resume', date: '2025-09-01', reason: '返校' });
    const [resume, suspend] = await history();
    expect((await office.fail('students.voidStatus', { id: student.id, version: b.version, eventId: suspend.id, voidReason: '错' })).fields?.[0].field).toBe('eventId');
    // Someone else's change in between: refused, nothing changed.
    expect((await office.fail('students.voidStatus', { id: student.id, version: a.version, eventId: resume.id, voidReason: '错' })).code).toBe('conflict');
    for (const caller of [c1.caller, viewer.caller]) {
      expect((await caller.fail('students.voidStatus', { id: student.id, version: b.version, eventId: resume.id, voidReason: '错' })).code).toBe('forbidden');
      expect((await caller.fail('students.correctStatus', { id: student.id, version: b.version, eventId: resume.id, voidReason: '错', event: 'resume', date: '2025-09-02', reason: '返校' })).code).toBe('forbidden');
    }
    expect((await history()).every((r) => r.voidedAt === null)).toBe(true);
  });
});

describe('the student record', () => {
  it('refuses a class of another cohort, and takes one with no cohort set', async () => {
    const { office, studentInput, project, major, cohort } = await withStudent();
    const other = await office.call('cohorts.create', { projectId: project.id, intakeYear: 2012, name: '2012级', plannedSize: null });
    const oldClass = await office.call('classes.create', { name: '12级木工班', majorId: major.id, cohortId: other.id, headTeacherId: null });
    const mixed = await office.call('classes.create', { name: '技能提升班', majorId: major.id, cohortId: null, headTeacherId: null });
    const e = await office.fail('students.create', studentInput({ cohortId: cohort.id, classId: oldClass.id }));
    expect(e.fields).toEqual([{ field: 'classId', message: '所选班级属于另一批次（2012级）', params: { cohort: '2012级' } }]);
    expect((await office.call('students.create', studentInput({ classId: mixed.id }))).className).toBe('技能提升班');
  });

  it('refuses enrolment before birth and impossible dates, but keeps unusual ages and names', async () => {
    const { office, studentInput } = await withStudent();
    const e = await office.fail('students.create', studentInput({ enrolmentDate: '2007-09-01', expectedGraduation: null }));
    expect(e.fields?.find((f) => f.field === 'enrolmentDate')?.message).toBe('入学日期应晚于出生日期 2008-03-15');
    expect((await office.fail('students.create', studentInput({ enrolmentDate: '2024-02-30' }))).fields?.[0]).toMatchObject({ field: 'enrolmentDate' });

    // Born 1950, and a Latin name: unusual, so the form warns, but a real person may be so.
    const id = makeIdNumber('451022', '19500101', 7);
    const s = await office.call('students.create', studentInput({ idNumber: id, birthDate: '1950-01-01', gender: 'M', name: 'Ali 2' }));
    expect(s).toMatchObject({ name: 'Ali 2', birthDate: '1950-01-01' });
  });

  it('converts full-width digits and letters typed with a Chinese IME', async () => {
    const { office, studentInput } = await withStudent();
    const id = makeIdNumber('451022', '20080316', 5);
    const wide = (s: string) => s.replace(/[0-9A-Za-z-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const s = await office.call(
      'students.create',
      studentInput({ idNumber: wide(id), birthDate: '2008-03-16', gender: Number(id[16]) % 2 ? 'M' : 'F', phone: wide('13800138000'), guardianPhone: wide('0776-5812345'), bankAccount: wide('6228 4800 1234 5678'), studentNo: wide('G2024-001') }),
    );
    expect(s).toMatchObject({ idNumber: id, phone: '13800138000', guardianPhone: '0776-5812345', bankAccount: '6228480012345678', studentNo: 'G2024-001' });
  });

  it('keeps 学号 unique when given, naming the student who has it; an empty one is no 学号', async () => {
    const { office, studentInput, student } = await withStudent();
    const first = await office.call('students.update', { ...fieldsOf(student), id: student.id, version: student.version, studentNo: '20240001' });
    expect(first.studentNo).toBe('20240001');
    const e = await office.fail('students.create', studentInput({ name: '李小花', studentNo: '20240001' }));
    expect(e.fields?.[0]).toEqual({
      field: 'studentNo',
      message: '该学号已登记：黄小明（广西百色 2024级 24汽修1班）',
      params: { studentId: student.id, name: '黄小明', place: '广西百色 2024级 24汽修1班' },
    });
    expect((await office.call('students.create', studentInput({ studentNo: '' }))).studentNo).toBeNull();
    expect((await office.call('students.create', studentInput({ studentNo: '' }))).studentNo).toBeNull();
    const found = await office.call('students.get', { id: student.id });
    expect(found.studentNo).toBe('20240001');
  });

  it('names the student who already has a 身份证号, not their internal id, and gives the id for a link', async () => {
    const { office, studentInput, student } = await withStudent();
    const e = await office.fail('students.create', studentInput({ idNumber: student.idNumber, name: '李小花' }));
    const field = e.fields!.find((f) => f.field === 'idNumber')!;
    expect(field.message).toBe('该身份证号已登记：黄小明（广西百色 2024级 24汽修1班）');
    expect(field.message).not.toContain(String(student.id));
    expect(field.params?.studentId).toBe(student.id);
  });

  it('gives roles that see masked numbers only the birth year', async () => {
    const { office, c1, viewer, finance, student } = await withStudent();
    for (const caller of [c1.caller, viewer.caller]) {
      const s = await caller.call('students.get', { id: student.id });
      expect(s).toMatchObject({ sensitiveMasked: true, birthDate: '2008' });
      expect(s.idNumber).toMatch(/^4510\*{10}\d{3}[\dX]$/);
    }
    for (const caller of [office, finance.caller]) expect((await caller.call('students.get', { id: student.id })).birthDate).toBe('2008-03-15');
  });

  it('keeps phone, birth date, address below the county, guardian and bank masked in the audit log, still showing what changed', async () => {
    const { office, admin, student } = await withStudent();
    await office.call('students.update', { ...fieldsOf(student), id: student.id, version: student.version, homeVillage: '那坡村', phone: '13912345678' });
    const [update, create] = (await admin.call('audit.list', { entity: 'student', entityId: student.id })).rows;
    expect(create.after).toMatchObject({
      name: '黄小明',
      homeCounty: '田东县',
      phone: '*******8000',
      guardianPhone: '*******9000',
      birthDate: '2008-**-**',
      homeTown: '***',
      homeVillage: '***',
      guardianName: '黄**',
      bankAccount: '**** 8901',
    });
    expect(JSON.stringify(create.after)).not.toMatch(/13800138000|那王村|平马镇|黄大山|2008-03-15|6228480012345678901/);
    expect(update.before).toEqual({ homeVillage: '***', phone: '*******8000' });
    expect(update.after).toEqual({ homeVillage: '***', phone: '*******5678' });
  });

  it('reports an edit conflict with the time of the other save as ISO, for the page to show in its own zone', async () => {
    const { office, student } = await withStudent();
    await office.call('students.update', { ...fieldsOf(student), id: student.id, version: student.version, phone: '13912345678' });
    const e = await office.fail('students.update', { ...fieldsOf(student), id: student.id, version: student.version, phone: '13700000000' });
    expect(e.code).toBe('conflict');
    expect(e.params).toMatchObject({ user: '帮扶办李老师', time: '2026-11-23T02:00:00.000Z' });
    // The message itself is in China time.
    expect(e.message).toContain('2026/11/23 10:00:00');
  });
});

describe('record rules', () => {
  it('parse typed dates strictly: a day that does not exist is no date', () => {
    expect(parseDateText('2019-02-30')).toBeNull();
    expect(parseDateText('2019-13-01')).toBeNull();
    expect(parseDateText('2019-2-3')).toBe('2019-02-03');
    expect(parseDateText('2019/02/03')).toBe('2019-02-03');
    expect(parseDateText('2019年2月3日')).toBe('2019-02-03');
    expect(parseDateText('20200229')).toBe('2020-02-29');
    expect(parseDateText('２０１９－０２－０３')).toBe('2019-02-03');
    expect(parseDateText('2019-02')).toBeNull();
  });

  it('take today in China time', () => {
    expect(chinaToday(new Date('2026-11-22T15:59:59Z'))).toBe('2026-11-22');
    expect(chinaToday(new Date('2026-11-22T16:00:00Z'))).toBe('2026-11-23');
  });

  it('convert only full-width forms', () => {
    expect(toHalfWidth('１３８－Ｘｘ　①')).toBe('138-Xx ①');
  });

  it('warn on ages at enrolment outside 13–30 and on names that are not Chinese characters', () => {
    expect(ageOn('2008-03-15', '2024-03-14')).toBe(15);
    expect(ageOn('2008-03-15', '2024-03-15')).toBe(16);
    const at = (birthDate: string) => recordWarnings({ name: '黄小明', birthDate, enrolmentDate: '2024-09-01' });
    expect(at('2008-03-15')).toEqual([]);
    expect(at('2011-09-01')).toEqual([]);
    expect(at('2011-09-02')).toEqual([{ field: 'enrolmentDate', key: 'warn_enrolment_age', params: { age: 12, min: 13, max: 30 } }]);
    expect(at('1994-09-01')).toEqual([]);
    expect(at('1950-01-01')[0].params).toMatchObject({ age: 74 });
    const name = (n: string) => recordWarnings({ name: n }).length;
    expect(name('阿依古丽·买买提')).toBe(0);
    expect(name('欧阳𠮷')).toBe(0);
    for (const odd of ['Ali', '黄小明2', '黄小明😀', '黄 小明', '·黄小明', '黄小明·']) expect(name(odd), odd).toBe(1);
  });
});
