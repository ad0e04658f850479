import { describe, expect, it } from 'vitest';
import type { InternshipInput } from '../../electron/contract/internships';
import type { VisitInput } from '../../electron/contract/internshipVisits';
import { changesOf, fieldLabel, formatValue } from '../../renderer/settings/audit/auditLabels';
import i18next from '../../renderer/i18n';
import { seedRegister, testBackend } from '../support/backend';

/** Today is 2026-11-23; the students of seedRegister enrolled on 2024-09-01 and are 王老师's (c1). */
async function setup() {
  const b = testBackend();
  const seed = await seedRegister(b);
  const company = await seed.office.caller.call('companies.create', {
    name: '比亚迪（深圳）有限公司', creditCode: '', industry: '汽车制造', province: '广东', city: '深圳', contactName: '', contactPhone: '', notes: '',
  });
  const internship = async (studentId: number, overrides: Partial<InternshipInput> = {}) =>
    seed.office.caller.call('internships.create', {
      studentId, kind: 'post', companyId: company.id, position: '装配工', city: '深圳', startDate: '2026-03-01', endDate: '2026-06-30', monthlyPayFen: 350_000,
      companySupervisor: '', schoolSupervisor: '', agreement: true, guardianConsent: true, safetyPledge: true, insurance: true, evaluation: '', notes: '', ...overrides,
    });
  const student = (await seed.office.caller.call('students.create', seed.studentInput({ name: '黄小明' }))).id;
  const visit = (internshipId: number, overrides: Partial<VisitInput> = {}): VisitInput => ({
    internshipId, visitedOn: '2026-04-15', visitor: '王老师', method: 'onsite', rating: 'good', findings: '岗位安排合理，住宿条件良好', ...overrides,
  });
  return { b, ...seed, student, internship, visit };
}

