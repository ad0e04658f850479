import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Contract, InputOf } from '../../electron/contract';
import type { ProgressFigure, ProgressList, ProgressRow } from '../../electron/contract/reporting';
import { payOut, setup } from '../support/allowances';

type StudentInput = Partial<InputOf<Contract['students.create']>>;
const TODAY = new Date('2026-11-23T02:00:00Z');
const at = (day: string) => new Date(`${day}T02:00:00Z`);

/**
 * Two projects whose 2026 figures (1 January to today, 2026-11-23) are worked out by hand below.
 * 广西百色 (2024级): 甲一 in school, 甲二 on leave since 2026-10-08, 甲三 withdrew 2026-03-15;
 * 2026级: 甲四 (建档立卡) and 甲五 (低保) enrolled 2026-09-01, 甲六 enrols 2026-11-30, after the report date.
 * 广东汕尾 (2023级): 乙一 乙二 乙四 graduated and 乙三 completed on 2026-07-01 (contract, further
 * study, self-employed, unemployed); 乙五 graduated in 2025, 乙六 withdrew in 2025; 乙七's withdrawal
 * in 2026 was voided; 2026级: 乙八 enrolled 2026-09-01.
 */
async function programme() {
  const s = await setup();
  const office = s.office.caller;
  const ids: Record<string, number> = {};
  const baise = s.project;
  const baise2026 = await office.call('cohorts.create', { projectId: baise.id, intakeYear: 2026, name: '2026级', plannedSize: 60 });
  const shanwei = await office.call('projects.create', {
    name: '广东汕尾', partnerProvince: '广东', partnerCity: '汕尾', partnerCounty: '陆丰市', partnerSchool: '陆丰市技工学校', agreementDate: '2014-06-01', model: '3+2', notes: '',
  });
  const shanwei2022 = await office.call('cohorts.create', { projectId: shanwei.id, intakeYear: 2022, name: '2022级', plannedSize: 40 });
  const shanwei2023 = await office.call('cohorts.create', { projectId: shanwei.id, intakeYear: 2023, name: '2023级', plannedSize: 40 });
  const shanwei2026 = await office.call('cohorts.create', { projectId: shanwei.id, intakeYear: 2026, name: '2026级', plannedSize: 40 });
  const mould = await office.call('classes.create', { name: '23模具1班', majorId: s.major.id, cohortId: shanwei2023.id, headTeacherId: s.c2.user.id });
  const enrol = async (name: string, input: StudentInput) => {
    ids[name] = await s.student({ name, expectedGraduation: null, ...input });
  };
  const inBaise = { enrolmentDate: '2024-09-01' };
  const newInBaise = { cohortId: baise2026.id, classId: null, enrolmentDate: '2026-09-01' };
  const inShanwei = { projectId: shanwei.id, cohortId: shanwei2023.id, classId: mould.id, enrolmentDate: '2023-09-01', homeProvince: '广东' };
  await enrol('甲一', inBaise);
  await enrol('甲二', inBaise);
  await enrol('甲三', inBaise);
  await enrol('甲四', newInBaise);
  await enrol('甲五', { ...newInBaise, povertyStatus: 'dibao' });
  await enrol('甲六', { ...newInBaise, enrolmentDate: '2026-11-30' });
  for (const name of ['乙一', '乙二', '乙三', '乙四', '乙六', '乙七']) await enrol(name, inShanwei);
  await enrol('乙五', { ...inShanwei, cohortId: shanwei2022.id, classId: null, enrolmentDate: '2022-09-01' });
  await enrol('乙八', { ...inShanwei, cohortId: shanwei2026.id, classId: null, enrolmentDate: '2026-09-01' });

  // Money, each batch made and paid on its day (the clock goes back; the sessions stay valid).
  const scholarship = await office.call('allowances.createPolicy', {
    name: '技能雏鹰奖学金', kind: 'cash', period: 'once', capFen: null, eligibility: 'chosen', fundingSource: '企业捐赠', noticeDays: 0, active: true, notes: '',
    amountFen: 100_000, effectiveFrom: '2020-01-01',
  });
  const hardship = s.policy('临时困难补助');
  const batch = async (policyId: number, day: string, lines: [string, number][], paid = true) => {
    s.b.setNow(at(day));
    const { id } = await s.finance.caller.call('allowances.createBatch', { policyId, period: day, notes: '' });
    for (const [name, amountFen] of lines) {
      const { version } = await s.batch(id);
      await s.finance.caller.call('allowances.addLine', { batchId: id, version, studentId: ids[name], amountFen, reason: '评定获奖' });
    }
    if (paid) await payOut(s, id, day);
    return id;
  };
  await batch(scholarship.id, '2025-12-20', [['乙二', 30_000]]);
  await batch(hardship.id, '2026-03-10', [['甲二', 80_000]]);
  await batch(scholarship.id, '2026-05-20', [['甲一', 100_000], ['乙一', 50_000]]);
  // 乙二's December line was 100 too much: taken back in a batch paid in June, with 乙四's.
  const june = await batch(scholarship.id, '2026-06-30', [['乙四', 20_000]], false);
  const december = (await s.finance.caller.call('allowances.ledger', { studentId: ids['乙二'] })).lines[0];
  const { version } = await s.batch(june);
  await s.finance.caller.call('allowances.addReversal', { batchId: june, version, lineId: december.lineId, amountFen: 10_000, reason: '多发' });
  await payOut(s, june, '2026-06-30');
  // A waiver pays nothing out; a batch not yet paid has paid nothing.
  s.b.setNow(at('2026-09-15'));
  await payOut(s, (await s.finance.caller.call('allowances.createBatch', { policyId: s.policy('免学费').id, period: '2026', notes: '' })).id, '2026-09-15');
  await batch(scholarship.id, '2026-11-20', [['甲一', 99_900]], false);
  s.b.setNow(TODAY);

  const change = async (name: string, event: 'graduate' | 'complete' | 'withdraw' | 'suspend', date: string) => {
    const { version } = await office.call('students.get', { id: ids[name] });
    await office.call('students.changeStatus', { id: ids[name], version, event, date, reason: '学籍变动' });
  };
  await change('甲二', 'suspend', '2026-10-08');
  await change('甲三', 'withdraw', '2026-03-15');
  for (const name of ['乙一', '乙二', '乙四']) await change(name, 'graduate', '2026-07-01');
  await change('乙三', 'complete', '2026-07-01');
  await change('乙五', 'graduate', '2025-07-01');
  await change('乙六', 'withdraw', '2025-12-01');
  await change('乙七', 'withdraw', '2026-05-01');
  const wrong = (await office.call('students.history', { id: ids['乙七'] })).find((e) => e.event === 'withdraw')!;
  const { version: v7 } = await office.call('students.get', { id: ids['乙七'] });
  await office.call('students.voidStatus', { id: ids['乙七'], version: v7, eventId: wrong.id, voidReason: '误登' });

  const company = await office.call('companies.create', {
    name: '深圳市汇川技术股份有限公司', creditCode: '', industry: '', province: '广东', city: '深圳', contactName: '', contactPhone: '', notes: '',
  });
  const place = (name: string, outcome: 'contract' | 'further_study' | 'self_employed' | 'unemployed') =>
    office.call('placements.save', {
      studentId: ids[name], outcome, companyId: outcome === 'contract' ? company.id : null,
      industry: '', position: '', province: '广东', city: '深圳', destination: null,
      relatedToMajor: false, startDate: null, monthlySalaryFen: null, contractKind: null, socialInsurance: false, channel: null, notes: '', version: null,
    });
  await place('乙一', 'contract');
  await place('乙二', 'further_study');
  await place('乙三', 'unemployed');
  await place('乙四', 'self_employed');
  await place('乙五', 'contract');

  // Short courses: one of 百色 in April, one of no project in June, one of 汕尾 in 2025.
  const course = s.b.opened.sqlite.prepare(
    `INSERT INTO trainings (course, start_date, end_date, region, project_id, participants, registered_participants, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, '2026-11-23T00:00:00Z', '2026-11-23T00:00:00Z')`,
  );
  course.run('电工', '2026-04-13', '2026-04-17', '广西百色市田阳区', baise.id, 40, 25);
  course.run('电商直播', '2026-06-01', '2026-06-03', '广西百色市田东县', null, 30, 10);
  course.run('中式烹调', '2025-11-01', '2025-11-05', '汕尾市陆丰市', shanwei.id, 20, 5);
  return { ...s, ids, baise, shanwei, hardship, scholarship };
}

