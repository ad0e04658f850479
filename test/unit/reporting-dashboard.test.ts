import { beforeAll, describe, expect, it } from 'vitest';
import type { Contract, InputOf } from '../../electron/contract';
import type { LeaderDashboard } from '../../electron/contract/reportingDashboard';
import i18next from '../../renderer/i18n';
import { fieldLabel, formatValue } from '../../renderer/settings/audit/auditLabels';
import { payOut, setup } from '../support/allowances';

type StudentInput = Partial<InputOf<Contract['students.create']>>;
const TODAY = new Date('2026-11-23T02:00:00Z');
const at = (day: string) => new Date(`${day}T02:00:00Z`);

/**
 * A school whose dashboard is worked out by hand below (today 2026-11-23; the calendar leaves out
 * February, July and August).
 * 广西百色 2024级: 甲一 in school (check-ins September, October, November, the last 高风险);
 * 甲二 withdrew 2026-03-15. 2026级: 甲三 enrolled 2026-09-01 (October 高风险, reviewed).
 * 2023级: 乙一 (contract), 乙二 (further study) and 乙四 (no outcome yet) graduated and 乙三 (unemployed)
 * completed on 2026-07-01: 2026届. 2022级: 乙五 graduated 2025-07-01 (contract): 2025届.
 * Paid: 2025-12-20 乙二 300; 2026-03-10 甲一 800; 2026-05-20 甲一 1,000 and 乙一 500;
 * 2026-06-30 乙三 200 and 乙二's December line reversed by 100; 甲一 999 in a batch not paid yet.
 */
async function school() {
  const s = await setup();
  const office = s.office.caller;
  const ids: Record<string, number> = {};
  const cohort = (intakeYear: number) => office.call('cohorts.create', { projectId: s.project.id, intakeYear, name: `${intakeYear}级`, plannedSize: 40 });
  const [c2022, c2023, c2026] = [await cohort(2022), await cohort(2023), await cohort(2026)];
  const enrol = async (name: string, input: StudentInput) => {
    ids[name] = await s.student({ name, expectedGraduation: null, ...input });
  };
  await enrol('甲一', {});
  await enrol('甲二', {});
  await enrol('甲三', { cohortId: c2026.id, classId: null, enrolmentDate: '2026-09-01' });
  for (const name of ['乙一', '乙二', '乙三', '乙四']) await enrol(name, { cohortId: c2023.id, classId: null, enrolmentDate: '2023-09-01' });
  await enrol('乙五', { cohortId: c2022.id, classId: null, enrolmentDate: '2022-09-01' });

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
  await batch(hardship.id, '2026-03-10', [['甲一', 80_000]]);
  await batch(scholarship.id, '2026-05-20', [['甲一', 100_000], ['乙一', 50_000]]);
  const june = await batch(scholarship.id, '2026-06-30', [['乙三', 20_000]], false);
  const december = (await s.finance.caller.call('allowances.ledger', { studentId: ids['乙二'] })).lines[0];
  const { version } = await s.batch(june);
  await s.finance.caller.call('allowances.addReversal', { batchId: june, version, lineId: december.lineId, amountFen: 10_000, reason: '多发' });
  await payOut(s, june, '2026-06-30');
  await batch(scholarship.id, '2026-11-20', [['甲一', 99_900]], false);
  s.b.setNow(TODAY);

  const change = async (name: string, event: 'graduate' | 'complete' | 'withdraw', date: string) => {
    const { version } = await office.call('students.get', { id: ids[name] });
    await office.call('students.changeStatus', { id: ids[name], version, event, date, reason: '学籍变动' });
  };
  await change('甲二', 'withdraw', '2026-03-15');
  for (const name of ['乙一', '乙二', '乙四']) await change(name, 'graduate', '2026-07-01');
  await change('乙三', 'complete', '2026-07-01');
  await change('乙五', 'graduate', '2025-07-01');

  const company = await office.call('companies.create', {
    name: '深圳市汇川技术股份有限公司', creditCode: '', industry: '', province: '广东', city: '深圳', contactName: '', contactPhone: '', notes: '',
  });
  const place = (name: string, outcome: 'contract' | 'further_study' | 'unemployed') =>
    office.call('placements.save', {
      studentId: ids[name], outcome, companyId: outcome === 'contract' ? company.id : null, industry: '', position: '', province: '广东', city: '深圳', destination: null,
      relatedToMajor: false, startDate: null, monthlySalaryFen: null, contractKind: null, socialInsurance: false, channel: null, notes: '', version: null,
    });
  await place('乙一', 'contract');
  await place('乙二', 'further_study');
  await place('乙三', 'unemployed');
  await place('乙五', 'contract');

  const log = (name: string, month: string, risk: 'normal' | 'high' = 'normal') =>
    office.call('checkins.save', { studentId: ids[name], month, date: `${month}-15`, method: 'in_person', risk });
  await log('甲一', '2026-09');
  await log('甲一', '2026-10');
  await log('甲三', '2026-10', 'high');
  await log('甲一', '2026-11', 'high');
  const flagged = (await office.call('checkins.warnings', {})).find((w) => w.studentId === ids['甲三'])!;
  await office.call('checkins.reviewWarning', { studentId: ids['甲三'], reasonsKey: flagged.reasonsKey, note: '已家访，情况好转' });

  const settings = await s.admin.call('settings.get', {});
  // Entered out of order: kept in year order.
  const targets = { employment: [{ year: 2027, percent: 98 }, { year: 2025, percent: 96 }], coverage: 95 };
  await s.admin.call('settings.update', { ...settings, targets });
  return { ...s, ids };
}

