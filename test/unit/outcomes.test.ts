import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OutcomeFigure, OutcomeRow, OutcomeSet } from '../../electron/contract/outcomes';
import type { PlacementInput } from '../../electron/contract/placements';
import { seedRegister, testBackend } from '../support/backend';

/**
 * A small programme whose figures are worked out by hand below. Today is 2026-11-23.
 * Cohort 2022级 (enrolled 2022-09-01): 2025届 G1 G2 G3 G4 G10, 2026届 G5–G9, G11 withdrew 2023-12-01.
 * Cohort 2024级 (the seed's, enrolled 2024-09-01): S1 in school, S2 withdrew 2025-03-01; no graduates yet.
 */
async function programme() {
  const b = testBackend();
  const s = await seedRegister(b);
  const office = s.office.caller;
  const cohort = await office.call('cohorts.create', { projectId: s.project.id, intakeYear: 2022, name: '2022级', plannedSize: 40 });
  const klass = await office.call('classes.create', { name: '22汽修1班', majorId: s.major.id, cohortId: cohort.id, headTeacherId: s.c1.user.id });
  const company = await office.call('companies.create', {
    name: '深圳市汇川技术股份有限公司', creditCode: '', industry: '', province: '广东', city: '深圳', contactName: '', contactPhone: '', notes: '',
  });
  const ids: Record<string, number> = {};
  const change = async (name: string, event: 'graduate' | 'withdraw', date: string) => {
    const { version } = await office.call('students.get', { id: ids[name] });
    await office.call('students.changeStatus', { id: ids[name], version, event, date, reason: event === 'withdraw' ? '家庭原因' : '学业期满' });
  };
  const enrol = async (name: string, old: boolean, counsellorId = s.c1.user.id) => {
    const input = old
      ? { name, cohortId: cohort.id, classId: klass.id, enrolmentDate: '2022-09-01', expectedGraduation: '2025-07', counsellorId }
      : { name, enrolmentDate: '2024-09-01', counsellorId };
    ids[name] = (await office.call('students.create', s.studentInput(input))).id;
  };
  const place = async (name: string, p: Partial<PlacementInput>, version: number | null = null) =>
    office.call('placements.save', {
      studentId: ids[name], outcome: 'contract', companyId: company.id, industry: '', position: '', province: '广东', city: '深圳', destination: null,
      relatedToMajor: false, startDate: null, monthlySalaryFen: null, contractKind: null, socialInsurance: false, channel: null, notes: '', version, ...p,
    });
  const followUp = async (placementId: number, point: number, doneOn: string, stillEmployed: boolean) =>
    office.call('placementFollowUps.record', { placementId, point, doneOn, stillEmployed, sameEmployer: stillEmployed, companyId: null, monthlySalaryFen: null, changeReason: '', notes: '' });

  for (const name of ['甲一', '甲二', '甲三', '甲四', '甲五', '甲六', '甲七', '甲八', '甲十', '甲十一']) await enrol(name, true);
  await enrol('甲九', true, s.c2.user.id);
  for (const name of ['乙一', '乙二']) await enrol(name, false);
  await change('甲十一', 'withdraw', '2023-12-01');
  await change('乙二', 'withdraw', '2025-03-01');
  for (const name of ['甲一', '甲二', '甲三', '甲四', '甲十']) await change(name, 'graduate', '2025-07-01');
  for (const name of ['甲五', '甲六', '甲七', '甲八', '甲九']) await change(name, 'graduate', '2026-07-01');

  // 2025届
  const g1 = await place('甲一', { relatedToMajor: true, socialInsurance: true, monthlySalaryFen: 600_000, channel: 'school', startDate: '2025-07-15' });
  await followUp(g1.id, 6, '2026-01-20', true);
  await followUp(g1.id, 12, '2026-07-20', true);
  const g2 = await place('甲二', { outcome: 'flexible', city: '东莞', monthlySalaryFen: 450_000, channel: 'self', startDate: '2025-08-01' });
  await followUp(g2.id, 6, '2026-02-05', false);
  await place('甲三', { outcome: 'further_study', companyId: null, province: '', city: '' });
  await place('甲四', { outcome: 'unemployed', companyId: null, province: '', city: '' });
  // Unemployed at first, then a job: the latest record counts.
  const first = await place('甲十', { outcome: 'unemployed', companyId: null });
  const g10 = await place('甲十', { relatedToMajor: true, monthlySalaryFen: 550_000, channel: 'school', startDate: '2025-10-01' }, first.version);
  await followUp(g10.id, 6, '2026-04-02', true);
  // 2026届; 甲八 has no placement recorded.
  await place('甲五', { province: '广西', city: '南宁', relatedToMajor: true, socialInsurance: true, monthlySalaryFen: 520_000, channel: 'school', startDate: '2026-07-10' });
  await place('甲六', { outcome: 'self_employed', companyId: null, province: '广西', city: '百色', channel: 'other' });
  await place('甲七', { outcome: 'abroad', companyId: null, province: '', city: '新加坡', channel: 'self' });
  await place('甲九', { outcome: 'military', companyId: null, province: '', city: '' });
  return { ...s, cohort, ids };
}

