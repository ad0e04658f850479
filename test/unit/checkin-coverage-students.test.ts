import type Database from 'better-sqlite3';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { CoverageSide, CoverageStudentsInput } from '../../electron/contract/coverage';
import type { ExportFile } from '../../electron/contract/export';
import type { Caller } from '../support/backend';
import { checkinsSetup } from '../support/checkins';

/** The clock of checkinsSetup is 2026-11-23: November is this month, October the last one over. */

/**
 * 2026 in two classes: 常在 in school all along (王老师, 24汽修1班); 新生 from 8 October (赵老师,
 * 24汽修2班); 休学 on leave from 10 April to 5 September; 退学 gone on 20 May; 散生 with neither
 * class nor counsellor. The calendar leaves out February, July and August.
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
  const loose = await student({ name: '散生', classId: null, counsellorId: null });
  const log = (id: number, month: string) => office.caller.call('checkins.save', input(id, month));
  for (const month of ['2026-01', '2026-03', '2026-09', '2026-10']) await log(always, month);
  await log(leave, '2026-04');
  await log(gone, '2026-05');
  await log(late, '2026-11');
  await log(loose, '2026-10');
  return { ...setup, klass2, ids: { always, late, leave, gone, loose } };
}

type Input = Omit<CoverageStudentsInput, 'group'> & { group?: CoverageStudentsInput['group'] };

const list = (caller: Caller, input: Input) => caller.call('checkins.coverageStudents', input);
const names = async (caller: Caller, input: Input) => (await list(caller, input)).rows.map((r) => r.name);

const readXlsx = (file: ExportFile) => {
  const book = XLSX.read(Buffer.from(file.base64, 'base64'));
  return XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]], { header: 1, raw: false, defval: null });
};

describe('the students behind a coverage figure', () => {
  it('are as many as each month’s 应填 and 已填, the 未填 the difference, for every month of the range', async () => {
    const { office } = await year2026();
    const range = { from: '2026-01', to: '2026-11' };
    const { months } = await office.caller.call('checkins.coverage', range);
    for (const m of months) {
      const side = async (side: CoverageSide) => (await list(office.caller, { ...range, month: m.month, side })).rows.map((r) => r.id);
      const [expected, checked, missing] = [await side('expected'), await side('checked'), await side('missing')];
      expect([expected.length, checked.length], m.month).toEqual([m.expected, m.checked]);
      expect([...checked, ...missing].sort(), m.month).toEqual([...expected].sort());
    }
    // the month of going on leave still counts; the months on leave, after leaving and in a break do not (by pinyin: tui before xiu)
    expect(await names(office.caller, { ...range, month: '2026-04', side: 'expected' })).toEqual(['常在', '退学', '休学', '散生']);
    expect(await names(office.caller, { ...range, month: '2026-06', side: 'missing' })).toEqual(['常在', '散生']);
    expect(await names(office.caller, { ...range, month: '2026-07', side: 'expected' })).toEqual([]);
  });

  it('say who logged the check-in and when, and which missing ones are overdue, by class then name', async () => {
    const { office, ids } = await year2026();
    const october = { from: '2026-09', to: '2026-11', month: '2026-10' };
    const checked = await list(office.caller, { ...october, side: 'checked' });
    expect(checked.total).toBe(2);
    expect(checked.rows[0]).toEqual({
      id: ids.always,
      name: '常在',
      studentNo: null,
      className: '24汽修1班',
      counsellorName: '王老师',
      projectName: '广西百色',
      cohortName: '2024级',
      checkedOn: '2026-10-15',
      checkedBy: '帮扶办李老师',
      overdue: false,
    });
    // no class comes last
    expect(checked.rows[1]).toMatchObject({ name: '散生', className: null, counsellorName: null });
    const missing = (month: string) => list(office.caller, { ...october, month, side: 'missing' });
    expect((await missing('2026-10')).rows.map((r) => [r.name, r.className, r.checkedOn, r.overdue])).toEqual([
      ['休学', '24汽修1班', null, true],
      ['新生', '24汽修2班', null, true],
    ]);
    // November is not over: what is missing in it is open, not overdue
    expect((await missing('2026-11')).rows.map((r) => [r.name, r.overdue])).toEqual([
      ['常在', false],
      ['休学', false],
      ['散生', false],
    ]);
  });

  it('of a counsellor or a class row of the last month, those without one too, are as many as its figures', async () => {
    const { office, c1, klass, klass2 } = await year2026();
    for (const range of [
      { from: '2026-09', to: '2026-11' },
      { from: '2026-01', to: '2026-10' },
    ]) {
      const { byCounsellor, byClass } = await office.caller.call('checkins.coverage', range);
      const groups = [...byCounsellor.map((g) => ({ ...g, by: 'counsellor' as const })), ...byClass.map((g) => ({ ...g, by: 'class' as const }))];
      expect(groups.map((g) => g.id)).toContain(null);
      for (const g of groups) {
        const total = async (side: CoverageSide) => (await list(office.caller, { ...range, month: range.to, group: { by: g.by, id: g.id }, side })).total;
        expect([await total('expected'), await total('checked'), await total('missing')], `${g.by} ${g.name}`).toEqual([g.expected, g.checked, g.expected - g.checked]);
      }
    }
    const november = { from: '2026-09', to: '2026-11', month: '2026-11', side: 'expected' as const };
    expect(await names(office.caller, { ...november, group: { by: 'counsellor', id: c1.user.id } })).toEqual(['常在', '休学']);
    expect(await names(office.caller, { ...november, group: { by: 'counsellor', id: null } })).toEqual(['散生']);
    expect(await names(office.caller, { ...november, group: { by: 'class', id: klass.id } })).toEqual(['常在', '休学']);
    expect(await names(office.caller, { ...november, group: { by: 'class', id: klass2.id } })).toEqual(['新生']);
    expect(await names(office.caller, { ...november, group: { by: 'class', id: null } })).toEqual(['散生']);
  });

  it('are a counsellor’s own students only, anyone’s for the office and leaders, nobody’s for finance', async () => {
    const { office, c1, c2, viewer, finance } = await year2026();
    const october = { from: '2026-10', to: '2026-10', month: '2026-10', side: 'expected' as const };
    expect(await names(c1.caller, october)).toEqual(['常在', '休学']);
    expect(await names(c2.caller, october)).toEqual(['新生']);
    // asking for another counsellor's row does not widen the scope
    expect((await list(c1.caller, { ...october, group: { by: 'counsellor', id: c2.user.id } })).total).toBe(0);
    expect(await names(viewer.caller, october)).toEqual(await names(office.caller, october));
    expect((await list(viewer.caller, october)).total).toBe(4);
    for (const method of ['checkins.coverageStudents', 'checkins.coverageStudentsExport']) {
      expect((await finance.caller.fail(method, october)).code, method).toBe('forbidden');
    }
  });

  it('refuse a month outside the range and a range ending in a month to come, at the field to change', async () => {
    const { office } = await year2026();
    const fieldOf = async (input: Input) => {
      const error = await office.caller.fail('checkins.coverageStudents', input);
      return [error.code, error.fields?.[0]?.field];
    };
    expect(await fieldOf({ from: '2026-09', to: '2026-10', month: '2026-11', side: 'expected' })).toEqual(['invalid_input', 'month']);
    expect(await fieldOf({ from: '2026-11', to: '2026-12', month: '2026-11', side: 'expected' })).toEqual(['invalid_input', 'to']);
  });
});

describe('exporting the students behind a figure', () => {
  /** 1,000 more students in 24汽修1班 since 2024, so October's 应填 is past what the drawer lists. */
  function thousandMore(db: Database.Database, template: number) {
    const row = db.prepare('SELECT * FROM students WHERE id = ?').get(template) as Record<string, unknown>;
    const columns = Object.keys(row).filter((c) => c !== 'id');
    const insert = db.prepare(`INSERT INTO students (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
    db.transaction(() => {
      for (let i = 0; i < 1000; i++) insert.run({ ...row, name: `同学${i}`, name_pinyin: `tong xue ${String(i).padStart(4, '0')}`, id_number: `CLONE${i}` });
    })();
  }

  it('holds every student of the figure, past the 1,000 the drawer lists, and is recorded in the audit log', async () => {
    const { b, office, ids } = await year2026();
    thousandMore(b.opened.sqlite, ids.always);
    const october = { from: '2026-09', to: '2026-10', month: '2026-10' };
    const figure = (await office.caller.call('checkins.coverage', october)).months.find((m) => m.month === '2026-10')!;
    expect(figure.expected).toBe(1004);
    const shown = await list(office.caller, { ...october, side: 'missing' });
    expect([shown.total, shown.rows.length]).toEqual([figure.expected - figure.checked, 1000]);

    const sheet = readXlsx(await office.caller.call('checkins.coverageStudentsExport', { ...october, side: 'missing' }));
    expect(sheet[0][0]).toContain('2026-10');
    expect(sheet[0][0]).toContain('未填');
    expect(sheet[1]).toEqual(['序号', '姓名', '学号', '班级', '班主任', '项目', '批次', '状态', '监测日期', '填写人']);
    expect(sheet.slice(2)).toHaveLength(figure.expected - figure.checked);
    expect(sheet.slice(2).map((r) => r[1])).toContain('新生');
    expect(sheet[2]).toEqual(['1', '同学0', null, '24汽修1班', '王老师', '广西百色', '2024级', '逾期未填', null, null]);

    const noClass = readXlsx(await office.caller.call('checkins.coverageStudentsExport', { ...october, group: { by: 'class', id: null }, side: 'checked' }));
    expect(noClass[0][0]).toContain('未分班');
    expect(noClass.slice(2)).toEqual([['1', '散生', null, null, null, '广西百色', '2024级', '已填', '2026-10-15', '帮扶办李老师']]);

    const audits = b.opened.sqlite.prepare("SELECT after FROM audit_log WHERE action = 'export' AND entity = 'checkin' ORDER BY id").all() as { after: string }[];
    expect(audits.map((a) => JSON.parse(a.after))).toEqual([
      { report: '月度监测名单', month: '2026-10', group: null, side: 'missing', rows: 1002 },
      { report: '月度监测名单', month: '2026-10', group: { by: 'class', id: null }, side: 'checked', rows: 1 },
    ]);
  });
});
