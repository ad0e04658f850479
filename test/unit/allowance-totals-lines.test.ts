import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { TOTALS_BY, type TotalsRow } from '../../electron/contract/allowanceLedger';
import type { TotalsLine, TotalsLines, TotalsStudent } from '../../electron/contract/allowanceTotalsLines';
import { totalsLines } from '../../electron/backend/allowances/totalsLines';
import { payOut, setup } from '../support/allowances';

/**
 * Three students in two projects, two academic years, cash under two funding sources (one not set),
 * a waiver, a reversal paid in 2026 of a 2025 line, and a draft: every figure of the totals against
 * the list behind it.
 */
async function history() {
  const s = await setup();
  const shanwei = await s.office.caller.call('projects.create', {
    name: '广东汕尾',
    partnerProvince: '广东',
    partnerCity: '汕尾',
    partnerCounty: '陆河县',
    partnerSchool: '陆河县职业技术学校',
    agreementDate: null,
    model: 'full_time',
    notes: '',
  });
  const cohort = await s.office.caller.call('cohorts.create', { projectId: shanwei.id, intakeYear: 2025, name: '2025级', plannedSize: 40 });
  const a = await s.student({ name: '甲', homeProvince: '广西' });
  await s.student({ name: '乙', homeProvince: '广东省' });
  await s.student({ name: '丙', homeProvince: '广东省', projectId: shanwei.id, cohortId: cohort.id, classId: null, enrolmentDate: '2025-09-01' });
  // 交通补贴's funding source left blank: its lines make the （未填） row.
  const transport = s.policy('交通补贴');
  await s.office.caller.call('allowances.updatePolicy', { ...transport, fundingSource: '' });
  const make = async (name: string, period: string) =>
    (await s.finance.caller.call('allowances.createBatch', { policyId: s.policy(name).id, period, notes: '' })).id;
  await payOut(s, await make('生活补贴', '2025-10'));
  await payOut(s, await make('生活补贴', '2026-10'));
  await payOut(s, await make('交通补贴', '2026'));
  await payOut(s, await make('免学费', '2026'));
  const october2025 = (await s.finance.caller.call('allowances.ledger', { studentId: a })).lines.find((l) => l.period === '2025-10')!;
  const november = await make('生活补贴', '2026-11');
  const { version } = await s.batch(november);
  await s.finance.caller.call('allowances.addReversal', { batchId: november, version, lineId: october2025.lineId, amountFen: 10_000, reason: '十月多发' });
  await payOut(s, november);
  await make('生活补贴', '2026-09'); // a draft: in no figure
  return s;
}

type S = Awaited<ReturnType<typeof history>>;
let s: S;
beforeAll(async () => {
  s = await history();
});

const sum = <R>(rows: R[], of: (r: R) => number) => rows.reduce((n, r) => n + of(r), 0);
const lines = (l: TotalsLines) => (l.side === 'lines' ? l.rows : []) as TotalsLine[];
const students = (l: TotalsLines) => (l.side === 'students' ? l.rows : []) as TotalsStudent[];

