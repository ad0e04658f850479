import { describe, expect, it } from 'vitest';
import { DOSSIER_MAX } from '../../electron/contract/dossiers';
import { maskIdNumber } from '../../electron/contract/idcard';
import { payOut, setup } from '../support/allowances';

/**
 * Today is 2026-11-23. 甲 enrolled in September 2023, was checked on once (October 2025), was paid
 * October 2025's living allowance, interned at BYD in spring 2026, graduated on 1 July and went
 * to work in Shenzhen, followed up at 3 months. 乙 and 丙 are in the same class, 丙 with the other counsellor.
 */
async function history() {
  const s = await setup();
  const a = await s.student({ name: '甲', enrolmentDate: '2023-09-01', expectedGraduation: '2026-07' });
  const yi = await s.student({ name: '乙' });
  const bing = await s.student({ name: '丙', counsellorId: s.c2.user.id });
  await s.c1.caller.call('checkins.save', { studentId: a, month: '2025-10', date: '2025-10-15', method: 'phone', risk: 'watch', help: ['tutoring'] });
  const living = await s.finance.caller.call('allowances.createBatch', { policyId: s.policy('生活补贴').id, period: '2025-10', notes: '' });
  await payOut(s, living.id);
  const company = await s.office.caller.call('companies.create', {
    name: '比亚迪（深圳）有限公司', creditCode: '', industry: '汽车制造', province: '广东', city: '深圳', contactName: '', contactPhone: '', notes: '',
  });
  const internship = await s.c1.caller.call('internships.create', {
    studentId: a, kind: 'post', companyId: company.id, position: '装配工', city: '深圳', startDate: '2026-03-01', endDate: '2026-06-30', monthlyPayFen: 350_000,
    companySupervisor: '刘师傅', schoolSupervisor: '王老师', agreement: true, guardianConsent: true, safetyPledge: true, insurance: false, evaluation: '', notes: '',
  });
  await s.c1.caller.call('internships.addVisit', { internshipId: internship.id, visitedOn: '2026-04-10', visitor: '王老师', method: 'onsite', rating: 'good', findings: '已适应岗位' });
  const { version } = await s.office.caller.call('students.get', { id: a });
  await s.office.caller.call('students.changeStatus', { id: a, version, event: 'graduate', date: '2026-07-01', reason: '学业期满' });
  const placement = await s.c1.caller.call('placements.save', {
    studentId: a, outcome: 'contract', companyId: company.id, industry: '汽车制造', position: '装配技术员', province: '广东', city: '深圳市', relatedToMajor: true,
    startDate: '2026-07-15', monthlySalaryFen: 560_000, contractKind: 'fixed', socialInsurance: true, channel: 'school', notes: '', version: null,
  });
  await s.c1.caller.call('placementFollowUps.record', {
    placementId: placement.id, point: 3, doneOn: '2026-10-20', stillEmployed: true, sameEmployer: true, companyId: company.id, monthlySalaryFen: 600_000,
    changeReason: '', notes: '',
  });
  return { ...s, a, yi, bing };
}

