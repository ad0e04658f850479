import { describe, expect, it } from 'vitest';
import { deriveDestination, type PlacementInput } from '../../electron/contract/placements';
import { seedRegister, testBackend } from '../support/backend';

/** Today is 2026-11-23; seedRegister's students come from 广西. */
async function setup() {
  const b = testBackend();
  const seed = await seedRegister(b);
  const graduate = async (name: string, event: 'graduate' | 'withdraw' = 'graduate') => {
    const id = (await seed.office.caller.call('students.create', seed.studentInput({ name, enrolmentDate: '2023-09-01', expectedGraduation: '2026-07' }))).id;
    const { version } = await seed.office.caller.call('students.get', { id });
    await seed.office.caller.call('students.changeStatus', { id, version, event, date: '2026-07-01', reason: '学业期满' });
    return id;
  };
  const company = await seed.office.caller.call('companies.create', {
    name: '深圳市汇川技术股份有限公司', creditCode: '', industry: '装备制造', province: '广东', city: '深圳', contactName: '', contactPhone: '', notes: '',
  });
  const input = (studentId: number, overrides: Partial<PlacementInput> = {}): PlacementInput => ({
    studentId,
    outcome: 'contract',
    companyId: company.id,
    industry: '装备制造',
    position: '装配技术员',
    province: '广东',
    city: '深圳市',
    destination: null,
    relatedToMajor: true,
    startDate: '2026-07-15',
    monthlySalaryFen: 560_000,
    contractKind: 'fixed',
    socialInsurance: true,
    channel: 'school',
    notes: '',
    ...overrides,
  });
  return { b, ...seed, graduate, company, input };
}

describe('placements (就业去向)', () => {
  it('derives 留深 / 回乡 / 其他 from the city and the student’s home province, unless set by hand', async () => {
    expect(deriveDestination('深圳市', '广东', '广西')).toBe('shenzhen');
    expect(deriveDestination('南宁市', '广西壮族自治区', '广西')).toBe('home');
    expect(deriveDestination('东莞市', '广东', '广西')).toBe('other');
    expect(deriveDestination('', '', '广西')).toBe('other');

    const s = await setup();
    const a = await s.graduate('甲');
    const saved = await s.c1.caller.call('placements.save', { ...s.input(a), version: null });
    expect(saved).toMatchObject({ outcome: 'contract', companyName: '深圳市汇川技术股份有限公司', destination: 'shenzhen', destinationSetByHand: false });
    const moved = await s.office.caller.call('placements.save', { ...s.input(a, { city: '南宁市', province: '广西', companyId: null, outcome: 'self_employed' }), version: saved.version });
    expect(moved).toMatchObject({ destination: 'home', companyName: null });
    const byHand = await s.office.caller.call('placements.save', { ...s.input(a, { destination: 'other' }), version: moved.version });
    expect(byHand).toMatchObject({ destination: 'other', destinationSetByHand: true });
    expect(await s.viewer.caller.call('placements.ofStudent', { studentId: a })).toMatchObject({ id: saved.id, version: byHand.version });
    // Someone who saw an older version, or none, cannot save over it.
    expect((await s.c1.caller.fail('placements.save', { ...s.input(a), version: saved.version })).code).toBe('conflict');
    expect((await s.c1.caller.fail('placements.save', { ...s.input(a), version: null })).code).toBe('conflict');
    const log = await s.admin.call('audit.list', { entity: 'placement', entityId: saved.id });
    expect(log.rows.map((r) => r.action)).toEqual(['update', 'update', 'create']);
  });

  it('is for graduates only, at a company of the directory when employed, with a positive salary, at the field', async () => {
    const s = await setup();
    const a = await s.graduate('甲');
    const fail = async (overrides: Partial<PlacementInput>, studentId = a) => (await s.office.caller.fail('placements.save', { ...s.input(studentId, overrides), version: null })).fields?.[0];
    const inSchool = (await s.office.caller.call('students.create', s.studentInput({ name: '在读生' }))).id;
    expect(await fail({}, inSchool)).toMatchObject({ field: 'outcome', message: '该生当前为“在读”：毕业或结业后才能登记就业去向' });
    expect(await fail({}, await s.graduate('退学生', 'withdraw'))).toMatchObject({ field: 'outcome' });
    expect(await fail({ companyId: null })).toMatchObject({ field: 'companyId', message: '必填' });
    expect(await fail({ companyId: 999 })).toMatchObject({ field: 'companyId', message: '企业名录中没有这家企业，请先在企业名录中新增' });
    expect(await fail({ monthlySalaryFen: 0 })).toMatchObject({ field: 'monthlySalaryFen', message: '金额应大于0' });
    // a start still to come is a plan, not a placement (today is 2026-11-23)
    expect(await fail({ startDate: '2026-12-01' })).toMatchObject({ field: 'startDate', message: expect.stringContaining('2026-11-23') });
    // 升学 needs no employer.
    await s.office.caller.call('placements.save', { ...s.input(a, { outcome: 'further_study', companyId: null, monthlySalaryFen: null }), version: null });
    expect((await s.c2.caller.fail('placements.ofStudent', { studentId: a })).code).toBe('not_found');
    expect((await s.finance.caller.fail('placements.ofStudent', { studentId: a })).code).toBe('forbidden');
  });
});
