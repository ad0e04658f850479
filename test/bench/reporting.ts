/**
 * Bench section: 统计报表 over the demo's ten years. The 进展情况表 (reports.progress) for last year
 * and this year so far, and 项目成效 (reports.summary by project and by cohort, and its trend over
 * the years), with every graduate placed (./outcomes.ts writes the placements), ten years of paid
 * allowance batches (./allowanceLedger.ts writes them) and three short courses a year per project
 * written straight into a copy of the database; and the leader dashboard (reports.dashboard) of this
 * year, over the demo's check-ins too. Against hand-written SQL doing the core counting in one
 * aggregate each (for the dashboard, that and the check-ins' own by hand). Target (issue 14): p95 under 500 ms.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type OpenDb } from '../../db/open';
import { formatTable } from '../../electron/backend/demo/table';
import { createBackend } from '../../electron/backend/rpc/dispatch';
import { chinaToday } from '../../electron/contract/dates';
import { DASHBOARD_MONTHS } from '../../electron/contract/reportingDashboard';
import { addMonths, monthOf } from '../../electron/contract/schoolMonths';
import { directOverdue, directWarnings } from './checkinsDirect';
import { tempDir } from '../support/temp';
import { writeHistory } from './allowanceLedger';
import { writePlacements } from './outcomes';
import { signIn } from './signIn';
import { timeCases } from './stats';

const TARGET_P95_MS = 500;
const ITERATIONS = 20;
const WARM_UP = 3;

/** Three courses a year for each project, in its partner region, since the demo's first year. */
function writeTrainings({ sqlite }: OpenDb, thisYear: number): number {
  const now = new Date().toISOString();
  const projects = sqlite.prepare('SELECT id FROM projects').all() as { id: number }[];
  const insert = sqlite.prepare(
    `INSERT INTO trainings (course, start_date, end_date, region, project_id, participants, registered_participants, created_at, updated_at) VALUES (?, ?, ?, '基准地区', ?, ?, ?, ?, ?)`,
  );
  let written = 0;
  sqlite.transaction(() => {
    for (let year = thisYear - 10; year <= thisYear; year++)
      for (const { id } of projects)
        for (const month of ['03', '07', '11']) {
          insert.run('电工', `${year}-${month}-10`, `${year}-${month}-14`, id, 60, 40, now, now);
          written++;
        }
  })();
  return written;
}

/** The 进展情况表's core counts by project in one hand-written aggregate: intake, 建档立卡, graduates, withdrawn, money paid. */
function rawProgress(sqlite: Database.Database, from: string, to: string): unknown[] {
  const students = sqlite
    .prepare(
      `SELECT s.project_id AS project,
         sum(s.enrolment_date BETWEEN :from AND :to) AS newStudents,
         sum(s.enrolment_date BETWEEN :from AND :to AND s.poverty_status = 'registered') AS newRegistered,
         sum(s.status IN ('graduated', 'completed') AND s.status_date BETWEEN :from AND :to) AS graduates,
         sum(s.status = 'withdrawn' AND s.status_date BETWEEN :from AND :to) AS withdrawn,
         sum(s.enrolment_date <= :to AND (s.status IN ('enrolled', 'suspended') OR s.status_date > :to)) AS inSchool
       FROM students s GROUP BY s.project_id`,
    )
    .all({ from, to });
  const money = sqlite
    .prepare(
      `SELECT s.project_id AS project, sum(l.amount_fen) AS fen FROM allowance_lines l
       JOIN allowance_batches b ON b.id = l.batch_id JOIN students s ON s.id = l.student_id
       WHERE b.status = 'paid' AND b.paid_on BETWEEN ? AND ? GROUP BY s.project_id`,
    )
    .all(from, to);
  return [students, money];
}

/** 项目成效's core by project or cohort by hand: intake, withdrawn, graduates, their outcomes and salaries; then the money paid to each group's students. */
function rawSummary(sqlite: Database.Database, by: 'project_id' | 'cohort_id'): unknown[] {
  const students = sqlite
    .prepare(
      `SELECT s.${by} AS key, count(*) AS intake, sum(s.status = 'withdrawn') AS withdrawn,
         sum(s.status IN ('graduated', 'completed')) AS graduates,
         sum(s.status IN ('graduated', 'completed') AND p.outcome IN ('contract', 'flexible', 'self_employed', 'further_study', 'military', 'abroad')) AS employed,
         avg(p.monthly_salary_fen) AS meanSalary
       FROM students s LEFT JOIN placements p ON p.student_id = s.id GROUP BY s.${by}`,
    )
    .all();
  const money = sqlite.prepare(`SELECT s.${by} AS key, sum(t.amount_fen) AS paid FROM allowance_paid_totals t JOIN students s ON s.id = t.student_id GROUP BY s.${by}`).all();
  return [students, money];
}

