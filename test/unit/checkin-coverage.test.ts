import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../electron/contract/export';
import { checkinsSetup } from '../support/checkins';

/** The clock of checkinsSetup is 2026-11-23: November is this month, October the last one over. */

/**
 * Four students of 24汽修1班 (王老师) and one of 24汽修2班 (赵老师) across 2026, with check-ins:
 * 常在 in school all along; 新生 from 8 October; 休学 on leave from 10 April to 5 September;
 * 退学 gone on 20 May. The calendar leaves out February, July and August.
 */
async function year2026() {
  const setup = await checkinsSetup();
  const { office, cohort, major, c2, student, status, input } = setup;
  const klass2 = await office.caller.call('classes.create', { name: '24汽修2班', majorId: major.id, cohortId: cohort.id, headTeacherId: c2.user.id });
  const always = await student({ name: '常在' });
  const late = await student({ name: '新生', enrolmentDate: '2026-10-08', classId: klass2.id, counsellorId: c2.user.id });
  const leave = await student({ name: '休学' });
  await status(leave, 'suspend', '2026-04-10');
  await status(leave, 'resume', '2026-09-05');
  const gone = await student({ name: '退学' });
  await status(gone, 'withdraw', '2026-05-20');
  const log = (id: number, month: string) => office.caller.call('checkins.save', input(id, month));
  for (const month of ['2026-01', '2026-03', '2026-09', '2026-10']) await log(always, month);
  await log(leave, '2026-04');
  await log(gone, '2026-05');
  await log(late, '2026-11');
  return { ...setup, klass2, ids: { always, late, leave, gone } };
}

const readXlsx = (file: ExportFile) => {
  const book = XLSX.read(Buffer.from(file.base64, 'base64'));
  return XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]], { header: 1, raw: true, defval: null });
};

describe('coverage per month', () => {
  it('counts who was in school each month across enrolment, leave, withdrawal and the calendar’s breaks', async () => {
    const { office } = await year2026();
    const result = await office.caller.call('checkins.coverage', { from: '2026-01', to: '2026-11' });
    expect(result.months.map((m) => [m.month, m.expected, m.checked, m.coverage])).toEqual([
      ['2026-01', 3, 1, 33.3],
      ['2026-02', 0, 0, null],
      ['2026-03', 3, 1, 33.3],
      // the month of going on leave still counts; the months on leave do not
      ['2026-04', 3, 1, 33.3],
      ['2026-05', 2, 1, 50],
      ['2026-06', 1, 0, 0],
      ['2026-07', 0, 0, null],
      ['2026-08', 0, 0, null],
      ['2026-09', 2, 1, 50],
      ['2026-10', 3, 1, 33.3],
      ['2026-11', 3, 1, 33.3],
    ]);
  });

  it('splits the last month per counsellor and per class', async () => {
    const { office } = await year2026();
    const result = await office.caller.call('checkins.coverage', { from: '2026-09', to: '2026-11' });
    expect(result.byCounsellor.map((g) => [g.name, g.expected, g.checked, g.coverage])).toEqual([
      ['王老师', 2, 0, 0],
      ['赵老师', 1, 1, 100],
    ]);
    expect(result.byClass.map((g) => [g.name, g.expected, g.checked])).toEqual([
      ['24汽修1班', 2, 0],
      ['24汽修2班', 1, 1],
    ]);
  });

  it('gives each counsellor their own students only, leaders everyone, finance nothing', async () => {
    const { c1, c2, viewer, finance } = await year2026();
    const october = async (caller: typeof c1.caller) => (await caller.call('checkins.coverage', { from: '2026-10', to: '2026-10' })).months[0];
    expect(await october(c1.caller)).toMatchObject({ expected: 2, checked: 1 });
    expect(await october(c2.caller)).toMatchObject({ expected: 1, checked: 0 });
    expect(await october(viewer.caller)).toMatchObject({ expected: 3, checked: 1 });
    for (const method of ['checkins.coverage', 'checkins.overdue', 'checkins.summary', 'checkins.coverageExport', 'checkins.overdueExport']) {
      expect((await finance.caller.fail(method, { from: '2026-10', to: '2026-10', month: '2026-10' })).code, method).toBe('forbidden');
    }
  });

  it('refuses a range ending in a month to come, the wrong way round, or over 24 months, at the field to change', async () => {
    const { office } = await checkinsSetup();
    const fieldOf = async (from: string, to: string) => {
      const error = await office.caller.fail('checkins.coverage', { from, to });
      return [error.code, error.fields?.[0]?.field, error.fields?.[0]?.message];
    };
    expect(await fieldOf('2026-10', '2026-12')).toEqual(['invalid_input', 'to', expect.stringContaining('2026-12')]);
    expect(await fieldOf('2026-10', '2026-09')).toEqual(['invalid_input', 'from', expect.stringContaining('2026-10')]);
    expect(await fieldOf('2024-11', '2026-11')).toEqual(['invalid_input', 'from', expect.stringContaining('24')]);
    expect((await office.caller.call('checkins.coverage', { from: '2024-12', to: '2026-11' })).months).toHaveLength(24);
  });
});

