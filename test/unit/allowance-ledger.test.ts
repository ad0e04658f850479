import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATIONS_DIR } from '../../db/open';
import { payOut, setup } from '../support/allowances';

/** Two students, two academic years, cash and a waiver, and one reversal: figures written out by hand. */
async function history() {
  const s = await setup();
  const a = await s.student({ name: '甲', homeProvince: '广西' });
  await s.student({ name: '乙', homeProvince: '广东省' });
  const make = async (name: string, period: string) => (await s.finance.caller.call('allowances.createBatch', { policyId: s.policy(name).id, period, notes: '' })).id;
  await payOut(s, await make('生活补贴', '2025-10')); // 2 × 300, year 2025
  await payOut(s, await make('生活补贴', '2026-10')); // 2 × 300, year 2026
  await payOut(s, await make('交通补贴', '2026')); // 甲 1,600 (乙 is from Guangdong)
  await payOut(s, await make('免学费', '2026')); // 2 × 6,000 waived
  // 甲's October 2025 was 100 too much: taken back in November 2026.
  const october2025 = (await s.finance.caller.call('allowances.ledger', { studentId: a })).lines.find((l) => l.period === '2025-10')!;
  const november = await make('生活补贴', '2026-11');
  const { version } = await s.batch(november);
  await s.finance.caller.call('allowances.addReversal', { batchId: november, version, lineId: october2025.lineId, amountFen: 10_000, reason: '十月多发' });
  await payOut(s, november); // 2 × 300 − 100, the 100 counted in 2025
  // A draft counts for the cap but not as paid.
  await make('生活补贴', '2026-09');
  return { ...s, a };
}

describe('the allowance ledger and the office totals', () => {
  it('shows one student’s years by policy, with what is paid and what each cap leaves', async () => {
    const s = await history();
    const ledger = await s.office.caller.call('allowances.ledger', { studentId: s.a });
    const years = ledger.years.map((y) => [y.academicYear, y.policyName, y.givenFen, y.paidFen, y.remainingFen]);
    expect(years).toEqual([
      [2026, '免学费', 600_000, 600_000, 0],
      [2026, '生活补贴', 90_000, 60_000, null],
      [2026, '交通补贴', 160_000, 160_000, 0],
      [2025, '生活补贴', 20_000, 20_000, null],
    ]);
    expect(ledger.lines.map((l) => [l.period, l.amountFen])).toEqual([
      ['2026-09', 30_000],
      ['2026-11', -10_000],
      ['2026-11', 30_000],
      ['2026', 600_000],
      ['2026', 160_000],
      ['2026-10', 30_000],
      ['2025-10', 30_000],
    ]);
    expect((await s.finance.caller.fail('allowances.ledger', { studentId: 9999 })).code).toBe('not_found');
  });

  it('adds up paid batches by year, policy, funding source, project and cohort, reversals in the year they correct', async () => {
    const s = await history();
    const totals = (by: 'academicYear' | 'policy' | 'fundingSource' | 'project' | 'cohort', academicYear: number | null = null) =>
      s.viewer.caller.call('allowances.totals', { by, academicYear });
    const byYear = await totals('academicYear');
    expect(byYear.rows.map((r) => [r.key, r.students, r.lines, r.cashFen, r.waiverFen])).toEqual([
      [2026, 2, 7, 60_000 + 160_000 + 60_000, 1_200_000],
      [2025, 2, 3, 60_000 - 10_000, 0],
    ]);
    expect(byYear.total).toEqual({ students: 2, lines: 10, cashFen: 330_000, waiverFen: 1_200_000 });

    const byPolicy = await totals('policy', 2026);
    expect(byPolicy.rows.map((r) => [r.label, r.cashFen, r.waiverFen])).toEqual([
      ['免学费', 0, 1_200_000],
      ['生活补贴', 120_000, 0],
      ['交通补贴', 160_000, 0],
    ]);
    expect(byPolicy.total).toEqual({ students: 2, lines: 7, cashFen: 280_000, waiverFen: 1_200_000 });
    expect((await totals('fundingSource')).rows.map((r) => [r.label, r.cashFen])).toEqual([['深圳市财政', 330_000]]);
    expect((await totals('project')).rows.map((r) => [r.label, r.students, r.cashFen])).toEqual([['广西百色', 2, 330_000]]);
    expect((await totals('cohort')).rows.map((r) => r.label)).toEqual(['广西百色 2024级']);
    expect((await s.c1.caller.fail('allowances.totals', {})).code).toBe('forbidden');
  });

  it('keep the paid totals as the upgrade adds them up from the lines: each payment adds the same', async () => {
    const s = await history();
    const sqlite = s.b.opened.sqlite;
    const rows = () => sqlite.prepare('SELECT * FROM allowance_paid_totals ORDER BY academic_year, policy_id, student_id').all();
    const kept = rows();
    expect(kept.length).toBeGreaterThan(0);
    const migration = fs.readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, '0013_allowance_paid_totals.sql'), 'utf8');
    const backfill = migration.split('--> statement-breakpoint').at(-1)!;
    sqlite.exec('DELETE FROM allowance_paid_totals');
    sqlite.exec(backfill);
    expect(rows()).toEqual(kept);
  });
});
