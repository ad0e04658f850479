import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../../db/open';
import { PROGRESS_LIST_MAX, STUDENT_FIGURES, type ProgressPayment, type ProgressStudent, type ProgressTraining, type StudentFigure } from '../../../contract/reporting';
import type { FrozenChange, FrozenList, SubmissionListInput } from '../../../contract/reportingSubmissions';
import { figureDates, PAID_LINES } from '../facts';
import { frozenSubmission } from './read';
import { figureIds, idsOf } from './snapshot';

const isStudentFigure = (figure: string): figure is StudentFigure => (STUDENT_FIGURES as readonly string[]).includes(figure);
const within = (column: SQL, ids: readonly number[]) => sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
const ORDER: Record<FrozenChange, number> = { removed: 0, added: 1, kept: 2 };

/** Of payment lines, those of one policy or funding source when asked (a paid line's batch and policy never change). */
function ofMoney(db: Db, ids: number[], { policyId, fundingSource }: SubmissionListInput): number[] {
  if (policyId === null && fundingSource === null) return ids;
  const where = sql.join(
    [within(sql`l.id`, ids), policyId === null ? sql`1` : sql`p.id = ${policyId}`, fundingSource === null ? sql`1` : sql`p.funding_source = ${fundingSource}`],
    sql` AND `,
  );
  return db.all<{ id: number }>(sql`SELECT l.id FROM ${PAID_LINES} WHERE ${where}`).map((r) => r.id);
}

/**
 * The entries behind a figure of a submission: those it was sent with, and those the register
 * gives today, each marked kept, removed or added; the changed ones first. Names are as they are now.
 */
export function frozenList(db: Db, input: SubmissionListInput): FrozenList {
  const { period, ids } = frozenSubmission(db, input.id);
  const money = (list: number[]) => (input.figure === 'moneyFen' ? ofMoney(db, list, input) : list);
  const frozen = money(idsOf(ids, input.figure, input.projectId));
  const today = money(idsOf(figureIds(db, period), input.figure, input.projectId));
  const was = new Set(frozen);
  const is = new Set(today);
  const change = new Map<number, FrozenChange>([
    ...frozen.map((id): [number, FrozenChange] => [id, is.has(id) ? 'kept' : 'removed']),
    ...today.filter((id) => !was.has(id)).map((id): [number, FrozenChange] => [id, 'added']),
  ]);
  const shown = [...change.keys()].sort((a, b) => ORDER[change.get(a)!] - ORDER[change.get(b)!] || a - b).slice(0, PROGRESS_LIST_MAX);
  const place = new Map(shown.map((id, i) => [id, i]));
  const mark = <T extends { id: number }>(rows: T[]) =>
    rows.map((r) => ({ ...r, change: change.get(r.id)! })).sort((a, b) => place.get(a.id)! - place.get(b.id)!);
  const counts = { frozen: frozen.length, today: today.length, total: change.size, shown: shown.length };

  if (isStudentFigure(input.figure)) {
    const rows = db.all<Omit<ProgressStudent, 'date'> & { date: string | null }>(sql`
      SELECT s.id, s.name, s.student_no AS studentNo, pr.name AS projectName, co.name AS cohortName, c.name AS className, s.status,
        ${figureDates(period)[input.figure]} AS date, (SELECT pl.outcome FROM placements pl WHERE pl.student_id = s.id) AS outcome
      FROM students s JOIN projects pr ON pr.id = s.project_id JOIN cohorts co ON co.id = s.cohort_id LEFT JOIN classes c ON c.id = s.class_id
      WHERE ${within(sql`s.id`, shown)}`);
    return { kind: 'students', rows: mark(rows), ...counts };
  }
  if (input.figure === 'moneyFen') {
    const rows = db
      .all<Omit<ProgressPayment, 'reversal'> & { reversal: number }>(sql`
        SELECT l.id, s.id AS studentId, s.name AS studentName, s.student_no AS studentNo, (SELECT name FROM projects WHERE id = s.project_id) AS projectName,
          b.batch_no AS batchNo, p.name AS policyName, p.funding_source AS fundingSource, b.period, b.paid_on AS paidOn, l.amount_fen AS amountFen,
          l.reverses_line_id IS NOT NULL AS reversal
        FROM ${PAID_LINES} WHERE ${within(sql`l.id`, shown)}`)
      .map((r) => ({ ...r, reversal: Boolean(r.reversal) }));
    return { kind: 'payments', rows: mark(rows), ...counts };
  }
  const rows = db.all<ProgressTraining>(sql`
    SELECT t.id, t.course, t.start_date AS startDate, t.end_date AS endDate, t.region, pr.name AS projectName, t.participants,
      t.registered_participants AS registeredParticipants
    FROM trainings t LEFT JOIN projects pr ON pr.id = t.project_id WHERE ${within(sql`t.id`, shown)}`);
  return { kind: 'trainings', rows: mark(rows), ...counts };
}