describe('internship visits', () => {
  it('records a supervisor’s visits to an internship, newest first, with who entered them', async () => {
    const s = await setup();
    const { id } = await s.internship(s.student);
    await s.c1.caller.call('internships.addVisit', s.visit(id));
    const phone = await s.c1.caller.call('internships.addVisit', s.visit(id, { visitedOn: '2026-06-10', method: 'phone', rating: null, findings: '' }));
    expect(phone).toMatchObject({ internshipId: id, visitedOn: '2026-06-10', method: 'phone', rating: null, recordedByName: '王老师' });
    const visits = await s.viewer.caller.call('internships.visits', { studentId: s.student });
    expect(visits.map((v) => [v.visitedOn, v.method, v.rating, v.visitor])).toEqual([
      ['2026-06-10', 'phone', null, '王老师'],
      ['2026-04-15', 'onsite', 'good', '王老师'],
    ]);
    // The overall evaluation at the end stays the internship's own.
    expect((await s.office.caller.call('internships.ofStudent', { studentId: s.student }))[0].evaluation).toBe('');
  });

  it('refuses a visit before the internship began, after it ended or after today, at the date, writing nothing', async () => {
    const s = await setup();
    const ended = await s.internship(s.student);
    const going = await s.internship(s.student, { startDate: '2026-09-01', endDate: null });
    const fail = async (internshipId: number, visitedOn: string) => (await s.office.caller.fail('internships.addVisit', s.visit(internshipId, { visitedOn }))).fields?.[0];
    expect(await fail(ended.id, '2026-02-28')).toEqual({ field: 'visitedOn', message: '走访日期不能早于实习开始日期2026-03-01', params: { date: '2026-03-01' } });
    expect(await fail(ended.id, '2026-07-01')).toMatchObject({ field: 'visitedOn', message: '走访日期不能晚于实习结束日期2026-06-30' });
    expect(await fail(going.id, '2026-11-24')).toMatchObject({ field: 'visitedOn', message: '日期不能晚于今天（2026-11-23）' });
    expect((await s.office.caller.fail('internships.addVisit', s.visit(ended.id, { visitor: ' ' }))).fields?.[0]).toMatchObject({ field: 'visitor', message: '必填' });
    // The last day of the internship and today are both fine.
    await s.office.caller.call('internships.addVisit', s.visit(ended.id, { visitedOn: '2026-06-30' }));
    await s.office.caller.call('internships.addVisit', s.visit(going.id, { visitedOn: '2026-11-23' }));
    expect((await s.office.caller.call('internships.visits', { studentId: s.student })).map((v) => v.visitedOn)).toEqual(['2026-11-23', '2026-06-30']);
  });

  it('lets a counsellor reach only their own students’ internships, and leaders only read', async () => {
    const s = await setup();
    const { id } = await s.internship(s.student);
    const mine = await s.c1.caller.call('internships.addVisit', s.visit(id));
    expect((await s.c2.caller.fail('internships.addVisit', s.visit(id))).code).toBe('not_found');
    expect((await s.c2.caller.fail('internships.visits', { studentId: s.student })).code).toBe('not_found');
    expect((await s.c2.caller.fail('internships.removeVisit', { id: mine.id, version: mine.version, reason: '误录' })).code).toBe('not_found');
    expect((await s.viewer.caller.fail('internships.addVisit', s.visit(id))).code).toBe('forbidden');
    expect((await s.finance.caller.fail('internships.visits', { studentId: s.student })).code).toBe('forbidden');
    expect(await s.c1.caller.call('internships.visits', { studentId: s.student })).toHaveLength(1);
  });

  it('removes a visit entered by mistake with a reason, which the audit log keeps with whose visit it was', async () => {
    const s = await setup();
    const { id } = await s.internship(s.student);
    const visit = await s.c1.caller.call('internships.addVisit', s.visit(id));
    expect((await s.c1.caller.fail('internships.removeVisit', { id: visit.id, version: visit.version, reason: '' })).fields?.[0]).toMatchObject({ field: 'reason' });
    expect((await s.c1.caller.fail('internships.removeVisit', { id: visit.id, version: visit.version + 1, reason: '录错日期' })).code).toBe('conflict');
    await s.c1.caller.call('internships.removeVisit', { id: visit.id, version: visit.version, reason: '录错日期' });
    expect(await s.c1.caller.call('internships.visits', { studentId: s.student })).toEqual([]);
    const log = await s.admin.call('audit.list', { entity: 'internship_visit', entityId: visit.id });
    expect(log.rows.map((r) => r.action)).toEqual(['delete', 'create']);
    expect(log.rows[0].before).toMatchObject({ studentName: '黄小明', companyName: '比亚迪（深圳）有限公司', visitedOn: '2026-04-15', method: 'onsite', rating: 'good' });
    expect(log.rows[0].after).toEqual({ reason: '录错日期' });
    // An internship with visits cannot go before them, each removed with its own reason.
    const other = await s.c1.caller.call('internships.addVisit', s.visit(id, { visitedOn: '2026-05-20' }));
    const { version } = (await s.office.caller.call('internships.ofStudent', { studentId: s.student }))[0];
    expect(await s.office.caller.fail('internships.remove', { id, version, reason: '录错' })).toMatchObject({ code: 'in_use', message: '该记录仍被1条走访记录使用，不能删除' });
    expect(await s.office.caller.call('internships.visits', { studentId: s.student })).toMatchObject([{ id: other.id }]);
  });
});

describe('internship visits in the audit log', () => {
  it('label a visit’s fields and show its codes in words', async () => {
    await i18next.changeLanguage('zh-CN');
    const changes = changesOf(null, { visitedOn: '2026-04-15', visitor: '王老师', method: 'onsite', rating: 'good', findings: '' });
    expect(changes.map((c) => fieldLabel('internship_visit', c.key))).toEqual(['走访日期', '走访教师', '走访方式', '实习表现', '走访情况']);
    const format = (key: string, v: unknown) =>
      formatValue({ entity: 'internship_visit', t: i18next.getFixedT(null, 'settings'), tc: i18next.getFixedT(null, 'common'), names: {} }, key, v);
    expect([format('method', 'onsite'), format('rating', 'good')]).toEqual(['实地走访', '良好']);
    expect(i18next.getFixedT(null, 'settings')('audit.entity.internship_visit')).toBe('实习走访');
  });
});