const NO_TARGET = { percent: null, year: null, met: null, pending: false };
const years = (d: LeaderDashboard) => d.employmentByYear.map((y) => [y.year, y.graduates, y.employed, y.rate]);

describe('the leader dashboard (领导看板)', () => {
  let s: Awaited<ReturnType<typeof school>>;
  beforeAll(async () => {
    s = await school();
  }, 60_000);

  it('gives this year’s key figures beside their targets, as worked out by hand', async () => {
    const d = await s.viewer.caller.call('reports.dashboard', { year: 2026 });
    expect([d.year, d.asOf, d.firstYear]).toEqual([2026, '2026-11-23', 2022]);
    // 2026届: 乙一 乙二 employed (升学 counts), 乙三 not, 乙四 no outcome; the 2025 target holds in 2026.
    expect(d.employment).toEqual({ year: 2026, graduates: 4, employed: 2, unrecorded: 1, rate: 50, mark: { percent: 96, year: 2025, met: false, pending: false } });
    // November: 甲一 and 甲三 in school, 甲一 checked; the month is still running, so below the target is no miss yet.
    expect(d.coverage).toEqual({ month: '2026-11', expected: 2, checked: 1, coverage: 50, mark: { percent: 95, year: null, met: null, pending: true } });
    // 甲一 and 甲三 are flagged 高风险; 甲三's flag is reviewed.
    expect(d.atRisk).toBe(1);
    // 800 + 1,000 + 500 + 200 − 100; 甲一, 乙一 and 乙三 paid (乙二's reversal pays no one; November's batch is not paid).
    expect([d.paidFen, d.paidStudents]).toEqual([240_000, 3]);
    expect([d.inSchool, d.newStudents, d.withdrawn]).toEqual([2, 1, 1]);
  });

  it('charts 就业率 over eight years, coverage over twelve months and the money by month', async () => {
    const d = await s.office.caller.call('reports.dashboard', { year: 2026 });
    expect(years(d)).toEqual([
      [2019, 0, 0, null],
      [2020, 0, 0, null],
      [2021, 0, 0, null],
      [2022, 0, 0, null],
      [2023, 0, 0, null],
      [2024, 0, 0, null],
      [2025, 1, 1, 100],
      [2026, 4, 2, 50],
    ]);
    expect(d.coverageByMonth.map((m) => [m.month, m.expected, m.checked, m.coverage])).toEqual([
      // 甲一 甲二 and the four of 2023级 (who graduate in July)
      ['2025-12', 6, 0, 0],
      ['2026-01', 6, 0, 0],
      ['2026-02', 0, 0, null],
      // 甲二's month of leaving still counts
      ['2026-03', 6, 0, 0],
      ['2026-04', 5, 0, 0],
      ['2026-05', 5, 0, 0],
      ['2026-06', 5, 0, 0],
      ['2026-07', 0, 0, null],
      ['2026-08', 0, 0, null],
      ['2026-09', 2, 1, 50],
      ['2026-10', 2, 2, 100],
      ['2026-11', 2, 1, 50],
    ]);
    expect(d.paidByMonth).toEqual([
      { month: '2026-01', paidFen: 0 },
      { month: '2026-02', paidFen: 0 },
      { month: '2026-03', paidFen: 80_000 },
      { month: '2026-04', paidFen: 0 },
      { month: '2026-05', paidFen: 150_000 },
      { month: '2026-06', paidFen: 10_000 },
      { month: '2026-07', paidFen: 0 },
      { month: '2026-08', paidFen: 0 },
      { month: '2026-09', paidFen: 0 },
      { month: '2026-10', paidFen: 0 },
      { month: '2026-11', paidFen: 0 },
    ]);
  });

  it('counts as the statistics it takes each figure from: 就业统计, 覆盖情况 and the 进展情况表', async () => {
    const d = await s.office.caller.call('reports.dashboard', { year: 2026 });
    const outcomes = await s.office.caller.call('placements.outcomes', { by: 'graduationYear', year: null, projectId: null });
    const row = outcomes.rows.find((r) => r.key === '2026')!;
    expect([row.figures.graduates.n, row.figures.employed.n, row.figures.unrecorded.n]).toEqual([d.employment.graduates, d.employment.employed, d.employment.unrecorded]);
    expect((await s.office.caller.call('checkins.coverage', { from: '2025-12', to: '2026-11' })).months).toEqual(d.coverageByMonth);
    const progress = (await s.office.caller.call('reports.progress', { year: 2026 })).total.figures;
    expect([progress.moneyFen, progress.inSchool, progress.newStudents, progress.withdrawn]).toEqual([d.paidFen, d.inSchool, d.newStudents, d.withdrawn]);
    const students = await s.office.caller.call('placements.outcomeStudents', { by: 'graduationYear', year: 2026, key: '2026', set: 'employed' });
    expect(students.rows.map((r) => r.name).sort()).toEqual(['乙一', '乙二']);
  });

  it('reads a year that is over as of 31 December, against the target in force then, or none before the first', async () => {
    const d2025 = await s.viewer.caller.call('reports.dashboard', { year: 2025 });
    expect(d2025.asOf).toBe('2025-12-31');
    expect(d2025.employment).toMatchObject({ graduates: 1, employed: 1, rate: 100, mark: { percent: 96, year: 2025, met: true } });
    expect(d2025.coverage).toMatchObject({ month: '2025-12', expected: 6, checked: 0, coverage: 0, mark: { percent: 95, met: false, pending: false } });
    expect([d2025.paidFen, d2025.paidStudents, d2025.inSchool, d2025.newStudents, d2025.withdrawn]).toEqual([30_000, 1, 6, 0, 0]);
    expect(d2025.paidByMonth).toHaveLength(12);

    const d2024 = await s.viewer.caller.call('reports.dashboard', { year: 2024 });
    expect(d2024.employment).toMatchObject({ graduates: 0, rate: null, mark: NO_TARGET });
  });

  it('says so when no target is set', async () => {
    const settings = await s.admin.call('settings.get', {});
    await s.admin.call('settings.update', { ...settings, targets: { employment: [], coverage: null } });
    try {
      const d = await s.viewer.caller.call('reports.dashboard', { year: 2026 });
      expect([d.employment.mark, d.coverage.mark]).toEqual([NO_TARGET, NO_TARGET]);
    } finally {
      await s.admin.call('settings.update', settings);
    }
  });

  it('is for leaders and the office, not counsellors or finance', async () => {
    expect((await s.admin.call('reports.dashboard', { year: 2026 })).paidFen).toBe(240_000);
    expect((await s.c1.caller.fail('reports.dashboard', { year: 2026 })).code).toBe('forbidden');
    expect((await s.finance.caller.fail('reports.dashboard', { year: 2026 })).code).toBe('forbidden');
  });

  // Last: moving the clock a year on ends every other session.
  it('takes the target set for 2027 from 2027 on', async () => {
    s.b.setNow(at('2027-03-01'));
    const lead = s.b.as(null);
    await lead.call('auth.login', { username: 'lead', password: 'password-lead' });
    const d2027 = await lead.call('reports.dashboard', { year: 2027 });
    expect(d2027.employment.mark).toEqual({ percent: 98, year: 2027, met: null, pending: false });
    expect(years(d2027).slice(-2)).toEqual([
      [2026, 4, 2, 50],
      [2027, 0, 0, null],
    ]);
  });
});

