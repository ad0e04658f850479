import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProgressFigure, ProgressRow } from '../../electron/contract/reporting';
import type { FrozenList, SubmissionSummary } from '../../electron/contract/reportingSubmissions';
import { payOut, setup } from '../support/allowances';

const TODAY = new Date('2026-11-23T02:00:00Z');
const at = (day: string) => new Date(`${day}T02:00:00Z`);
const PERIOD = { year: 2026, from: '2026-01-01', to: '2026-11-23' };
const COUNTED: ProgressFigure[] = [
  'newStudents', 'newRegistered', 'inSchool', 'graduates', 'withdrawn', 'inSchoolAtStart', 'trained', 'trainedRegistered', 'moneyFen',
];
const figuresOf = (row: ProgressRow) => COUNTED.map((f) => row.figures[f]);
const changes = (list: FrozenList) => list.rows.map((r) => [('name' in r ? r.name : 'studentName' in r ? r.studentName : r.course), r.change]);

/**
 * 广西百色: 甲一 and 甲二 (2024级) in school, 甲三 (2026级, 建档立卡) enrolled 2026-09-01, 甲一 paid
 * 1,000 yuan on 2026-05-20, a course of 40 (25 建档立卡) in April. 广东汕尾: 乙一 (2023级) in school.
 * Submitted on 2026-11-23 for 2026-01-01 to 2026-11-23; after it, 甲二 is withdrawn as of 2026-11-20,
 * 甲四 (低保) is enrolled as of 2026-11-02 and 甲三 is paid 500 yuan today.
 */
async function submitted() {
  const s = await setup();
  const office = s.office.caller;
  const ids: Record<string, number> = {};
  const baise2026 = await office.call('cohorts.create', { projectId: s.project.id, intakeYear: 2026, name: '2026级', plannedSize: 60 });
  const shanwei = await office.call('projects.create', {
    name: '广东汕尾', partnerProvince: '广东', partnerCity: '汕尾', partnerCounty: '陆丰市', partnerSchool: '陆丰市技工学校', agreementDate: '2014-06-01', model: '3+2', notes: '',
  });
  const shanwei2023 = await office.call('cohorts.create', { projectId: shanwei.id, intakeYear: 2023, name: '2023级', plannedSize: 40 });
  ids['甲一'] = await s.student({ name: '甲一' });
  ids['甲二'] = await s.student({ name: '甲二' });
  ids['甲三'] = await s.student({ name: '甲三', cohortId: baise2026.id, classId: null, enrolmentDate: '2026-09-01', expectedGraduation: null });
  ids['乙一'] = await s.student({ name: '乙一', projectId: shanwei.id, cohortId: shanwei2023.id, classId: null, enrolmentDate: '2023-09-01', expectedGraduation: null });
  const scholarship = await office.call('allowances.createPolicy', {
    name: '技能雏鹰奖学金', kind: 'cash', period: 'once', capFen: null, eligibility: 'chosen', fundingSource: '企业捐赠', noticeDays: 0, active: true, notes: '',
    amountFen: 100_000, effectiveFrom: '2020-01-01',
  });
  const pay = async (day: string, name: string, amountFen: number) => {
    s.b.setNow(at(day));
    const { id } = await s.finance.caller.call('allowances.createBatch', { policyId: scholarship.id, period: day, notes: '' });
    const { version } = await s.batch(id);
    await s.finance.caller.call('allowances.addLine', { batchId: id, version, studentId: ids[name], amountFen, reason: '评定获奖' });
    await payOut(s, id, day);
    s.b.setNow(TODAY);
  };
  await pay('2026-05-20', '甲一', 100_000);
  await office.call('trainings.create', {
    course: '电工', startDate: '2026-04-13', endDate: '2026-04-17', region: '广西百色市田阳区', projectId: s.project.id, participants: 40, registeredParticipants: 25,
    organiser: '', notes: '',
  });
  const asSent = await office.call('reports.progress', PERIOD);
  const first = await office.call('reports.submit', { ...PERIOD, recipient: '省人社厅', note: '年度报送' });

  const { version } = await office.call('students.get', { id: ids['甲二'] });
  await office.call('students.changeStatus', { id: ids['甲二'], version, event: 'withdraw', date: '2026-11-20', reason: '家庭原因' });
  ids['甲四'] = await s.student({ name: '甲四', cohortId: baise2026.id, classId: null, enrolmentDate: '2026-11-02', povertyStatus: 'dibao', expectedGraduation: null });
  await pay('2026-11-23', '甲三', 50_000);
  return { ...s, ids, shanwei, asSent, first };
}

