/**
 * Bench section: the student ledger (allowances.ledger) and the office's totals (allowances.totals,
 * each breakdown, all years and one) over ten years of paid batches: every in-school month's
 * 生活补贴 for the students in school then, and each year's 免学费, written straight into a copy of
 * the database. Against the handler's own query code called directly. Target: p95 under 100 ms.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type OpenDb } from '../../db/open';
import { allowanceTotals } from '../../electron/backend/allowances/totals';
import { studentLedger } from '../../electron/backend/allowances/ledger';
import { addPaidTotals } from '../../electron/backend/allowances/paidTotals';
import { formatTable } from '../../electron/backend/demo/table';
import { createBackend } from '../../electron/backend/rpc/dispatch';
import { TOTALS_BY } from '../../electron/contract/allowanceLedger';
import { chinaToday } from '../../electron/contract/dates';
import { academicYearOf, addMonths } from '../../electron/contract/schoolMonths';
import { DEFAULT_SETTINGS } from '../../electron/contract/settings';
import { tempDir } from '../support/temp';
import { signIn } from './signIn';
import { timeCases } from './stats';

const TARGET_P95_MS = 100;
const ITERATIONS = 50;
const WARM_UP = 5;
const YEARS = 10;

/** Ten years of paid batches by SQL, as the demo would have made them through the contract, each added to the paid totals as markPaid does; returns the lines written. Also used by ./reporting.ts. */
export function writeHistory({ sqlite, db }: OpenDb, preparedBy: number): number {
  const policy = (name: string) => (sqlite.prepare('SELECT id FROM allowance_policies WHERE name = ?').get(name) as { id: number }).id;
  const [living, fees] = [policy('生活补贴'), policy('免学费')];
  const now = new Date().toISOString();
  const batch = sqlite.prepare(
    `INSERT INTO allowance_batches (batch_no, policy_id, period, academic_year, status, prepared_by, paid_on, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'draft', ?, NULL, ?, ?)`,
  );
  const lines = sqlite.prepare(
    `INSERT INTO allowance_lines (batch_id, student_id, amount_fen, reason, created_at, updated_at)
     SELECT ?, id, ?, '', ?, ? FROM students WHERE enrolment_date <= ? AND (status IN ('enrolled', 'suspended') OR status_date >= ?)`,
  );
  const paid = sqlite.prepare("UPDATE allowance_batches SET status = 'paid', paid_on = ? WHERE id = ?");
  let written = 0;
  let n = 0;
  const add = (policyId: number, period: string, year: number, fen: number, from: string, to: string) => {
    const { lastInsertRowid } = batch.run(`B${String(++n).padStart(5, '0')}`, policyId, period, year, preparedBy, now, now);
    written += lines.run(lastInsertRowid, fen, now, now, to, from).changes;
    paid.run(to, lastInsertRowid);
    addPaidTotals(db, Number(lastInsertRowid));
  };
  const current = academicYearOf(chinaToday(new Date()).slice(0, 7));
  sqlite.transaction(() => {
    for (let year = current - YEARS + 1; year <= current; year++) {
      add(fees, String(year), year, 600_000, `${year}-09-01`, `${year}-10-25`);
      for (let i = 0; i < 12; i++) {
        const month = addMonths(`${year}-09`, i);
        if (!DEFAULT_SETTINGS.inSchoolMonths.includes(Number(month.slice(5)))) continue;
        add(living, month, year, 30_000, `${month}-01`, `${month}-25`);
      }
    }
  })();
  return written;
}

/** Returns whether the section passed. `password`: the demo accounts' (see ./signIn.ts for `own`). */
export async function benchAllowanceLedger(source: Database.Database, password: string, own: boolean): Promise<boolean> {
  const dir = tempDir('bangfu-bench-ledger-');
  const file = path.join(dir, 'bangfu.sqlite');
  await source.backup(file);
  const opened = openDatabase({ file });
  const sqlite = opened.sqlite;
  try {
    const { caller: finance, id: financeId } = await signIn(createBackend(opened), 'finance', password, own);
    const written = writeHistory(opened, financeId);
    // The students with the longest ledgers.
    const students = (sqlite.prepare('SELECT student_id AS id FROM allowance_lines GROUP BY student_id ORDER BY count(*) DESC LIMIT 20').all() as { id: number }[]).map((r) => r.id);
    const year = academicYearOf(chinaToday(new Date()).slice(0, 7)) - 1;
    const cases = [
      { label: 'ledger of one student', call: (i: number) => finance.call('allowances.ledger', { studentId: students[i % students.length] }), raw: (i: number) => studentLedger(opened.db, students[i % students.length]) },
      ...TOTALS_BY.flatMap((by) =>
        [null, year].map((academicYear) => ({
          label: `totals by ${by}${academicYear ? ` ${academicYear}` : ''}`,
          call: () => finance.call('allowances.totals', { by, academicYear }),
          raw: () => allowanceTotals(opened.db, by, academicYear),
        })),
      ),
    ];
    const { rows, pass } = await timeCases(cases, { iterations: ITERATIONS, warmUp: WARM_UP, targetMs: TARGET_P95_MS });
    console.log(`\nAllowance ledger and totals over ${YEARS} years: ${written} paid lines, ${ITERATIONS} runs after ${WARM_UP} warm-up (ms)`);
    console.log(formatTable(['call', 'contract med', 'p95', 'handler alone med', 'p95', 'ratio med', ''], rows));
    console.log(`\nTarget: p95 < ${TARGET_P95_MS} ms through the contract. (The handler alone: the same query code without session, role check, validation and transaction.)`);
    console.log(pass ? 'PASS' : 'FAIL');
    return pass;
  } finally {
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