describe('the targets in settings', () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    s = await setup();
  });

  it('start with none on a fresh install', async () => {
    expect((await s.admin.call('settings.get', {})).targets).toEqual({ employment: [], coverage: null });
  });

  it('are kept in year order and logged in words', async () => {
    const settings = await s.admin.call('settings.get', {});
    const saved = await s.admin.call('settings.update', { ...settings, targets: { employment: [{ year: 2027, percent: 98 }, { year: 2025, percent: 96 }], coverage: 95.5 } });
    expect(saved.targets).toEqual({ employment: [{ year: 2025, percent: 96 }, { year: 2027, percent: 98 }], coverage: 95.5 });
    const entry = (await s.admin.call('audit.list', { entity: 'settings', pageSize: 1 })).rows[0];
    expect([entry.before, entry.after]).toEqual([
      { 'targets.employment': null, 'targets.coverage': null },
      { 'targets.employment': ['2025: 96%', '2027: 98%'], 'targets.coverage': '95.5%' },
    ]);
    await i18next.changeLanguage('zh-CN');
    const format = { entity: 'settings', t: i18next.getFixedT(null, 'settings'), tc: i18next.getFixedT(null, 'common'), names: {} };
    const shown = (key: string) => [fieldLabel('settings', key), formatValue(format, key, entry.after![key])];
    expect(shown('targets.employment')).toEqual(['首次就业率目标', '2025: 96%、2027: 98%']);
    expect(shown('targets.coverage')).toEqual(['本月监测覆盖率目标', '95.5%']);
  });

  it('refuse a year set twice, a rate over 100% or with two decimals, at the row, writing nothing', async () => {
    const settings = await s.admin.call('settings.get', {});
    const logged = () => s.b.opened.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'settings'").get();
    const before = logged();
    const refused = async (targets: unknown) => (await s.admin.fail('settings.update', { ...settings, targets })).fields?.map((f) => [f.field, f.message]);
    const rows = (...employment: [number, number][]) => employment.map(([year, percent]) => ({ year, percent }));
    const twice = '这一年已设了目标，每年只设一个';
    const range = '目标应为0至100之间的百分数，最多一位小数';
    expect(await refused({ employment: rows([2025, 96], [2026, 97], [2025, 98]), coverage: null })).toEqual([['targets.employment.2.year', twice]]);
    expect(await refused({ employment: rows([2025, 101]), coverage: null })).toEqual([['targets.employment.0.percent', range]]);
    expect(await refused({ employment: rows([2025, 96.25]), coverage: null })).toEqual([['targets.employment.0.percent', range]]);
    expect(await refused({ employment: [], coverage: 101 })).toEqual([['targets.coverage', range]]);
    expect((await s.admin.call('settings.get', {})).targets).toEqual(settings.targets);
    expect(logged()).toEqual(before);
  });
});
