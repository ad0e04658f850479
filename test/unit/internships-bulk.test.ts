import { describe, expect, it } from 'vitest';
import type { Contract, InputOf } from '../../electron/contract';
import { seedRegister, testBackend } from '../support/backend';

type ClassInput = InputOf<Contract['internships.createForClass']>;

/**
 * Today is 2026-11-23. 24汽修1班 (王老师's, c1) has 甲, 乙 and 丙 in school since 2024-09-01 and 丁,
 * on leave since 2026-09-01; 戊 is in another class.
 */
async function setup() {
  const b = testBackend();
  const seed = await seedRegister(b);
  const student = async (name: string, overrides: Parameters<typeof seed.studentInput>[0] = {}) =>
    (await seed.office.caller.call('students.create', seed.studentInput({ name, ...overrides }))).id;
  const [jia, yi, bing, ding] = [await student('甲'), await student('乙'), await student('丙'), await student('丁')];
  const { version } = await seed.office.caller.call('students.get', { id: ding });
  await seed.office.caller.call('students.changeStatus', { id: ding, version, event: 'suspend', date: '2026-09-01', reason: '病休' });
  const other = await seed.office.caller.call('classes.create', { name: '24汽修2班', majorId: seed.major.id, cohortId: seed.cohort.id, headTeacherId: seed.c1.user.id });
  const wu = await student('戊', { classId: other.id });
  const company = await seed.office.caller.call('companies.create', {
    name: '比亚迪（深圳）有限公司', creditCode: '', industry: '汽车制造', province: '广东', city: '深圳', contactName: '', contactPhone: '', notes: '',
  });
  const input = (overrides: Partial<ClassInput> = {}): ClassInput => ({
    classId: seed.klass.id, studentIds: null, kind: 'post', companyId: company.id, position: '装配工', city: '深圳', startDate: '2026-10-08', endDate: null,
    monthlyPayFen: 350_000, companySupervisor: '刘师傅', schoolSupervisor: '王老师', agreement: true, guardianConsent: true, safetyPledge: true, insurance: true, notes: '',
    ...overrides,
  });
  const total = async () => (await seed.office.caller.call('internships.list', {})).total;
  return { b, ...seed, jia, yi, bing, ding, wu, other, company, input, total };
}

describe('整班录入: a class going to one company', () => {
  it('lists the class’s students by 学号 (pinyin without one) with their status on the start date, a counsellor seeing their own', async () => {
    const s = await setup();
    const listed = await s.office.caller.call('internships.classStudents', { classId: s.klass.id, on: '2026-10-08' });
    expect(listed.map((r) => [r.name, r.status])).toEqual([['丙', 'enrolled'], ['丁', 'suspended'], ['甲', 'enrolled'], ['乙', 'enrolled']]);
    expect((await s.office.caller.call('internships.classStudents', { classId: s.klass.id, on: '2024-08-31' })).map((r) => r.status)).toEqual([null, null, null, null]);
    expect(await s.c1.caller.call('internships.classStudents', { classId: s.klass.id, on: '2026-10-08' })).toHaveLength(4);
    expect(await s.c2.caller.call('internships.classStudents', { classId: s.klass.id, on: '2026-10-08' })).toEqual([]);
    expect((await s.viewer.caller.fail('internships.classStudents', { classId: s.klass.id, on: '2026-10-08' })).code).toBe('forbidden');
  });

  it('gives every student in school on the start date the internship, each their own record with its own audit entry', async () => {
    const s = await setup();
    const { ids } = await s.c1.caller.call('internships.createForClass', s.input());
    expect(ids).toHaveLength(3);
    const rows = (await s.office.caller.call('internships.list', {})).rows;
    expect(rows.map((r) => r.studentName).sort()).toEqual(['丙', '乙', '甲']);
    expect(rows.every((r) => r.companyName === '比亚迪（深圳）有限公司' && r.startDate === '2026-10-08' && r.monthlyPayFen === 350_000 && r.evaluation === '')).toBe(true);
    for (const id of ids) expect((await s.admin.call('audit.list', { entity: 'internship', entityId: id })).rows.map((r) => r.action)).toEqual(['create']);
    // The chosen ones only, when chosen.
    const later = s.input({ studentIds: [s.jia], startDate: '2024-11-04', endDate: '2024-11-08', kind: 'recognition' });
    expect((await s.office.caller.call('internships.createForClass', later)).ids).toHaveLength(1);
    expect(await s.total()).toBe(4);
  });

  it('writes nothing when one student cannot go, naming each who cannot and why', async () => {
    const s = await setup();
    await s.office.caller.call('internships.createForClass', s.input({ studentIds: [s.yi], startDate: '2026-09-01', endDate: '2026-10-31' }));
    const err = await s.office.caller.fail('internships.createForClass', s.input({ studentIds: [s.jia, s.yi, s.bing, s.ding, s.wu] }));
    expect(err.code).toBe('invalid_input');
    expect(err.fields).toEqual([
      {
        field: `students.${s.yi}`,
        message: '乙：与该生在比亚迪（深圳）有限公司的实习（2026-09-01至2026-10-31）时间重叠',
        params: { name: '乙', reason: '与该生在比亚迪（深圳）有限公司的实习（2026-09-01至2026-10-31）时间重叠' },
      },
      { field: `students.${s.ding}`, message: '丁：2026-10-08该生不在读（休学），不能安排实习', params: { name: '丁', reason: '2026-10-08该生不在读（休学），不能安排实习' } },
      { field: `students.${s.wu}`, message: '戊：已不在该班', params: { name: '戊', reason: '已不在该班' } },
    ]);
    expect(await s.total()).toBe(1);
    // A rule of the terms is said once, at its field.
    const terms = await s.office.caller.fail('internships.createForClass', s.input({ endDate: '2026-10-01' }));
    expect(terms.fields).toEqual([{ field: 'endDate', message: '结束日期不能早于开始日期' }]);
    expect((await s.office.caller.fail('internships.createForClass', s.input({ studentIds: [] }))).fields?.[0]).toMatchObject({ field: 'studentIds', message: '请至少选择一名学生' });
    expect(await s.total()).toBe(1);
    // In English too.
    const { envelope: en } = await s.b.backend.call({ method: 'internships.createForClass', input: s.input({ studentIds: [s.ding] }), locale: 'en' }, s.office.caller.token);
    expect(!en.ok && en.error.fields?.[0].message).toBe('丁: On 2026-10-08 the student was not in school (On leave): no internship can be arranged');
  });

  it('refuses a counsellor another counsellor’s class, writing nothing', async () => {
    const s = await setup();
    expect((await s.c2.caller.fail('internships.createForClass', s.input({ studentIds: [s.jia, s.yi] }))).code).toBe('not_found');
    expect((await s.c2.caller.fail('internships.createForClass', s.input())).fields?.[0]).toMatchObject({ field: 'studentIds', message: '2026-10-08该班没有在读的学生' });
    // One of theirs among the chosen does not let the others through.
    const theirs = (await s.office.caller.call('students.create', s.studentInput({ name: '己', counsellorId: s.c2.user.id }))).id;
    expect((await s.c2.caller.fail('internships.createForClass', s.input({ studentIds: [theirs, s.jia] }))).code).toBe('not_found');
    expect(await s.total()).toBe(0);
    expect((await s.c2.caller.call('internships.createForClass', s.input())).ids).toHaveLength(1);
    expect((await s.viewer.caller.fail('internships.createForClass', s.input())).code).toBe('forbidden');
  });
});