describe('the student dossier (个人档案)', () => {
  it('holds the profile masked, the status history, check-ins, allowances, internships, placement and follow-ups', async () => {
    const s = await history();
    const { className, dossiers } = await s.office.caller.call('dossiers.get', { studentIds: [s.a] });
    expect(className).toBeNull();
    expect(dossiers).toHaveLength(1);
    const [d] = dossiers;
    // The office sees whole numbers on the student's page; a dossier is masked for everyone.
    expect(d.student).toMatchObject({ name: '甲', status: 'graduated', className: '24汽修1班', sensitiveMasked: true });
    expect(d.student).toMatchObject({ bankAccount: '**** 8901', birthDate: '2008' });
    const whole = s.b.opened.sqlite.prepare('SELECT id_number AS id, bank_account AS bank FROM students WHERE id = ?').get(s.a) as { id: string; bank: string };
    expect(d.student.idNumber).toBe(maskIdNumber(whole.id));
    expect(JSON.stringify(dossiers)).not.toContain(whole.id);
    expect(JSON.stringify(dossiers)).not.toContain(whole.bank);
    expect(d.history.map((e) => [e.event, e.date, e.toStatus])).toEqual([
      ['enrol', '2023-09-01', 'enrolled'],
      ['graduate', '2026-07-01', 'graduated'],
    ]);
    expect(d.checkins).toEqual([{ month: '2025-10', method: 'phone', risk: 'watch', help: ['tutoring'] }]);
    // In school September 2023 to June 2026, school-calendar months only (no February, July or August): 27, one logged.
    expect(d.missedMonths).toHaveLength(26);
    expect(d.missedMonths).toContain('2023-09');
    expect(d.missedMonths).not.toContain('2025-10');
    expect(d.missedMonths.some((m) => m.endsWith('-07') || m.endsWith('-08') || m.endsWith('-02'))).toBe(false);
    expect(d.allowances?.map((y) => [y.academicYear, y.policyName, y.paidFen])).toEqual([[2025, '生活补贴', 30_000]]);
    expect(d.internships.map((i) => [i.kind, i.companyName, i.startDate, i.missingDocuments])).toEqual([['post', '比亚迪（深圳）有限公司', '2026-03-01', ['insurance']]]);
    expect(d.visits.map((v) => [v.visitedOn, v.method, v.visitor, v.rating, v.findings])).toEqual([['2026-04-10', 'onsite', '王老师', 'good', '已适应岗位']]);
    expect(d.placement).toMatchObject({ outcome: 'contract', companyName: '比亚迪（深圳）有限公司', destination: 'shenzhen', monthlySalaryFen: 560_000 });
    expect(d.followUps.map((f) => [f.point, f.dueOn, f.done?.monthlySalaryFen ?? null])).toEqual([
      [3, '2026-10-15', 600_000],
      [6, '2027-01-15', null],
      [12, '2027-07-15', null],
    ]);
  });

  it('gives a counsellor their own students without the money, and nobody else’s; finance none', async () => {
    const s = await history();
    const [mine] = (await s.c1.caller.call('dossiers.get', { studentIds: [s.a] })).dossiers;
    expect(mine.allowances).toBeNull();
    expect(mine.placement?.monthlySalaryFen).toBe(560_000);
    expect((await s.c2.caller.fail('dossiers.get', { studentIds: [s.a] })).code).toBe('not_found');
    expect((await s.c1.caller.fail('dossiers.get', { studentIds: [s.a, s.bing] })).code).toBe('not_found');
    expect((await s.finance.caller.fail('dossiers.get', { studentIds: [s.a] })).code).toBe('forbidden');
    const lead = (await s.viewer.caller.call('dossiers.get', { studentIds: [s.a] })).dossiers[0];
    expect(lead.allowances).toHaveLength(1);
    expect(lead.student.sensitiveMasked).toBe(true);
  });

  it('prints a class in pinyin order (those of it the caller reaches), logged as a print', async () => {
    const s = await history();
    const office = await s.office.caller.call('dossiers.get', { classId: s.klass.id });
    expect(office.className).toBe('24汽修1班');
    // bǐng, jiǎ, yǐ
    expect(office.dossiers.map((d) => d.student.name)).toEqual(['丙', '甲', '乙']);
    expect((await s.c1.caller.call('dossiers.get', { classId: s.klass.id })).dossiers.map((d) => d.student.name)).toEqual(['甲', '乙']);

    const prints = (await s.admin.call('audit.list', { entity: 'student', pageSize: 200 })).rows.filter((r) => r.action === 'print');
    const after = { report: 'dossier', classId: s.klass.id, studentNames: ['丙', '甲', '乙'], count: 3 };
    expect(prints[1]).toMatchObject({ userName: '帮扶办李老师', entityId: null, after });
    expect(prints[0]).toMatchObject({ userName: '王老师', after: { count: 2 } });
  });

  it('asks for students or a class, not both, and at most a class at a time', async () => {
    const s = await history();
    expect(await s.office.caller.fail('dossiers.get', {})).toMatchObject({ code: 'invalid_input', field: 'studentIds' });
    expect(await s.office.caller.fail('dossiers.get', { studentIds: [s.a], classId: s.klass.id })).toMatchObject({ code: 'invalid_input', field: 'classId' });
    const many = Array.from({ length: DOSSIER_MAX + 1 }, (_, i) => i + 1);
    const refused = await s.office.caller.fail('dossiers.get', { studentIds: many });
    expect(refused.fields?.[0]).toMatchObject({ field: 'studentIds', message: `个人档案一次最多打印 ${DOSSIER_MAX} 名学生，所选有 ${DOSSIER_MAX + 1} 名，请分批打印` });
    expect((await s.office.caller.fail('dossiers.get', { classId: 999 })).code).toBe('not_found');
  });
});
