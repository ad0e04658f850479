import { describe, expect, it } from 'vitest';
import { monthsAfter } from '../../electron/backend/placements/followUps';
import { seedRegister, testBackend } from '../support/backend';

/** Today is 2026-11-23. */
async function setup() {
  const b = testBackend();
  const seed = await seedRegister(b);
  const company = await seed.office.caller.call('companies.create', {
    name: '深圳市汇川技术股份有限公司', creditCode: '', industry: '', province: '广东', city: '深圳', contactName: '', contactPhone: '', notes: '',
  });
  const placed = async (name: string, startDate: string, counsellorId = seed.c1.user.id) => {
    const id = (await seed.office.caller.call('students.create', seed.studentInput({ name, enrolmentDate: '2023-09-01', expectedGraduation: '2026-07', counsellorId }))).id;
    const { version } = await seed.office.caller.call('students.get', { id });
    await seed.office.caller.call('students.changeStatus', { id, version, event: 'graduate', date: '2026-07-01', reason: '学业期满' });
    const placement = await seed.office.caller.call('placements.save', {
      studentId: id, outcome: 'contract', companyId: company.id, industry: '', position: '', province: '广东', city: '深圳', destination: null,
      relatedToMajor: true, startDate, monthlySalaryFen: 500_000, contractKind: 'fixed', socialInsurance: true, channel: 'school', notes: '', version: null,
    });
    return { id, placement };
  };
  return { b, ...seed, company, placed };
}

describe('placement follow-ups (跟踪回访)', () => {
  it('fall due 3, 6 and 12 months after the start, by the school’s own schedule', async () => {
    expect(monthsAfter('2026-05-31', 3)).toBe('2026-08-31');
    expect(monthsAfter('2025-11-30', 3)).toBe('2026-02-28');
    expect(monthsAfter('2025-11-23', 12)).toBe('2026-11-23');

    const s = await setup();
    await s.placed('甲', '2026-05-20');
    await s.placed('乙', '2025-11-23');
    await s.placed('丙', '2026-10-01');
    const due = await s.office.caller.call('placementFollowUps.due', {});
    expect(due.map((d) => [d.studentName, d.point, d.dueOn])).toEqual([
      ['乙', 3, '2026-02-23'],
      ['乙', 6, '2026-05-23'],
      ['甲', 3, '2026-08-20'],
      ['甲', 6, '2026-11-20'],
      ['乙', 12, '2026-11-23'],
    ]);
    const settings = await s.admin.call('settings.get', {});
    await s.admin.call('settings.update', { ...settings, followUpMonths: [12, 6] });
    expect((await s.office.caller.call('placementFollowUps.due', {})).map((d) => [d.studentName, d.point])).toEqual([
      ['乙', 6],
      ['甲', 6],
      ['乙', 12],
    ]);
  });

  it('records one follow-up per point, not before the start or after today, and leaves the due list', async () => {
    const s = await setup();
    const { id, placement } = await s.placed('甲', '2026-05-20');
    const record = { placementId: placement.id, point: 3, doneOn: '2026-08-25', stillEmployed: true, sameEmployer: true, companyId: null, monthlySalaryFen: 550_000, changeReason: '', notes: '电话回访' };
    const fail = async (overrides: object) => (await s.c1.caller.fail('placementFollowUps.record', { ...record, ...overrides })).fields?.[0];
    expect(await fail({ doneOn: '2026-05-01' })).toMatchObject({ field: 'doneOn', message: '回访日期不能早于到岗日期2026-05-20' });
    expect(await fail({ doneOn: '2026-11-24' })).toMatchObject({ field: 'doneOn' });
    expect(await fail({ point: 4 })).toMatchObject({ field: 'point', message: '回访时点应为基本设置中的 3、6、12 个月之一' });
    const done = await s.c1.caller.call('placementFollowUps.record', record);
    expect(done).toMatchObject({ point: 3, stillEmployed: true, monthlySalaryFen: 550_000, recordedByName: '王老师' });
    expect(await fail({})).toMatchObject({ field: 'point', message: '3个月回访已于2026-08-25记录' });
    // Left the job: no employer or salary kept.
    const left = await s.office.caller.call('placementFollowUps.record', { ...record, point: 6, doneOn: '2026-11-20', stillEmployed: false, companyId: s.company.id, changeReason: '回乡照顾家人' });
    expect(left).toMatchObject({ stillEmployed: false, sameEmployer: false, companyId: null, monthlySalaryFen: null, changeReason: '回乡照顾家人' });
    expect((await s.c1.caller.call('placementFollowUps.ofStudent', { studentId: id })).map((f) => f.point)).toEqual([3, 6]);
    expect(await s.office.caller.call('placementFollowUps.due', {})).toEqual([]);
  });

  it('shows a counsellor only their own students', async () => {
    const s = await setup();
    await s.placed('甲', '2026-05-20');
    const other = await s.placed('乙', '2026-05-20', s.c2.user.id);
    expect((await s.c1.caller.call('placementFollowUps.due', {})).map((d) => [d.studentName, d.point])).toEqual([
      ['甲', 3],
      ['甲', 6],
    ]);
    expect((await s.c1.caller.fail('placementFollowUps.ofStudent', { studentId: other.id })).code).toBe('not_found');
    expect((await s.finance.caller.fail('placementFollowUps.due', {})).code).toBe('forbidden');
  });
});