describe('the lists behind the allowance totals', () => {
  it('add up to every figure, for each breakdown, year and row and the total', async () => {
    let checked = 0;
    for (const by of TOTALS_BY)
      for (const academicYear of [null, 2025, 2026]) {
        const totals = await s.viewer.caller.call('allowances.totals', { by, academicYear });
        const rows: { key: TotalsRow['key'] | null; figures: Omit<TotalsRow, 'key' | 'label'> }[] = [
          ...totals.rows.map((r) => ({ key: r.key, figures: r })),
          { key: null, figures: totals.total },
        ];
        for (const { key, figures } of rows) {
          const at = `${by} ${academicYear} ${key}`;
          const list = (side: 'lines' | 'students', kind: 'cash' | 'waiver' | null = null) =>
            s.viewer.caller.call('allowances.totalsLines', { by, academicYear, key, side, kind });
          const people = await list('students');
          expect(students(people).length, at).toBe(figures.students);
          expect(people.sums, at).toEqual({ students: figures.students, lines: figures.lines, cashFen: figures.cashFen, waiverFen: figures.waiverFen });
          expect([sum(students(people), (r) => r.lines), sum(students(people), (r) => r.cashFen), sum(students(people), (r) => r.waiverFen)], at).toEqual([
            figures.lines,
            figures.cashFen,
            figures.waiverFen,
          ]);
          const all = await list('lines');
          const allSum = sum(lines(all), (l) => l.amountFen);
          expect([all.total, lines(all).length, allSum], at).toEqual([figures.lines, figures.lines, figures.cashFen + figures.waiverFen]);
          const cash = await list('lines', 'cash');
          const cashSum = sum(lines(cash), (l) => l.amountFen);
          expect([cashSum, cash.sums.waiverFen, lines(cash).every((l) => l.kind === 'cash')], at).toEqual([figures.cashFen, 0, true]);
          const waiver = await list('lines', 'waiver');
          const waiverSum = sum(lines(waiver), (l) => l.amountFen);
          expect([waiverSum, waiver.sums.cashFen, lines(waiver).every((l) => l.kind === 'waiver')], at).toEqual([figures.waiverFen, 0, true]);
          expect(cash.total + waiver.total, at).toBe(figures.lines);
          checked++;
        }
      }
    // every row of the five breakdowns, for all years and each of the two
    expect(checked).toBe(43);
  });

  it('lists a year’s lines with the reversal paid later, negative, and splits cash from waivers', async () => {
    const row = (key: number, side: 'lines' | 'students', kind: 'cash' | 'waiver' | null = null) =>
      s.office.caller.call('allowances.totalsLines', { by: 'academicYear', academicYear: null, key, side, kind });
    const year2025 = lines(await row(2025, 'lines'));
    expect(year2025.map((l) => [l.studentName, l.policyName, l.period, l.amountFen, l.reverses])).toEqual([
      ['甲', '生活补贴', '2025-10', 30_000, null],
      ['乙', '生活补贴', '2025-10', 30_000, null],
      ['丙', '生活补贴', '2025-10', 30_000, null],
      ['甲', '生活补贴', '2026-11', -10_000, '2025-10'],
    ]);
    expect(year2025.map((l) => [l.projectName, l.cohortName, l.className])).toContainEqual(['广东汕尾', '2025级', null]);

    const waived = lines(await row(2026, 'lines', 'waiver'));
    expect(waived.map((l) => [l.studentName, l.policyName, l.amountFen])).toEqual([
      ['甲', '免学费', 600_000],
      ['乙', '免学费', 600_000],
      ['丙', '免学费', 600_000],
    ]);
    const paid = lines(await row(2026, 'lines', 'cash'));
    expect(new Set(paid.map((l) => l.policyName))).toEqual(new Set(['生活补贴', '交通补贴']));
    expect(paid.map((l) => l.period)).not.toContain('2026-09');

    // by student: class by class, those without one last
    const people = students(await row(2026, 'students'));
    expect(people.map((p) => [p.name, p.className, p.lines, p.cashFen, p.waiverFen])).toEqual([
      ['甲', '24汽修1班', 4, 30_000 + 30_000 + 160_000, 600_000],
      ['乙', '24汽修1班', 3, 60_000, 600_000],
      ['丙', null, 3, 60_000, 600_000],
    ]);
    const blank = lines(await s.office.caller.call('allowances.totalsLines', { by: 'fundingSource', academicYear: null, key: '', side: 'lines', kind: null }));
    expect(blank.map((l) => [l.studentName, l.policyName])).toEqual([['甲', '交通补贴']]);
  });

  it('answers with the first rows and the figures of all of them', () => {
    const scope = { by: 'academicYear', academicYear: null, key: null, kind: null } as const;
    const cut = totalsLines(s.b.opened.db, { ...scope, side: 'lines' }, 2);
    const whole = totalsLines(s.b.opened.db, { ...scope, side: 'lines' }, null);
    expect([cut.rows.length, cut.total, cut.sums]).toEqual([2, whole.rows.length, whole.sums]);
    expect(cut.rows).toEqual(whole.rows.slice(0, 2));
    expect(totalsLines(s.b.opened.db, { ...scope, side: 'students' }, 1)).toMatchObject({ total: 3, rows: [{ name: '甲' }] });
  });

  it('exports every row, amounts as numbers in yuan, audited as an export, for the roles that see the totals', async () => {
    const input = { by: 'policy', academicYear: 2026, key: s.policy('生活补贴').id, side: 'lines', kind: 'cash' } as const;
    const list = await s.finance.caller.call('allowances.totalsLines', input);
    const file = await s.finance.caller.call('allowances.totalsLinesExport', input);
    const book = XLSX.read(Buffer.from(file.base64, 'base64'));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]], { header: 1, raw: true, defval: null });
    expect(String(rows[0][0])).toMatch(/^资助统计明细 · 发放金额 — 筛选：2026–2027学年 · 资助项目：生活补贴；共 6 条；导出：财务蔡老师 /);
    expect(rows[1]).toEqual(['姓名', '学号', '帮扶项目', '批次', '班级', '批次号', '资助项目', '资金来源', '发放期间', '发放日期', '金额（元）', '冲减']);
    const body = rows.slice(2);
    expect([file.rows, body.length, list.total]).toEqual([6, 6, 6]);
    expect(body.map((r) => r[10])).toEqual(lines(list).map((l) => l.amountFen / 100));
    expect(sum(body, (r) => r[10] as number)).toBe(1_800); // October and November, 3 × 300 each; the reversal counts in 2025

    const people = await s.viewer.caller.call('allowances.totalsLinesExport', { by: 'project', academicYear: null, key: null, side: 'students', kind: null });
    const sheet = XLSX.read(Buffer.from(people.base64, 'base64'));
    const peopleRows = XLSX.utils.sheet_to_json<unknown[]>(sheet.Sheets[sheet.SheetNames[0]], { header: 1, raw: true, defval: null });
    expect(peopleRows[1]).toEqual(['姓名', '学号', '帮扶项目', '批次', '班级', '笔数', '发放金额（元）', '减免金额（元）']);
    expect(peopleRows.slice(2).map((r) => [r[0], r[5], r[6], r[7]])).toEqual([
      ['甲', 6, 3 * 300 - 100 + 1_600, 6_000],
      ['乙', 4, 900, 6_000],
      ['丙', 4, 900, 6_000],
    ]);

    const logged = s.b.opened.sqlite.prepare("SELECT action, after FROM audit_log WHERE entity = 'report' ORDER BY id").all() as { action: string; after: string }[];
    expect(logged.map((e) => [e.action, JSON.parse(e.after)])).toEqual([
      ['export', expect.objectContaining({ report: '资助统计明细', figure: '发放金额', year: '2026–2027学年', row: '资助项目：生活补贴', rows: 6, cashFen: 180_000 })],
      ['export', expect.objectContaining({ figure: '人数', year: '全部学年', row: '合计', rows: 3 })],
    ]);

    const any = { by: 'academicYear', academicYear: null, key: null, side: 'lines', kind: null } as const;
    for (const method of ['allowances.totalsLines', 'allowances.totalsLinesExport'])
      expect((await s.c1.caller.fail(method, any)).code, method).toBe('forbidden');
    for (const who of [s.office, s.finance, s.viewer]) expect((await who.caller.call('allowances.totalsLines', any)).total).toBe(14);
  });
});