describe('students with overdue check-ins', () => {
  it('list by default the school year’s months that are over, each missing month once, with counsellor, class and project', async () => {
    const { office } = await year2026();
    const result = await office.caller.call('checkins.overdue', {});
    expect([result.from, result.to]).toEqual(['2026-09', '2026-10']);
    expect(result.rows.map((r) => [r.name, r.missing, r.className, r.counsellorName, r.projectName])).toEqual([
      ['休学', ['2026-09', '2026-10'], '24汽修1班', '王老师', '广西百色'],
      ['新生', ['2026-10'], '24汽修2班', '赵老师', '广西百色'],
    ]);
  });

  it('leave out this month, which is not over, and months on leave, after leaving or in a break', async () => {
    const { office } = await year2026();
    const result = await office.caller.call('checkins.overdue', { from: '2026-01', to: '2026-11' });
    expect(result.rows.map((r) => [r.name, r.missing])).toEqual([
      ['常在', ['2026-04', '2026-05', '2026-06']],
      ['退学', ['2026-01', '2026-03', '2026-04']],
      ['休学', ['2026-01', '2026-03', '2026-09', '2026-10']],
      ['新生', ['2026-10']],
    ]);
  });

  it('follow a student to their new counsellor, history and all', async () => {
    const { c1, c2, reassign, ids } = await year2026();
    const names = async (caller: typeof c1.caller) => (await caller.call('checkins.overdue', { from: '2026-01', to: '2026-10' })).rows.map((r) => r.name);
    expect(await names(c2.caller)).toEqual(['新生']);
    await reassign(ids.leave, c2.user.id);
    expect(await names(c2.caller)).toEqual(['休学', '新生']);
    expect(await names(c1.caller)).toEqual(['常在', '退学']);
    const moved = (await c2.caller.call('checkins.overdue', { from: '2026-01', to: '2026-10' })).rows[0];
    expect(moved.missing).toEqual(['2026-01', '2026-03', '2026-09', '2026-10']);
  });

  it('have none in September, when no month of the school year is over yet', async () => {
    const { b, office } = await year2026();
    b.setNow(new Date('2026-09-15T02:00:00Z'));
    expect(await office.caller.call('checkins.overdue', {})).toEqual({ from: '2026-09', to: '2026-08', rows: [] });
  });
});

