import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Contract, InputOf } from '../../electron/contract';
import type { SummaryFigures, SummaryList, SummaryListInput } from '../../electron/contract/reportingSummary';
import { payOut, setup } from '../support/allowances';

type StudentInput = Partial<InputOf<Contract['students.create']>>;
const TODAY = new Date('2026-11-23T02:00:00Z');
const at = (day: string) => new Date(`${day}T02:00:00Z`);

/**
 * Two projects whose figures are worked out by hand below (salaries and money in fen).
 * 广西百色 (home 广西), 2021级: 甲一 graduated 2024-07-01 to a contract in 深圳 (6,000), 甲二 to one in
 * 百色 (4,500: home), 甲三 to further study, 甲四 withdrew 2022-05-01; 2024级: 甲五 and 甲七 in school,
 * 甲六 withdrew 2025-03-01.
 * 广东汕尾 (home 广东), 2022级: 2025-07-01 乙一 graduated to 深圳 (5,000), 乙二 to flexible work in
 * 广州 (3,800: home), 乙三 to 杭州 (7,000: elsewhere), 乙四 completed (结业) unemployed, 乙五 with no
 * placement recorded; 2023级: 乙六 in school.
 * Paid: 甲一 1,000 and 甲二 500 (2024-05), 甲六 300 and 乙一 500 (2024-12), 甲五 800 (2026-03), 乙六
 * 200 with 100 of 乙一's taken back (2026-06); a waiver and an unpaid batch pay nothing.
 */
async function programme() {
  const s = await setup();
  const office = s.office.caller;
  const ids: Record<string, number> = {};
  const baise = s.project;
  const baise2021 = await office.call('cohorts.create', { projectId: baise.id, intakeYear: 2021, name: '2021级', plannedSize: 40 });
  const shanwei = await office.call('projects.create', {
    name: '广东汕尾', partnerProvince: '广东', partnerCity: '汕尾', partnerCounty: '陆丰市', partnerSchool: '陆丰市技工学校', agreementDate: '2014-06-01', model: '3+2', notes: '',
  });
  const shanwei2022 = await office.call('cohorts.create', { projectId: shanwei.id, intakeYear: 2022, name: '2022级', plannedSize: 40 });
  const shanwei2023 = await office.call('cohorts.create', { projectId: shanwei.id, intakeYear: 2023, name: '2023级', plannedSize: 40 });
  const enrol = async (name: string, input: StudentInput) => {
    ids[name] = await s.student({ name, expectedGraduation: null, ...input });
  };
  const inBaise2021 = { cohortId: baise2021.id, classId: null, enrolmentDate: '2021-09-01' };
  const inShanwei = { projectId: shanwei.id, cohortId: shanwei2022.id, classId: null, enrolmentDate: '2022-09-01', homeProvince: '广东' };
  for (const name of ['甲一', '甲二', '甲三', '甲四']) await enrol(name, inBaise2021);
  for (const name of ['甲五', '甲六', '甲七']) await enrol(name, {});
  for (const name of ['乙一', '乙二', '乙三', '乙四', '乙五']) await enrol(name, inShanwei);
  await enrol('乙六', { ...inShanwei, cohortId: shanwei2023.id, enrolmentDate: '2023-09-01' });

  // Money, each batch made and paid on its day (the clock goes back; the sessions stay valid).
  const scholarship = await office.call('allowances.createPolicy', {
    name: '技能雏鹰奖学金', kind: 'cash', period: 'once', capFen: null, eligibility: 'chosen', fundingSource: '企业捐赠', noticeDays: 0, active: true, notes: '',
    amountFen: 100_000, effectiveFrom: '2020-01-01',
  });
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
  await batch(scholarship.id, '2024-05-20', [['甲一', 100_000], ['甲二', 50_000]]);
  await batch(scholarship.id, '2024-12-20', [['甲六', 30_000], ['乙一', 50_000]]);
  await batch(s.policy('临时困难补助').id, '2026-03-10', [['甲五', 80_000]]);
  const june = await batch(scholarship.id, '2026-06-30', [['乙六', 20_000]], false);
  const december = (await s.finance.caller.call('allowances.ledger', { studentId: ids['乙一'] })).lines[0];
  const { version } = await s.batch(june);
  await s.finance.caller.call('allowances.addReversal', { batchId: june, version, lineId: december.lineId, amountFen: 10_000, reason: '多发' });
  await payOut(s, june, '2026-06-30');
  s.b.setNow(at('2026-09-15'));
  await payOut(s, (await s.finance.caller.call('allowances.createBatch', { policyId: s.policy('免学费').id, period: '2026', notes: '' })).id, '2026-09-15');
  await batch(scholarship.id, '2026-11-20', [['甲七', 99_900]], false);
  s.b.setNow(TODAY);

  const change = async (name: string, event: 'graduate' | 'complete' | 'withdraw', date: string) => {
    const { version } = await office.call('students.get', { id: ids[name] });
    await office.call('students.changeStatus', { id: ids[name], version, event, date, reason: '学籍变动' });
  };
  for (const name of ['甲一', '甲二', '甲三']) await change(name, 'graduate', '2024-07-01');
  await change('甲四', 'withdraw', '2022-05-01');
  await change('甲六', 'withdraw', '2025-03-01');
  for (const name of ['乙一', '乙二', '乙三', '乙五']) await change(name, 'graduate', '2025-07-01');
  await change('乙四', 'complete', '2025-07-01');

  const company = await office.call('companies.create', {
    name: '深圳市汇川技术股份有限公司', creditCode: '', industry: '', province: '广东', city: '深圳', contactName: '', contactPhone: '', notes: '',
  });
  const place = (name: string, outcome: 'contract' | 'flexible' | 'further_study' | 'unemployed', where: [string, string], monthlySalaryFen: number | null) =>
    office.call('placements.save', {
      studentId: ids[name], outcome, companyId: outcome === 'contract' || outcome === 'flexible' ? company.id : null,
      industry: '', position: '', province: where[0], city: where[1], destination: null,
      relatedToMajor: false, startDate: null, monthlySalaryFen, contractKind: null, socialInsurance: false, channel: null, notes: '', version: null,
    });
  await place('甲一', 'contract', ['广东', '深圳'], 600_000);
  await place('甲二', 'contract', ['广西', '百色'], 450_000);
  await place('甲三', 'further_study', ['广西', '南宁'], null);
  await place('乙一', 'contract', ['广东', '深圳'], 500_000);
  await place('乙二', 'flexible', ['广东', '广州'], 380_000);
  await place('乙三', 'contract', ['浙江', '杭州'], 700_000);
  await place('乙四', 'unemployed', ['', ''], null);
  return { ...s, ids, baise, baise2021, shanwei, shanwei2022, shanwei2023 };
}