/** n/d of each figure named, as a row holds them. */
const ratios = (row: Pick<OutcomeRow, 'figures'>, names: OutcomeFigure[]) => Object.fromEntries(names.map((f) => [f, [row.figures[f].n, row.figures[f].d]]));

describe('graduate outcome statistics', () => {
  // The tests only read (an export adds an audit entry), so they share one programme.
  let p: Awaited<ReturnType<typeof programme>>;
  beforeAll(async () => {
    p = await programme();
  });

  it('counts each figure over its base, by graduation year, as worked out by hand', async () => {
    const stats = await p.office.caller.call('placements.outcomes', { by: 'graduationYear' });
    expect(stats.rows.map((r) => r.key)).toEqual(['2025', '2026']);
    const [y2025, y2026] = stats.rows;
    // 2025届: 5 graduates; 就业(含升学) 甲一 甲二 甲三 甲十 = 4 → 80%; 直接就业 甲一 甲二 甲十 = 3; 升学 甲三.
    expect(ratios(y2025, ['graduates', 'employed', 'direct', 'furtherStudy', 'unemployed', 'unrecorded'])).toEqual({
      graduates: [5, 5], employed: [4, 5], direct: [3, 5], furtherStudy: [1, 5], unemployed: [1, 5], unrecorded: [0, 5],
    });
    // Over 直接就业 (3): 对口 甲一 甲十; 劳动合同 甲一 甲十; 社保 甲一; all in 广东; 留深 甲一 甲十, 东莞 其他.
    expect(ratios(y2025, ['related', 'contractSigned', 'insured', 'local', 'elsewhere', 'overseas', 'shenzhen', 'home', 'otherPlace', 'channelSchool', 'channelSelf'])).toEqual({
      related: [2, 3], contractSigned: [2, 3], insured: [1, 3], local: [3, 3], elsewhere: [0, 3], overseas: [0, 3],
      shenzhen: [2, 3], home: [0, 3], otherPlace: [1, 3], channelSchool: [2, 3], channelSelf: [1, 3],
    });
    // 6 months: 甲一 甲十 still there of 甲一 甲二 甲十 asked; 12 months: 甲一 of 甲一; 稳定: 甲一 of 甲一.
    expect(ratios(y2025, ['retained6', 'retained12', 'stable', 'salaried'])).toEqual({ retained6: [2, 3], retained12: [1, 1], stable: [1, 1], salaried: [3, 3] });
    // Salaries 4,500, 5,500, 6,000: median 5,500, mean 5,333.33.
    expect([y2025.salaryMedianFen, y2025.salaryMeanFen]).toEqual([550_000, 533_333]);

    // 2026届: 甲五 contract (南宁), 甲六 自主创业 (百色), 甲七 出国, 甲九 参军 = 4 employed, all direct; 甲八 unrecorded.
    expect(ratios(y2026, ['graduates', 'employed', 'direct', 'furtherStudy', 'contract', 'selfEmployed', 'abroad', 'military', 'unrecorded'])).toEqual({
      graduates: [5, 5], employed: [4, 5], direct: [4, 5], furtherStudy: [0, 5], contract: [1, 5], selfEmployed: [1, 5], abroad: [1, 5], military: [1, 5], unrecorded: [1, 5],
    });
    // 异地 甲五 甲六 (广西), 境外 甲七, 参军 with no place is in neither; 回乡 甲五 甲六, 其他 甲七 甲九.
    expect(ratios(y2026, ['local', 'elsewhere', 'overseas', 'shenzhen', 'home', 'otherPlace', 'channelSchool', 'channelSelf', 'channelOther', 'stable'])).toEqual({
      local: [0, 4], elsewhere: [2, 4], overseas: [1, 4], shenzhen: [0, 4], home: [2, 4], otherPlace: [2, 4],
      channelSchool: [1, 4], channelSelf: [1, 4], channelOther: [1, 4], stable: [0, 0],
    });
    expect([y2026.salaryMedianFen, y2026.salaryMeanFen]).toEqual([520_000, 520_000]);

    // 合计: 10 graduates, 8 employed, 7 direct; median of 4,500 5,200 5,500 6,000 = 5,350.
    expect(ratios(stats.total, ['graduates', 'employed', 'direct', 'related', 'contractSigned'])).toEqual({
      graduates: [10, 10], employed: [8, 10], direct: [7, 10], related: [3, 7], contractSigned: [3, 7],
    });
    expect(stats.total.salaryMedianFen).toBe(535_000);
  });

  it('shows a cohort with no graduates yet, narrows to a year, and limits a counsellor to their own students', async () => {
    const byCohort = await p.office.caller.call('placements.outcomes', { by: 'cohort' });
    expect(byCohort.rows.map((r) => [r.label, r.figures.graduates.n, r.figures.employed.n])).toEqual([
      ['广西百色 2022级', 10, 8],
      ['广西百色 2024级', 0, 0],
    ]);
    expect(byCohort.rows[1].salaryMedianFen).toBeNull();
    const of2025 = await p.office.caller.call('placements.outcomes', { by: 'cohort', year: 2025 });
    expect(of2025.rows.map((r) => [r.label, r.figures.graduates.n])).toEqual([['广西百色 2022级', 5]]);
    // 甲九 is 赵老师's: the only graduate he sees, and the only one 王老师 does not.
    expect((await p.c2.caller.call('placements.outcomes', { by: 'major' })).total.figures.military).toEqual({ n: 1, d: 1 });
    expect((await p.c1.caller.call('placements.outcomes', { by: 'major' })).total.figures.graduates.n).toBe(9);
    expect((await p.finance.caller.fail('placements.outcomes', {})).code).toBe('forbidden');
  });

  it('lists the students behind a figure and behind its base', async () => {
    const names = async (input: { key: string | null; set: OutcomeSet }) =>
      (await p.viewer.caller.call('placements.outcomeStudents', { by: 'graduationYear', ...input })).rows.map((r) => r.name);
    expect(await names({ key: '2025', set: 'retained6' })).toEqual(['甲十', '甲一']);
    expect(await names({ key: '2025', set: 'asked6' })).toEqual(['甲二', '甲十', '甲一']);
    expect(await names({ key: null, set: 'unrecorded' })).toEqual(['甲八']);
    const row = (await p.viewer.caller.call('placements.outcomeStudents', { by: 'graduationYear', key: '2026', set: 'abroad' })).rows[0];
    expect(row).toMatchObject({ name: '甲七', className: '22汽修1班', outcome: 'abroad', city: '新加坡', destination: 'other', status: 'graduated', statusDate: '2026-07-01' });
  });

  it('counts dropout by academic year from the status history', async () => {
    const rows = await p.office.caller.call('placements.dropout', {});
    // 2022: the eleven of 2022级 enrol. 2023: eleven in school, 甲十一 leaves. 2024: ten of 2022级 and 乙一 乙二 enrolling, 乙二 leaves.
    // 2025: 甲五–甲九 (2026届) and 乙一. 2026 (so far): 乙一.
    expect(rows.map((r) => [r.academicYear, r.inSchool, r.left, r.current])).toEqual([
      [2022, 11, 0, false],
      [2023, 11, 1, false],
      [2024, 12, 1, false],
      [2025, 6, 0, false],
      [2026, 1, 0, true],
    ]);
    const left = await p.office.caller.call('placements.dropoutStudents', { academicYear: 2024, side: 'left' });
    expect(left.rows.map((r) => [r.name, r.status, r.statusDate])).toEqual([['乙二', 'withdrawn', '2025-03-01']]);
    expect((await p.office.caller.call('placements.dropoutStudents', { academicYear: 2025, side: 'inSchool' })).total).toBe(6);
  });

  it('exports the table to xlsx with its total, and logs who took it', async () => {
    const file = await p.office.caller.call('placements.outcomesExport', { by: 'graduationYear' });
    const sheet = XLSX.read(Buffer.from(file.base64, 'base64')).Sheets['就业统计'];
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    expect(rows[1].slice(0, 4)).toEqual(['届别', '毕业生', '就业(含升学)', '就业率(含升学) (%)']);
    expect(rows.slice(2).map((r) => r.slice(0, 4))).toEqual([
      ['2025届', 5, 4, 80],
      ['2026届', 5, 4, 80],
      ['合计', 10, 8, 80],
    ]);
    const log = await p.admin.call('audit.list', { entity: 'placement', entityId: null, userId: p.office.user.id });
    expect(log.rows[0]).toMatchObject({ action: 'export' });
  });
});