describe('the monthly summary', () => {
  /** October 2026: two classes of 王老师, one of 赵老师, one student on leave, three at risk or not. */
  async function october() {
    const setup = await checkinsSetup();
    const { office, cohort, major, c1, c2, klass, student, status, input } = setup;
    const klass2 = await office.caller.call('classes.create', { name: '24汽修2班', majorId: major.id, cohortId: cohort.id, headTeacherId: c2.user.id });
    const jia = await student({ name: '甲' });
    const yi = await student({ name: '乙' });
    await student({ name: '丙' });
    const ding = await student({ name: '丁' });
    await status(ding, 'suspend', '2026-09-01');
    const wu = await student({ name: '戊', classId: klass2.id, counsellorId: c2.user.id });
    const ji = await student({ name: '己', classId: klass2.id, counsellorId: c1.user.id });
    const geng = await student({ name: '庚', classId: klass.id });
    const save = (id: number, fields: Parameters<typeof input>[2]) => office.caller.call('checkins.save', input(id, '2026-10', fields));
    await save(jia, { risk: 'watch', attendancePct: 70, help: ['tutoring', 'counselling'] });
    await save(yi, { risk: 'normal', help: ['tutoring'] });
    await save(wu, { risk: 'high', failingCourses: 3, moneyTrouble: true, familyEvent: '父亲住院', help: ['hardship_request', 'family_contact'] });
    await save(ji, { risk: 'normal' });
    await save(geng, { risk: 'high' });
    return { ...setup, ids: { jia, wu, geng } };
  }

  it('gives per counsellor and class: in school, checked, coverage, risks, help by kind, and who is at risk with why', async () => {
    const { office, ids } = await october();
    const { groups, total } = await office.caller.call('checkins.summary', { month: '2026-10' });
    expect(groups.map((g) => [g.counsellorName, g.className, g.expected, g.checked, g.coverage, g.risks])).toEqual([
      // 丁 is on leave: not in school, not counted
      ['王老师', '24汽修1班', 4, 3, 75, { normal: 1, watch: 1, high: 1 }],
      ['王老师', '24汽修2班', 1, 1, 100, { normal: 1, watch: 0, high: 0 }],
      ['赵老师', '24汽修2班', 1, 1, 100, { normal: 0, watch: 0, high: 1 }],
    ]);
    expect(groups[0].help).toMatchObject({ tutoring: 2, counselling: 1, hardship_request: 0 });
    expect(groups[2].help).toMatchObject({ hardship_request: 1, family_contact: 1, tutoring: 0 });
    // high risk first
    expect(groups[0].atRisk).toEqual([
      { studentId: ids.geng, name: '庚', risk: 'high', attendancePct: null, failingCourses: 0, moneyTrouble: false, familyEvent: '' },
      { studentId: ids.jia, name: '甲', risk: 'watch', attendancePct: 70, failingCourses: 0, moneyTrouble: false, familyEvent: '' },
    ]);
    expect(groups[2].atRisk).toEqual([{ studentId: ids.wu, name: '戊', risk: 'high', attendancePct: null, failingCourses: 3, moneyTrouble: true, familyEvent: '父亲住院' }]);
    expect(total).toMatchObject({ expected: 6, checked: 5, coverage: 83.3, risks: { normal: 2, watch: 1, high: 2 } });
    expect(total.help.tutoring).toBe(2);
  });

  it('shows a counsellor only their own classes, and refuses a month to come', async () => {
    const { c2, office } = await october();
    const { groups, total } = await c2.caller.call('checkins.summary', { month: '2026-10' });
    expect(groups.map((g) => g.atRisk.map((s) => s.name))).toEqual([['戊']]);
    expect(total.expected).toBe(1);
    expect((await office.caller.fail('checkins.summary', { month: '2026-12' })).fields?.[0]?.field).toBe('month');
  });
});

describe('exporting the coverage page’s lists', () => {
  it('writes the same figures to xlsx, one audit entry each, nothing for another counsellor’s students', async () => {
    const { b, office, c2 } = await year2026();
    const audits = () => (b.opened.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'export' AND entity = 'checkin'").get() as { n: number }).n;
    const months = readXlsx(await office.caller.call('checkins.coverageExport', { from: '2026-09', to: '2026-11' }));
    expect(months[0][0]).toContain('2026-09 至 2026-11');
    expect(months.slice(1)).toEqual([
      ['月份', '在校（应填）', '已填', '覆盖率（%）'],
      ['2026-09', 2, 1, 50],
      ['2026-10', 3, 1, 33.3],
      ['2026-11', 3, 1, 33.3],
    ]);
    const mine = readXlsx(await c2.caller.call('checkins.overdueExport', { from: '2026-01', to: '2026-10' }));
    expect(mine.slice(2).map((r) => [r[1], r[6], r[7]])).toEqual([['新生', 1, '2026-10']]);
    expect(audits()).toBe(2);
  });
});
