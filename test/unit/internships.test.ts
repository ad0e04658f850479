import { describe, expect, it } from 'vitest';
import type { InternshipInput } from '../../electron/contract/internships';
import { seedRegister, testBackend } from '../support/backend';

/** Today is 2026-11-23; the students of seedRegister enrolled on 2024-09-01. */
async function setup() {
  const b = testBackend();
  const seed = await seedRegister(b);
  const student = async (overrides: Parameters<typeof seed.studentInput>[0] = {}) => (await seed.office.caller.call('students.create', seed.studentInput(overrides))).id;
  const company = await seed.office.caller.call('companies.create', {
    name: '比亚迪（深圳）有限公司', creditCode: '', industry: '汽车制造', province: '广东', city: '深圳', contactName: '', contactPhone: '', notes: '',
  });
  const input = (studentId: number, overrides: Partial<InternshipInput> = {}): InternshipInput => ({
    studentId,
    kind: 'post',
    companyId: company.id,
    position: '装配工',
    city: '深圳',
    startDate: '2026-03-01',
    endDate: '2026-06-30',
    monthlyPayFen: 350_000,
    companySupervisor: '刘师傅',
    schoolSupervisor: '王老师',
    agreement: true,
    guardianConsent: true,
    safetyPledge: true,
    insurance: false,
    evaluation: '',
    notes: '',
    ...overrides,
  });
  return { b, ...seed, student, company, input };
}

describe('internships', () => {
  it('records a student’s internships, newest first, saying which papers a work placement still lacks', async () => {
    const s = await setup();
    const a = await s.student({ name: '甲' });
    await s.c1.caller.call('internships.create', s.input(a, { kind: 'recognition', startDate: '2024-11-04', endDate: '2024-11-08', monthlyPayFen: null, agreement: false, guardianConsent: false, safetyPledge: false }));
    const post = await s.c1.caller.call('internships.create', s.input(a));
    expect(post).toMatchObject({ companyName: '比亚迪（深圳）有限公司', missingDocuments: ['insurance'] });
    const list = await s.viewer.caller.call('internships.ofStudent', { studentId: a });
    expect(list.map((i) => [i.kind, i.startDate, i.missingDocuments])).toEqual([
      ['post', '2026-03-01', ['insurance']],
      ['recognition', '2024-11-04', []],
    ]);
    const updated = await s.c1.caller.call('internships.update', { ...s.input(a, { insurance: true, evaluation: '表现良好' }), id: post.id, version: post.version });
    expect(updated.missingDocuments).toEqual([]);
    expect((await s.office.caller.fail('internships.update', { ...s.input(a), id: post.id, version: post.version })).code).toBe('conflict');
    await s.office.caller.call('internships.remove', { id: post.id, version: updated.version, reason: '录错学生' });
    expect(await s.c1.caller.call('internships.ofStudent', { studentId: a })).toHaveLength(1);
    const log = await s.admin.call('audit.list', { entity: 'internship', entityId: post.id });
    expect(log.rows.map((r) => r.action)).toEqual(['delete', 'update', 'create']);
  });

  it('refuses dates out of order, an overlap, a kind not of its time, a first-year or absent student, at the field, writing nothing', async () => {
    const s = await setup();
    const a = await s.student({ name: '甲' });
    await s.office.caller.call('internships.create', s.input(a));
    const fail = async (overrides: Partial<InternshipInput>, studentId = a) => (await s.office.caller.fail('internships.create', s.input(studentId, overrides))).fields?.[0];
    expect(await fail({ startDate: '2026-09-01', endDate: '2026-08-31' })).toMatchObject({ field: 'endDate', message: '结束日期不能早于开始日期' });
    expect(await fail({ startDate: '2026-06-01', endDate: null })).toMatchObject({ field: 'startDate', message: '与该生在比亚迪（深圳）有限公司的实习（2026-03-01至2026-06-30）时间重叠' });
    expect(await fail({ kind: 'placement', startDate: '2026-09-01', endDate: null })).toMatchObject({ field: 'kind', message: '2022年起跟岗、顶岗实习统称岗位实习，请选岗位实习' });
    expect(await fail({ startDate: '2025-03-01', endDate: '2025-04-30' })).toMatchObject({ field: 'kind', message: '一年级学生不安排跟岗、顶岗或岗位实习：该生2024-09-01入学，2025-09-01起才能安排' });
    expect(await fail({ companyId: 999 })).toMatchObject({ field: 'companyId' });
    const old = await s.student({ name: '乙', enrolmentDate: '2018-09-01', expectedGraduation: '2021-07' });
    expect(await fail({ startDate: '2020-03-01', endDate: '2020-06-30' }, old)).toMatchObject({ field: 'kind', message: '岗位实习自2021年起施行，此前请选跟岗实习或顶岗实习' });
    const { version } = await s.office.caller.call('students.get', { id: a });
    await s.office.caller.call('students.changeStatus', { id: a, version, event: 'suspend', date: '2026-09-01', reason: '病休' });
    expect(await fail({ startDate: '2026-10-01', endDate: null })).toMatchObject({ field: 'startDate', message: '2026-10-01该生不在读（休学），不能安排实习' });
    expect(await s.office.caller.call('internships.ofStudent', { studentId: a })).toHaveLength(1);
  });

  it('lets a counsellor reach only their own students', async () => {
    const s = await setup();
    const a = await s.student({ name: '甲' });
    expect((await s.c2.caller.fail('internships.create', s.input(a))).code).toBe('not_found');
    expect((await s.c2.caller.fail('internships.ofStudent', { studentId: a })).code).toBe('not_found');
    expect((await s.finance.caller.fail('internships.ofStudent', { studentId: a })).code).toBe('forbidden');
  });

  it('lists internships across students by kind, company, city, day and missing papers, a counsellor seeing their own', async () => {
    const s = await setup();
    const a = await s.student({ name: '甲' });
    const b = await s.student({ name: '乙', counsellorId: s.c2.user.id });
    const other = await s.office.caller.call('companies.create', { name: '广州某公司', creditCode: '', industry: '', province: '广东', city: '广州', contactName: '', contactPhone: '', notes: '' });
    await s.office.caller.call('internships.create', s.input(a));
    await s.office.caller.call('internships.create', s.input(b, { companyId: other.id, city: '广州', startDate: '2026-09-01', endDate: null, insurance: true }));
    await s.office.caller.call('internships.create', s.input(a, { kind: 'recognition', startDate: '2024-11-04', endDate: '2024-11-08', agreement: false }));
    const names = async (filters: object, who = s.office.caller) => (await who.call('internships.list', filters)).rows.map((r) => `${r.studentName} ${r.startDate}`);
    expect(await names({})).toEqual(['乙 2026-09-01', '甲 2026-03-01', '甲 2024-11-04']);
    expect(await names({ kind: 'recognition' })).toEqual(['甲 2024-11-04']);
    expect(await names({ companyId: other.id })).toEqual(['乙 2026-09-01']);
    expect(await names({ city: '深圳' })).toEqual(['甲 2026-03-01', '甲 2024-11-04']);
    expect(await names({ on: '2026-11-23' })).toEqual(['乙 2026-09-01']);
    expect(await names({ on: '2026-06-30' })).toEqual(['甲 2026-03-01']);
    // Papers matter for work placements only.
    expect(await names({ missingDocuments: true })).toEqual(['甲 2026-03-01']);
    expect(await names({}, s.c2.caller)).toEqual(['乙 2026-09-01']);
  });
});