describe('frozen submissions of the 进展情况表', () => {
  let p: Awaited<ReturnType<typeof submitted>>;
  beforeAll(async () => {
    p = await submitted();
  }, 60_000);

  it('keeps the figures as sent and reports only those that differ today', async () => {
    const detail = await p.viewer.caller.call('reports.submission', { id: p.first.id });
    expect(detail).toMatchObject({ year: 2026, from: '2026-01-01', to: '2026-11-23', recipient: '省人社厅', note: '年度报送', submittedBy: p.office.user.displayName });
    expect(detail.report).toEqual(p.asSent);
    const [shanwei, baise] = detail.report.rows;
    //                           new reg school grad left start trained reg money
    expect(figuresOf(baise)).toEqual([1, 1, 3, 0, 0, 2, 40, 25, 100_000]);
    expect(figuresOf(shanwei)).toEqual([0, 0, 1, 0, 0, 1, 0, 0, 0]);
    expect(figuresOf(detail.report.total)).toEqual([1, 1, 4, 0, 0, 3, 40, 25, 100_000]);
    // Today: 甲二 left and 甲四 came, so 在校生 is 3 as before, with other people behind it.
    expect(figuresOf(detail.today.rows[1])).toEqual([2, 1, 3, 0, 1, 2, 40, 25, 150_000]);
    expect(detail.differences).toEqual([
      { projectId: p.project.id, column: 'newStudents', frozen: 1, today: 2 },
      { projectId: p.project.id, column: 'withdrawn', frozen: 0, today: 1 },
      { projectId: p.project.id, column: 'dropoutRate', frozen: 0, today: 50 },
      { projectId: p.project.id, column: 'moneyFen', frozen: 100_000, today: 150_000 },
      { projectId: null, column: 'newStudents', frozen: 1, today: 2 },
      { projectId: null, column: 'withdrawn', frozen: 0, today: 1 },
      { projectId: null, column: 'dropoutRate', frozen: 0, today: 33.3 },
      { projectId: null, column: 'moneyFen', frozen: 100_000, today: 150_000 },
    ]);
    expect(detail.columns).toHaveLength(13);
    // The hash is over the report and the ids exactly as stored.
    const row = p.b.opened.sqlite.prepare('SELECT report, ids, sha256 FROM report_submissions WHERE id = ?').get(p.first.id) as Record<string, string>;
    expect(createHash('sha256').update(`${row.report}\n${row.ids}`).digest('hex')).toBe(row.sha256);
    expect([detail.intact, detail.sha256]).toEqual([true, row.sha256]);
  });

  it('lists the people and lines behind a figure as sent, and those added or removed since', async () => {
    const list = (figure: ProgressFigure, projectId: number | null) => p.finance.caller.call('reports.submissionList', { id: p.first.id, figure, projectId });
    const inSchool = await list('inSchool', p.project.id);
    expect([inSchool.frozen, inSchool.today, inSchool.total]).toEqual([3, 3, 4]);
    expect(changes(inSchool)).toEqual([['甲二', 'removed'], ['甲四', 'added'], ['甲一', 'kept'], ['甲三', 'kept']]);
    expect(changes(await list('withdrawn', null))).toEqual([['甲二', 'added']]);
    expect(changes(await list('newStudents', null))).toEqual([['甲四', 'added'], ['甲三', 'kept']]);
    expect(changes(await list('inSchool', p.shanwei.id))).toEqual([['乙一', 'kept']]);
    const money = await list('moneyFen', null);
    expect(money.kind === 'payments' && money.rows.map((r) => [r.studentName, r.amountFen, r.paidOn, r.change])).toEqual([
      ['甲三', 50_000, '2026-11-23', 'added'],
      ['甲一', 100_000, '2026-05-20', 'kept'],
    ]);
    expect(changes(await list('trained', null))).toEqual([['电工', 'kept']]);
  });

  it('refuses to change or delete a submission, even by raw SQL', () => {
    const { sqlite } = p.b.opened;
    expect(() => sqlite.prepare("UPDATE report_submissions SET recipient = '教育局' WHERE id = ?").run(p.first.id)).toThrow(/frozen: never changed/);
    expect(() => sqlite.prepare("UPDATE report_submissions SET report = '{}'").run()).toThrow(/frozen/);
    expect(() => sqlite.prepare('DELETE FROM report_submissions WHERE id = ?').run(p.first.id)).toThrow(/frozen: never deleted/);
    expect(sqlite.prepare('SELECT recipient FROM report_submissions WHERE id = ?').get(p.first.id)).toEqual({ recipient: '省人社厅' });
  });

  it('supersedes a submission sent wrongly by a new one, with a reason, once', async () => {
    const office = p.office.caller;
    const noReason = await office.fail('reports.submit', { ...PERIOD, recipient: '省人社厅', note: '', supersedes: p.first.id });
    expect(noReason.fields?.map((f) => f.field)).toEqual(['supersedeReason']);
    const second = await office.call('reports.submit', { ...PERIOD, recipient: '省人社厅', note: '更正', supersedes: p.first.id, supersedeReason: '漏报甲四' });
    const listed = await p.viewer.caller.call('reports.submissions', { year: 2026 });
    expect(listed.map((s: SubmissionSummary) => [s.id, s.supersedes, s.supersededBy, s.supersedeReason])).toEqual([
      [second.id, p.first.id, null, '漏报甲四'],
      [p.first.id, null, second.id, ''],
    ]);
    // The new one holds today's figures, with nothing to differ.
    const detail = await office.call('reports.submission', { id: second.id });
    expect([detail.report.total.figures.newStudents, detail.differences]).toEqual([2, []]);
    const again = await office.fail('reports.submit', { ...PERIOD, recipient: '省人社厅', note: '', supersedes: p.first.id, supersedeReason: '再次更正' });
    expect(again.fields?.map((f) => [f.field, f.message])).toEqual([['supersedes', `该报送已被第${second.id}号报送取代，请取代最新的一次`]]);
    expect(await p.viewer.caller.call('reports.submissions', { year: 2025 })).toEqual([]);
  });

  it('lets the office submit and leaders and finance read; counsellors have no part', async () => {
    const send = { ...PERIOD, recipient: '市人社局', note: '' };
    expect((await p.viewer.caller.fail('reports.submit', send)).code).toBe('forbidden');
    expect((await p.finance.caller.fail('reports.submit', send)).code).toBe('forbidden');
    for (const method of ['reports.submit', 'reports.submissions', 'reports.submission', 'reports.submissionList'])
      expect((await p.c1.caller.fail(method, { id: p.first.id, figure: 'inSchool', ...send })).code, method).toBe('forbidden');
    const byAdmin = await p.admin.call('reports.submit', send);
    expect(byAdmin.submittedBy).toBe('管理员');
  });

  it('keeps the PDF as sent: attached once by the office, checked to be a PDF, never replaced or deleted', async () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    const attach = (caller: typeof p.office.caller, base64: string, fileName = '2026年进展情况表.pdf') =>
      caller.fail('reports.attachSubmissionPdf', { id: p.first.id, fileName, base64 });
    expect((await p.viewer.caller.call('reports.submission', { id: p.first.id })).pdf).toBeNull();
    expect((await attach(p.viewer.caller, pdf.toString('base64'))).code).toBe('forbidden');
    expect((await attach(p.office.caller, Buffer.from('PK\u0003\u0004 an xlsx').toString('base64'))).fields).toEqual([
      { field: 'base64', message: '这不是PDF文件，请附上所发的PDF' },
    ]);
    const tooBig = Buffer.concat([pdf, Buffer.alloc(15 * 1024 * 1024)]).toString('base64');
    expect((await attach(p.office.caller, tooBig)).fields?.map((f) => f.message)).toEqual(['文件超过15 MB，请附上所发的PDF']);
    const attached = await p.office.caller.call('reports.attachSubmissionPdf', { id: p.first.id, fileName: '2026年进展情况表.pdf', base64: pdf.toString('base64') });
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    expect(attached).toMatchObject({ fileName: '2026年进展情况表.pdf', size: pdf.length, sha256, attachedBy: p.office.user.displayName });
    expect((await p.viewer.caller.call('reports.submission', { id: p.first.id })).pdf).toEqual(attached);
    // Leaders and finance download it byte for byte.
    for (const reader of [p.viewer, p.finance]) {
      const file = await reader.caller.call('reports.submissionPdf', { id: p.first.id });
      expect([file.fileName, Buffer.from(file.base64, 'base64').equals(pdf)]).toEqual(['2026年进展情况表.pdf', true]);
    }
    expect((await attach(p.office.caller, pdf.toString('base64'), '另一份.pdf')).fields?.map((f) => f.message)).toEqual([
      '这次报送已附上所发PDF（2026年进展情况表.pdf），附上后不能更换',
    ]);
    const { sqlite } = p.b.opened;
    expect(() => sqlite.prepare("UPDATE report_submission_files SET file_name = 'x.pdf'").run()).toThrow(/never changed/);
    expect(() => sqlite.prepare('DELETE FROM report_submission_files').run()).toThrow(/never deleted/);
    const logged = (await p.admin.call('audit.list', { entity: 'report_submission' })).rows.filter((e) => e.action === 'attach_pdf');
    expect(logged.map((e) => [e.entityId, e.after])).toEqual([[p.first.id, { fileName: '2026年进展情况表.pdf', size: pdf.length, sha256 }]]);
    expect((await p.c1.caller.fail('reports.submissionPdf', { id: p.first.id })).code).toBe('forbidden');
  });

  it('audits every submission with what was sent', async () => {
    const logged = await p.admin.call('audit.list', { entity: 'report_submission' });
    const first = logged.rows.find((e) => e.entityId === p.first.id && e.action === 'submit')!;
    expect(first).toMatchObject({ action: 'submit', userName: p.office.user.displayName, entityName: '2026年 省人社厅' });
    const { sha256 } = await p.viewer.caller.call('reports.submission', { id: p.first.id });
    expect(first.after).toEqual({ year: 2026, from: '2026-01-01', to: '2026-11-23', recipient: '省人社厅', note: '年度报送', supersedes: null, supersedeReason: '', sha256 });
    expect(logged.rows.filter((e) => e.action === 'submit').length).toBeGreaterThanOrEqual(2);
  });
});