const COUNTED: ProgressFigure[] = [
  'newStudents', 'newRegistered', 'inSchool', 'graduates', 'employed', 'furtherStudy', 'placedOrStudying', 'withdrawn', 'inSchoolAtStart',
  'trained', 'trainedRegistered', 'moneyFen',
];
const figuresOf = (row: ProgressRow) => COUNTED.map((f) => row.figures[f]);
const sorted = (names: string[]) => [...names].sort();
const namesIn = (list: ProgressList) => sorted(list.kind === 'students' ? list.rows.map((r) => r.name) : []);

describe('the yearly progress report (进展情况表)', () => {
  let p: Awaited<ReturnType<typeof programme>>;
  beforeAll(async () => {
    p = await programme();
  }, 60_000);

  it('counts every figure by project and in total, as worked out by hand', async () => {
    const report = await p.viewer.caller.call('reports.progress', { year: 2026 });
    expect([report.from, report.to, report.firstYear]).toEqual(['2026-01-01', '2026-11-23', 2022]);
    expect(report.rows.map((r) => r.label)).toEqual(['广东汕尾', '广西百色']);
    const [shanwei, baise] = report.rows;
    //                         new reg school grad emp study emp+study left start trained reg money
    expect(figuresOf(baise)).toEqual([2, 1, 4, 0, 0, 0, 0, 1, 3, 40, 25, 180_000]);
    expect(figuresOf(shanwei)).toEqual([1, 1, 2, 4, 2, 1, 3, 0, 5, 0, 0, 60_000]);
    // The course of no project counts in the total only.
    expect(figuresOf(report.total)).toEqual([3, 2, 6, 4, 2, 1, 3, 1, 8, 70, 35, 240_000]);
    expect(report.byPolicy.map((r) => [r.policyName, r.fundingSource, r.amountFen, r.lines])).toEqual([
      ['临时困难补助', '学校', 80_000, 1],
      ['技能雏鹰奖学金', '企业捐赠', 160_000, 4],
    ]);
    expect(report.byFunding.map((r) => [r.fundingSource, r.amountFen, r.lines])).toEqual([
      ['企业捐赠', 160_000, 4],
      ['学校', 80_000, 1],
    ]);
  });

  it('lists exactly the students, courses and payment lines behind a figure', async () => {
    const list = (figure: ProgressFigure, projectId: number | null, more: { policyId?: number; fundingSource?: string } = {}) =>
      p.office.caller.call('reports.progressList', { year: 2026, figure, projectId, ...more });
    expect(namesIn(await list('graduates', p.shanwei.id))).toEqual(sorted(['乙一', '乙二', '乙三', '乙四']));
    expect(namesIn(await list('employed', null))).toEqual(sorted(['乙一', '乙四']));
    expect(namesIn(await list('placedOrStudying', null))).toEqual(sorted(['乙一', '乙二', '乙四']));
    expect(namesIn(await list('newRegistered', null))).toEqual(sorted(['甲四', '乙八']));
    expect(namesIn(await list('inSchoolAtStart', null))).toEqual(sorted(['甲一', '甲二', '甲三', '乙一', '乙二', '乙三', '乙四', '乙七']));
    const inSchool = await list('inSchool', p.baise.id);
    expect(namesIn(inSchool)).toEqual(sorted(['甲一', '甲二', '甲四', '甲五']));
    expect(inSchool.kind === 'students' && inSchool.rows.find((r) => r.name === '甲二')).toMatchObject({ status: 'suspended', date: '2026-10-08' });
    const withdrawn = await list('withdrawn', null);
    expect(withdrawn.kind === 'students' && withdrawn.rows.map((r) => [r.name, r.className, r.projectName, r.cohortName, r.date])).toEqual([
      ['甲三', '24汽修1班', '广西百色', '2024级', '2026-03-15'],
    ]);

    const money = await list('moneyFen', p.shanwei.id);
    expect(money.kind === 'payments' && money.rows.map((r) => [r.studentName, r.paidOn, r.policyName, r.amountFen, r.reversal])).toEqual([
      ['乙一', '2026-05-20', '技能雏鹰奖学金', 50_000, false],
      ['乙四', '2026-06-30', '技能雏鹰奖学金', 20_000, false],
      ['乙二', '2026-06-30', '技能雏鹰奖学金', -10_000, true],
    ]);
    expect(money).toMatchObject({ total: 3, amountFen: 60_000 });
    expect(await list('moneyFen', null, { policyId: p.hardship.id })).toMatchObject({ total: 1, amountFen: 80_000, rows: [{ studentName: '甲二' }] });
    expect(await list('moneyFen', null, { fundingSource: '企业捐赠' })).toMatchObject({ total: 4, amountFen: 160_000 });

    const trained = await list('trained', null);
    expect(trained.kind === 'trainings' && trained.rows.map((r) => [r.course, r.projectName, r.participants])).toEqual([
      ['电工', '广西百色', 40],
      ['电商直播', null, 30],
    ]);
    expect(trained).toMatchObject({ participants: 70, registeredParticipants: 35 });
    expect(await list('trainedRegistered', p.shanwei.id)).toMatchObject({ total: 0 });
  });

  it('covers a chosen period, a past year to its end, and refuses a period that ends before it starts', async () => {
    // July: the four graduations; in school the day before it, all but 甲三 and the later intakes.
    const july = await p.office.caller.call('reports.progress', { year: 2026, from: '2026-07-01', to: '2026-07-31' });
    expect([july.total.figures.graduates, july.total.figures.withdrawn, july.total.figures.inSchoolAtStart, july.total.figures.moneyFen]).toEqual([4, 0, 7, 0]);
    const year2025 = await p.office.caller.call('reports.progress', { year: 2025 });
    const { graduates, withdrawn, trained, moneyFen } = year2025.total.figures;
    expect([year2025.to, graduates, withdrawn, trained, moneyFen]).toEqual(['2025-12-31', 1, 1, 20, 30_000]);
    const refused = await p.office.caller.fail('reports.progress', { year: 2026, from: '2026-08-01', to: '2026-07-31' });
    expect(refused.fields?.map((f) => [f.field, f.message])).toEqual([['from', '统计期间的起始日2026-08-01晚于截止日2026-07-31']]);
  });

  it('exports the list behind a figure, audited, and is not for counsellors', async () => {
    const file = await p.finance.caller.call('reports.progressListExport', { year: 2026, figure: 'graduates', projectId: p.shanwei.id });
    const book = XLSX.read(Buffer.from(file.base64, 'base64'));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]], { header: 1, defval: null });
    expect(String(rows[0][0])).toMatch(/^进展情况表明细 · 毕业生 — 筛选：统计期间：2026-01-01 至 2026-11-23 · 广东汕尾；共 4 条；导出：财务蔡老师 /);
    expect(rows[1]).toEqual(['姓名', '学号', '帮扶项目', '批次', '班级', '当前学籍状态', '毕业/结业日期', '就业去向']);
    expect(sorted(rows.slice(2).map((r) => String(r[0])))).toEqual(sorted(['乙一', '乙二', '乙三', '乙四']));
    expect(file.rows).toBe(4);
    const logged = p.b.opened.sqlite.prepare("SELECT action, after FROM audit_log WHERE entity = 'report'").all() as { action: string; after: string }[];
    expect(logged.map((e) => [e.action, JSON.parse(e.after)])).toEqual([
      ['export', expect.objectContaining({ figure: '毕业生', project: '广东汕尾', from: '2026-01-01', to: '2026-11-23', rows: 4 })],
    ]);
    for (const method of ['reports.progress', 'reports.progressList', 'reports.progressListExport'])
      expect((await p.c1.caller.fail(method, { year: 2026, figure: 'graduates' })).code, method).toBe('forbidden');
  });
});
