import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import {
  PROGRESS_LIST_MAX,
  STUDENT_FIGURES,
  type ProgressList,
  type ProgressListInput,
  type ProgressPayment,
  type ProgressStudent,
  type ProgressTraining,
  type StudentFigure,
} from '../../contract/reporting';
import { byClass } from '../classOrder';
import { figureConditions, figureDates, PAID_LINES, paidWithin, periodOf, studentFacts, trainingsWithin } from './facts';

const names = new Intl.Collator('zh-CN');
const isStudentFigure = (figure: string): figure is StudentFigure => (STUDENT_FIGURES as readonly string[]).includes(figure);

/** The students a figure counts, class by class and by name, as the register lists them. */
function studentsBehind(db: Db, input: ProgressListInput, period: ReturnType<typeof periodOf>, figure: StudentFigure): ProgressStudent[] {
  const project = input.projectId === null ? sql`1` : sql`f.projectId = ${input.projectId}`;
  const rows = db.all<ProgressStudent>(sql`
    SELECT s.id, s.name, s.student_no AS studentNo, pr.name AS projectName, co.name AS cohortName, c.name AS className, s.status,
      ${figureDates(period)[figure]} AS date, f.outcome
    FROM (${studentFacts(period)}) f
    JOIN students s ON s.id = f.id
    JOIN projects pr ON pr.id = s.project_id
    JOIN cohorts co ON co.id = s.cohort_id
    LEFT JOIN classes c ON c.id = s.class_id
    WHERE ${figureConditions(period)[figure]} AND ${project}`);
  return rows.sort((a, b) => byClass(a, b) || names.compare(a.name, b.name));
}

/** The payment lines behind a money figure: of a project, a policy or a funding source, or all. */
function paymentsWhere(input: ProgressListInput, period: ReturnType<typeof periodOf>): SQL {
  return sql.join(
    [
      paidWithin(period),
      input.projectId === null ? undefined : sql`s.project_id = ${input.projectId}`,
      input.policyId === null ? undefined : sql`p.id = ${input.policyId}`,
      input.fundingSource === null ? undefined : sql`p.funding_source = ${input.fundingSource}`,
    ].filter((part): part is SQL => part !== undefined),
    sql` AND `,
  );
}

const paymentRows = (db: Db, where: SQL, limit: number | null) =>
  db.all<ProgressPayment>(sql`
    SELECT l.id, s.id AS studentId, s.name AS studentName, s.student_no AS studentNo, (SELECT name FROM projects WHERE id = s.project_id) AS projectName,
      b.batch_no AS batchNo, p.name AS policyName, p.funding_source AS fundingSource, b.period, b.paid_on AS paidOn, l.amount_fen AS amountFen,
      l.reverses_line_id IS NOT NULL AS reversal
    FROM ${PAID_LINES} WHERE ${where}
    ORDER BY b.paid_on, b.batch_no, l.id
    ${limit === null ? sql`` : sql`LIMIT ${limit}`}`).map((row) => ({ ...row, reversal: Boolean(row.reversal) }));

/** The courses behind 培训人数 (those with 建档立卡 participants behind 其中建档立卡). */
function trainingsBehind(db: Db, input: ProgressListInput, period: ReturnType<typeof periodOf>): ProgressTraining[] {
  const project = input.projectId === null ? sql`1` : sql`t.project_id = ${input.projectId}`;
  const registered = input.figure === 'trainedRegistered' ? sql`t.registered_participants > 0` : sql`1`;
  return db.all<ProgressTraining>(sql`
    SELECT t.id, t.course, t.start_date AS startDate, t.end_date AS endDate, t.region, pr.name AS projectName, t.participants,
      t.registered_participants AS registeredParticipants
    FROM trainings t LEFT JOIN projects pr ON pr.id = t.project_id
    WHERE ${trainingsWithin(period)} AND ${project} AND ${registered}
    ORDER BY t.start_date, t.id`);
}

/**
 * What a figure is made of: its students, its courses or its payment lines, every one of them
 * (`limit` null, for the export) or the first `limit` with the count and sum of all.
 */
export function progressList(db: Db, input: ProgressListInput, now: Date, limit: number | null = PROGRESS_LIST_MAX): ProgressList {
  const period = periodOf(input, now);
  const cut = <T>(rows: T[]) => (limit === null ? rows : rows.slice(0, limit));
  if (isStudentFigure(input.figure)) {
    const rows = studentsBehind(db, input, period, input.figure);
    return { kind: 'students', rows: cut(rows), total: rows.length };
  }
  if (input.figure === 'moneyFen') {
    const where = paymentsWhere(input, period);
    const sums = db.get<{ total: number; amountFen: number | null }>(
      sql`SELECT count(*) AS total, sum(l.amount_fen) AS amountFen FROM ${PAID_LINES} WHERE ${where}`,
    )!;
    return { kind: 'payments', rows: paymentRows(db, where, limit), total: sums.total, amountFen: sums.amountFen ?? 0 };
  }
  const rows = trainingsBehind(db, input, period);
  return {
    kind: 'trainings',
    rows: cut(rows),
    total: rows.length,
    participants: rows.reduce((n, r) => n + r.participants, 0),
    registeredParticipants: rows.reduce((n, r) => n + r.registeredParticipants, 0),
  };
}