/** A row's figures in the table's order: the counts, then the salaries and the money (fen). */
const line = (f: SummaryFigures) => [
  ...(['intake', 'graduates', 'withdrawn', 'employed', 'direct', 'shenzhen', 'home', 'otherPlace', 'salaried'] as const).map((k) => f.counts[k]),
  f.salaryMeanFen,
  f.salaryMedianFen,
  f.paidFen,
  f.paidPerStudentFen,
];
const sorted = (names: string[]) => [...names].sort();
const namesIn = (list: SummaryList) => sorted(list.kind === 'students' ? list.rows.map((r) => r.name) : []);

describe('the programme summary (项目成效)', () => {
  let p: Awaited<ReturnType<typeof programme>>;
  beforeAll(async () => {
    p = await programme();
  }, 60_000);

  it('counts every figure by project and in total, as worked out by hand', async () => {
    const summary = await p.viewer.caller.call('reports.summary', { groupBy: 'project' });
    expect(summary.rows.map((r) => [r.key, r.label])).toEqual([
      [p.shanwei.id, '广东汕尾'],
      [p.baise.id, '广西百色'],
    ]);
    const [shanwei, baise] = summary.rows;
    //                    intake grad left emp direct 深 乡 他 salaried  mean     median   paid     per student
    expect(line(baise)).toEqual([7, 3, 2, 3, 2, 1, 1, 0, 2, 525_000, 525_000, 260_000, 37_143]);
    // 3,800 5,000 7,000: the median is the middle one, the mean 15,800 / 3 to the fen.
    expect(line(shanwei)).toEqual([6, 5, 0, 3, 3, 1, 1, 1, 3, 526_667, 500_000, 60_000, 10_000]);
    // 3,800 4,500 5,000 6,000 7,000; 320,000 / 13 = 24,615.38.
    expect(line(summary.total)).toEqual([13, 8, 2, 6, 5, 2, 2, 1, 5, 526_000, 500_000, 320_000, 24_615]);
  });

  it('counts by cohort, of all projects or of one', async () => {
    const summary = await p.office.caller.call('reports.summary', { groupBy: 'cohort' });
    expect(summary.rows.map((r) => r.label)).toEqual(['广东汕尾 2022级', '广东汕尾 2023级', '广西百色 2021级', '广西百色 2024级']);
    expect(summary.rows.map(line)).toEqual([
      [5, 5, 0, 3, 3, 1, 1, 1, 3, 526_667, 500_000, 40_000, 8_000],
      [1, 0, 0, 0, 0, 0, 0, 0, 0, null, null, 20_000, 20_000],
      [4, 3, 1, 3, 2, 1, 1, 0, 2, 525_000, 525_000, 150_000, 37_500],
      [3, 0, 1, 0, 0, 0, 0, 0, 0, null, null, 110_000, 36_667],
    ]);
    expect(line(summary.total)).toEqual([13, 8, 2, 6, 5, 2, 2, 1, 5, 526_000, 500_000, 320_000, 24_615]);
    const baise = await p.office.caller.call('reports.summary', { groupBy: 'cohort', projectId: p.baise.id });
    expect(baise.rows.map((r) => r.key)).toEqual([p.baise2021.id, p.cohort.id]);
    expect(line(baise.total)).toEqual([7, 3, 2, 3, 2, 1, 1, 0, 2, 525_000, 525_000, 260_000, 37_143]);
  });

  it('gives each indicator year by year: the graduates’ by 届, the intake’s by intake year', async () => {
    const trend = await p.finance.caller.call('reports.summaryTrend', {});
    const points = (name: keyof typeof trend) => trend[name].map((t) => [t.year, t.value, t.n, t.d]);
    expect(points('intake')).toEqual([[2021, 4, 4, 4], [2022, 5, 5, 5], [2023, 1, 1, 1], [2024, 3, 3, 3]]);
    expect(points('dropoutRate')).toEqual([[2021, 25, 1, 4], [2022, 0, 0, 5], [2023, 0, 0, 1], [2024, 33.3, 1, 3]]);
    expect(points('paidPerStudent')).toEqual([[2021, 37_500, 150_000, 4], [2022, 8_000, 40_000, 5], [2023, 20_000, 20_000, 1], [2024, 36_667, 110_000, 3]]);
    expect(points('employmentRate')).toEqual([[2024, 100, 3, 3], [2025, 60, 3, 5]]);
    expect(points('shenzhenShare')).toEqual([[2024, 50, 1, 2], [2025, 33.3, 1, 3]]);
    expect(points('salaryMedian')).toEqual([[2024, 525_000, 2, 2], [2025, 500_000, 3, 3]]);
    const shanwei = await p.office.caller.call('reports.summaryTrend', { projectId: p.shanwei.id });
    expect(shanwei.intake.map((t) => t.year)).toEqual([2022, 2023]);
    expect(shanwei.employmentRate.map((t) => [t.year, t.value])).toEqual([[2025, 60]]);
  });

  it('lists exactly the students and payment lines behind a number', async () => {
    const list = (input: Partial<SummaryListInput> & Pick<SummaryListInput, 'figure'>) => p.office.caller.call('reports.summaryList', { groupBy: 'project', ...input });
    expect(namesIn(await list({ figure: 'withdrawn', key: p.baise.id }))).toEqual(sorted(['甲四', '甲六']));
    expect(namesIn(await list({ figure: 'intake', groupBy: 'cohort', key: p.cohort.id }))).toEqual(sorted(['甲五', '甲六', '甲七']));
    expect(namesIn(await list({ figure: 'intake', projectId: p.shanwei.id }))).toEqual(sorted(['乙一', '乙二', '乙三', '乙四', '乙五', '乙六']));
    expect(namesIn(await list({ figure: 'graduates', groupBy: 'cohort', key: p.shanwei2022.id }))).toEqual(sorted(['乙一', '乙二', '乙三', '乙四', '乙五']));
    expect(namesIn(await list({ figure: 'employed' }))).toEqual(sorted(['甲一', '甲二', '甲三', '乙一', '乙二', '乙三']));
    expect(namesIn(await list({ figure: 'direct', key: p.baise.id }))).toEqual(sorted(['甲一', '甲二']));
    expect(namesIn(await list({ figure: 'home' }))).toEqual(sorted(['甲二', '乙二']));
    const shenzhen = await list({ figure: 'shenzhen' });
    expect(shenzhen.kind === 'students' && sorted(shenzhen.rows.map((r) => `${r.name} ${r.destination} ${r.monthlySalaryFen}`))).toEqual(
      sorted(['甲一 shenzhen 600000', '乙一 shenzhen 500000']),
    );
    const other = await list({ figure: 'otherPlace' });
    expect(other.kind === 'students' && other.rows.map((r) => [r.name, r.projectName, r.cohortName, r.status, r.statusDate, r.outcome, r.destination])).toEqual([
      ['乙三', '广东汕尾', '2022级', 'graduated', '2025-07-01', 'contract', 'other'],
    ]);
    expect(namesIn(await list({ figure: 'salaried' }))).toEqual(sorted(['甲一', '甲二', '乙一', '乙二', '乙三']));

    const money = await list({ figure: 'paid', key: p.shanwei.id });
    expect(money.kind === 'payments' && money.rows.map((r) => [r.studentName, r.paidOn, r.amountFen, r.reversal])).toEqual([
      ['乙一', '2024-12-20', 50_000, false],
      ['乙六', '2026-06-30', 20_000, false],
      ['乙一', '2026-06-30', -10_000, true],
    ]);
    expect(money).toMatchObject({ total: 3, amountFen: 60_000 });
    expect(await list({ figure: 'paid', groupBy: 'cohort', key: p.cohort.id })).toMatchObject({ total: 2, amountFen: 110_000 });
    // Every paid line of the total adds up to the total's money: the two ways of counting agree.
    expect(await list({ figure: 'paid' })).toMatchObject({ total: 7, amountFen: 320_000 });
  });

  it('lists the students and payment lines behind a point of a chart, by 届 or by intake year', async () => {
    const list = (input: Partial<SummaryListInput> & Pick<SummaryListInput, 'figure' | 'groupBy'>) => p.viewer.caller.call('reports.summaryList', input);
    expect(namesIn(await list({ groupBy: 'graduationYear', key: 2025, figure: 'employed' }))).toEqual(sorted(['乙一', '乙二', '乙三']));
    expect(namesIn(await list({ groupBy: 'graduationYear', key: 2025, figure: 'graduates' }))).toEqual(sorted(['乙一', '乙二', '乙三', '乙四', '乙五']));
    expect(namesIn(await list({ groupBy: 'graduationYear', key: 2024, figure: 'shenzhen' }))).toEqual(['甲一']);
    expect(namesIn(await list({ groupBy: 'intakeYear', key: 2024, figure: 'intake' }))).toEqual(sorted(['甲五', '甲六', '甲七']));
    expect(namesIn(await list({ groupBy: 'intakeYear', key: 2021, figure: 'withdrawn' }))).toEqual(['甲四']);
    // The chart's 人均资助 for 2021级 is 150,000 fen over 4: the lines behind it add up to its numerator.
    expect(await list({ groupBy: 'intakeYear', key: 2021, figure: 'paid' })).toMatchObject({ kind: 'payments', total: 2, amountFen: 150_000 });
    expect(namesIn(await list({ groupBy: 'graduationYear', key: 2025, figure: 'employed', projectId: p.baise.id }))).toEqual([]);
    // A 届 has graduates only, an intake year the register's figures only.
    for (const wrong of [{ groupBy: 'graduationYear', figure: 'intake' }, { groupBy: 'graduationYear', figure: 'paid' }, { groupBy: 'intakeYear', figure: 'employed' }])
      expect(await p.office.caller.fail('reports.summaryList', { ...wrong, key: 2024 }), JSON.stringify(wrong)).toMatchObject({ code: 'invalid_input', field: 'figure' });
  });

  it('exports the whole table as shown, the counts behind its rates, the trends and the 口径说明, audited', async () => {
    const file = await p.viewer.caller.call('reports.summaryExport', { groupBy: 'project' });
    const book = XLSX.read(Buffer.from(file.base64, 'base64'));
    expect(book.SheetNames).toEqual(['项目成效', '各项人数', '历年走势', '口径说明']);
    const sheet = (name: string) => XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name], { header: 1, raw: true, defval: null });
    const table = sheet('项目成效');
    expect(table[0][0]).toBe('项目成效');
    expect(String(table[1][0])).toMatch(/^学校：深圳鹏城技师学院 {4}按帮扶项目 · 全部项目 {4}导出：领导 /);
    expect(table[2]).toEqual(['帮扶项目', '帮扶生', null, null, '毕业生', null, '直接就业去向', null, null, '月薪（元）', null, '资助发放（元）', null]);
    expect(table[3]).toEqual([null, '招生', '流失', '流失率', '毕业生', '就业率(含升学)', '留深', '回乡', '其他地区', '平均月薪', '月薪中位数', '发放总额', '人均']);
    // Rates as fractions Excel shows in per cent, money in yuan, as worked out by hand above.
    expect(table[5]).toEqual(['广西百色', 7, 2, 2 / 7, 3, 1, 0.5, 0.5, 0, 5250, 5250, 2600, 371.43]);
    expect(table[6]).toEqual(['合计', 13, 2, 2 / 13, 8, 6 / 8, 0.4, 0.4, 0.2, 5260, 5000, 3200, 246.15]);
    expect(book.Sheets['项目成效']['!merges']).toContainEqual({ s: { r: 2, c: 1 }, e: { r: 2, c: 3 } });
    const counts = sheet('各项人数');
    expect(counts[1]).toEqual(['帮扶项目', '招生', '毕业生', '流失', '就业(含升学)', '直接就业', '留深', '回乡', '其他地区', '登记了月薪', '资助发放']);
    expect(counts[2]).toEqual(['广东汕尾', 6, 5, 0, 3, 3, 1, 1, 1, 3, 600]);
    const trend = sheet('历年走势');
    const at = trend.findIndex((r) => r[0] === '就业率(含升学)（按毕业届别）');
    expect(trend.slice(at + 1, at + 4)).toEqual([['年份', '数值', '就业(含升学)', '毕业生'], ['2024届', 1, 3, 3], ['2025届', 0.6, 3, 5]]);
    expect(sheet('口径说明')).toHaveLength(9);
    expect(file.rows).toBe(3);
    const logged = p.b.opened.sqlite.prepare("SELECT after FROM audit_log WHERE entity = 'report' AND action = 'export' ORDER BY id DESC LIMIT 1").get() as { after: string };
    expect(JSON.parse(logged.after)).toEqual({ report: '项目成效', groupBy: '按帮扶项目', project: '全部项目', rows: 3 });
    const baise = await p.office.caller.call('reports.summaryExport', { groupBy: 'cohort', projectId: p.baise.id });
    const cohorts = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(Buffer.from(baise.base64, 'base64')).Sheets['项目成效'], { header: 1, defval: null });
    expect(cohorts.slice(4).map((r) => r[0])).toEqual(['广西百色 2021级', '广西百色 2024级', '合计']);
    expect(String(cohorts[1][0])).toMatch(/ {4}按批次 · 广西百色 {4}/);
    expect((await p.c1.caller.fail('reports.summaryExport', {})).code).toBe('forbidden');
  });

  it('exports the list behind a number, audited, and is not for counsellors', async () => {
    const file = await p.viewer.caller.call('reports.summaryListExport', { groupBy: 'cohort', key: p.shanwei2022.id, figure: 'graduates' });
    const book = XLSX.read(Buffer.from(file.base64, 'base64'));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]], { header: 1, defval: null });
    expect(String(rows[0][0])).toMatch(/^项目成效明细 · 毕业生 — 筛选：按批次 · 广东汕尾 2022级；共 5 条；导出：领导 /);
    expect(rows[1]).toEqual(['姓名', '学号', '帮扶项目', '批次', '班级', '当前学籍状态', '状态日期', '就业去向', '就业地', '月薪（元）']);
    const third = rows.slice(2).find((r) => r[0] === '乙三');
    // 2025-07-01 as a date cell (Excel's day number); the salary in yuan as a number.
    expect(third?.slice(2)).toEqual(['广东汕尾', '2022级', null, '毕业', 45839, '就业（签订劳动合同）', '其他', 7000]);
    expect(file.rows).toBe(5);
    const money = await p.finance.caller.call('reports.summaryListExport', { groupBy: 'project', key: null, figure: 'paid' });
    expect(money.rows).toBe(7);
    // Money as yuan Excel sums, shown with its two decimals (500.00, not 500).
    const paid = XLSX.read(Buffer.from(money.base64, 'base64'), { cellNF: true }).Sheets['项目成效明细'];
    expect(paid[XLSX.utils.encode_cell({ r: 2, c: 8 })]).toMatchObject({ t: 'n', v: 1000, z: '#,##0.00' });
    const logged = p.b.opened.sqlite.prepare("SELECT after FROM audit_log WHERE entity = 'report' AND action = 'export' AND after ->> 'figure' IS NOT NULL ORDER BY id").all() as { after: string }[];
    expect(logged.map((e) => JSON.parse(e.after))).toEqual([
      { report: '项目成效', figure: '毕业生', group: '广东汕尾 2022级', rows: 5 },
      { report: '项目成效', figure: '资助发放', group: '合计', rows: 7 },
    ]);
    for (const method of ['reports.summary', 'reports.summaryTrend', 'reports.summaryList', 'reports.summaryListExport'])
      expect((await p.c1.caller.fail(method, { figure: 'intake' })).code, method).toBe('forbidden');
  });
});
