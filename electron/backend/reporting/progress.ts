import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { chinaToday } from '../../contract/dates';
import {
  PROGRESS_FIGURES,
  STUDENT_FIGURES,
  type FundingMoney,
  type PolicyMoney,
  type ProgressFigure,
  type ProgressInput,
  type ProgressReport,
  type ProgressRow,
} from '../../contract/reporting';
import { figureConditions, PAID_LINES, paidWithin, periodOf, studentFacts, trainingsWithin, type Period } from './facts';

type Counts = Partial<Record<ProgressFigure, number>> & { projectId: number | null };

/** Every student figure per project, in one pass over the register. */
function studentCounts(db: Db, period: Period): Counts[] {
  const when = figureConditions(period);
  const sums = sql.join(
    STUDENT_FIGURES.map((figure) => sql`sum(CASE WHEN ${when[figure]} THEN 1 ELSE 0 END) AS ${sql.identifier(figure)}`),
    sql`, `,
  );
  return db.all<Counts>(sql`SELECT f.projectId AS projectId, ${sums} FROM (${studentFacts(period)}) f GROUP BY f.projectId`);
}

const trainingCounts = (db: Db, period: Period) =>
  db.all<Counts>(sql`
    SELECT t.project_id AS projectId, sum(t.participants) AS trained, sum(t.registered_participants) AS trainedRegistered
    FROM trainings t WHERE ${trainingsWithin(period)} GROUP BY t.project_id`);

const moneyCounts = (db: Db, period: Period) =>
  db.all<Counts>(sql`
    SELECT s.project_id AS projectId, sum(l.amount_fen) AS moneyFen
    FROM ${PAID_LINES} WHERE ${paidWithin(period)} GROUP BY s.project_id`);

const empty = (): Record<ProgressFigure, number> => Object.fromEntries(PROGRESS_FIGURES.map((f) => [f, 0])) as Record<ProgressFigure, number>;

/** Adds a group's counts into a row's figures. */
function add(into: Record<ProgressFigure, number>, counts: Counts): void {
  for (const figure of PROGRESS_FIGURES) into[figure] += counts[figure] ?? 0;
}

/** The year of the earliest enrolment, the first year a report can cover. */
const firstYearOf = (db: Db, fallback: number): number =>
  Number(db.get<{ first: string | null }>(sql`SELECT min(enrolment_date) AS first FROM students`)?.first?.slice(0, 4) ?? fallback);

/** The 进展情况表: a row per project in the projects' order, the total, and the money by policy and by funding source. */
export function progressReport(db: Db, input: ProgressInput, now: Date): ProgressReport {
  const period = periodOf(input, now);
  const projects = db.all<{ id: number; name: string }>(sql`SELECT id, name FROM projects ORDER BY name`);
  const rows = new Map<number, ProgressRow>(projects.map((p) => [p.id, { projectId: p.id, label: p.name, figures: empty() }]));
  const total: ProgressRow = { projectId: null, label: '', figures: empty() };
  for (const counts of [...studentCounts(db, period), ...trainingCounts(db, period), ...moneyCounts(db, period)]) {
    // Courses with no project count in the total only.
    if (counts.projectId !== null) add(rows.get(counts.projectId)!.figures, counts);
    add(total.figures, counts);
  }
  const byPolicy = db.all<PolicyMoney>(sql`
    SELECT p.id AS policyId, p.name AS policyName, p.funding_source AS fundingSource, sum(l.amount_fen) AS amountFen, count(*) AS lines
    FROM ${PAID_LINES} WHERE ${paidWithin(period)} GROUP BY p.id ORDER BY p.id`);
  const byFunding = db.all<FundingMoney>(sql`
    SELECT p.funding_source AS fundingSource, sum(l.amount_fen) AS amountFen, count(*) AS lines
    FROM ${PAID_LINES} WHERE ${paidWithin(period)} GROUP BY p.funding_source ORDER BY p.funding_source = '', p.funding_source`);
  return { ...period, firstYear: firstYearOf(db, Number(chinaToday(now).slice(0, 4))), rows: [...rows.values()], total, byPolicy, byFunding };
}