/**
 * The dashboard's work by hand: the progress table's counts, the year's money by month and the
 * students paid, 就业率 by graduation year, the months each student was expected a check-in over the
 * last twelve with those logged (as 逾期未填 reads them), and the 预警 rules over everyone in school.
 */
function rawDashboard(sqlite: Database.Database, today: string) {
  const overdue = directOverdue(sqlite);
  const warnings = directWarnings(sqlite);
  const money = sqlite.prepare(
    `SELECT substr(b.paid_on, 1, 7) AS month, sum(l.amount_fen) AS fen, count(DISTINCT CASE WHEN l.reverses_line_id IS NULL THEN l.student_id END) AS students
     FROM allowance_lines l JOIN allowance_batches b ON b.id = l.batch_id JOIN allowance_policies p ON p.id = b.policy_id AND p.kind = 'cash'
     WHERE b.status = 'paid' AND b.paid_on BETWEEN ? AND ? GROUP BY month`,
  );
  const employment = sqlite.prepare(
    `SELECT CAST(substr(s.status_date, 1, 4) AS INTEGER) + (substr(s.status_date, 6, 2) >= '09') AS year, count(*) AS graduates,
       sum(p.outcome IN ('contract', 'flexible', 'self_employed', 'further_study', 'military', 'abroad')) AS employed, sum(p.outcome IS NULL) AS unrecorded
     FROM students s LEFT JOIN placements p ON p.student_id = s.id WHERE s.status IN ('graduated', 'completed') GROUP BY year`,
  );
  const from = `${today.slice(0, 4)}-01-01`;
  const month = monthOf(today);
  return () => [
    rawProgress(sqlite, from, today),
    money.all(from, today),
    employment.all(),
    overdue(addMonths(month, 1 - DASHBOARD_MONTHS), month),
    warnings(month),
  ];
}

/** Returns whether the section passed. `password`: the demo accounts' (see ./signIn.ts for `own`). */
export async function benchReporting(source: Database.Database, password: string, own: boolean): Promise<boolean> {
  const dir = tempDir('bangfu-bench-reporting-');
  const file = path.join(dir, 'bangfu.sqlite');
  await source.backup(file);
  const opened = openDatabase({ file });
  const sqlite = opened.sqlite;
  try {
    const { caller: admin, id: adminId } = await signIn(createBackend(opened), 'admin', password, own);
    const placed = writePlacements(opened, adminId);
    writeHistory(opened, adminId);
    const today = chinaToday(new Date());
    const thisYear = Number(today.slice(0, 4));
    const courses = writeTrainings(opened, thisYear);
    const lastYear = thisYear - 1;
    const cases = [
      {
        label: `进展情况表 ${lastYear}`,
        call: () => admin.call('reports.progress', { year: lastYear, from: null, to: null }),
        raw: () => rawProgress(sqlite, `${lastYear}-01-01`, `${lastYear}-12-31`),
      },
      {
        label: `进展情况表 ${thisYear} so far`,
        call: () => admin.call('reports.progress', { year: thisYear, from: null, to: null }),
        raw: () => rawProgress(sqlite, `${thisYear}-01-01`, today),
      },
      { label: '项目成效 by project', call: () => admin.call('reports.summary', { groupBy: 'project', projectId: null }), raw: () => rawSummary(sqlite, 'project_id') },
      { label: '项目成效 by cohort', call: () => admin.call('reports.summary', { groupBy: 'cohort', projectId: null }), raw: () => rawSummary(sqlite, 'cohort_id') },
      { label: '项目成效 trend over the years', call: () => admin.call('reports.summaryTrend', { projectId: null }), raw: () => rawSummary(sqlite, 'cohort_id') },
      { label: `领导看板 ${thisYear}`, call: () => admin.call('reports.dashboard', { year: thisYear }), raw: rawDashboard(sqlite, today) },
    ];
    const { rows, pass } = await timeCases(cases, { iterations: ITERATIONS, warmUp: WARM_UP, targetMs: TARGET_P95_MS });
    const count = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;
    console.log(
      `\n统计报表: ${count('SELECT count(*) AS n FROM students')} students, ${placed} graduates placed, ${count('SELECT count(*) AS n FROM allowance_lines')} allowance lines, ${count('SELECT count(*) AS n FROM checkins')} check-ins, ${courses} short courses; ${ITERATIONS} runs after ${WARM_UP} warm-up (ms)`,
    );
    console.log(formatTable(['call', 'contract med', 'p95', 'raw med', 'p95', 'ratio med', ''], rows));
    console.log(`\nTarget: p95 < ${TARGET_P95_MS} ms through the contract.`);
    console.log(pass ? 'PASS' : 'FAIL');
    return pass;
  } finally {
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
