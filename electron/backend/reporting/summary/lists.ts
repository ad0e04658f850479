import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../../db/open';
import { deriveDestination, type Destination } from '../../../contract/placements';
import type { ProgressPayment } from '../../../contract/reporting';
import type { OutcomeGrouping } from '../../../contract/outcomes';
import { SUMMARY_LIST_MAX, type SummaryList, type SummaryListGrouping, type SummaryListInput, type SummaryStudent } from '../../../contract/reportingSummary';
import { byClass } from '../../classOrder';
import { graduateFacts } from '../../placements/outcomes/facts';
import { setsOf } from '../../placements/outcomes/figures';
import { GROUP_KEY } from '../../placements/outcomes/stats';
import type { SessionUser } from '../../rpc/context';
import { PAID_LINES } from '../facts';
import { REGISTER, studentsIn, type Grouping } from './register';

const names = new Intl.Collator('zh-CN');

type Row = SummaryStudent & { city: string; province: string | null; homeProvince: string };

/** The students `where` picks, class by class and by name as the register lists them, a graduate's destination as the statistics read it. */
function studentRows(db: Db, where: SQL): SummaryStudent[] {
  const rows = db.all<Row>(sql`
    SELECT s.id, s.name, s.student_no AS studentNo, pr.name AS projectName, co.name AS cohortName, c.name AS className, s.status,
      s.status_date AS statusDate, p.outcome, p.destination, coalesce(p.city, '') AS city, p.province, s.home_province AS homeProvince,
      p.monthly_salary_fen AS monthlySalaryFen
    FROM ${REGISTER}
    LEFT JOIN classes c ON c.id = s.class_id
    LEFT JOIN placements p ON p.student_id = s.id
    WHERE ${where}`);
  rows.sort((a, b) => byClass(a, b) || names.compare(a.name, b.name));
  return rows.map(({ city, province, homeProvince, destination, ...row }) => ({
    ...row,
    destination: row.outcome === null ? null : ((destination as Destination | null) ?? deriveDestination(city, province ?? '', homeProvince)),
  }));
}

// The contract lets a year of 届 list graduates only, and an intake year the register's figures only.
function registerGrouping(by: SummaryListGrouping): Grouping {
  if (by === 'graduationYear') throw new Error('a graduation year lists graduates only');
  return by;
}
function graduateGrouping(by: SummaryListGrouping): OutcomeGrouping {
  if (by === 'intakeYear') throw new Error('an intake year lists the register only');
  return by;
}

/** The students a count is made of: the register's for the intake and 流失, the outcome statistics' sets for the graduates'. */
function studentsBehind(db: Db, user: SessionUser, { groupBy, projectId, key, figure }: SummaryListInput): SummaryStudent[] {
  if (figure === 'intake') return studentRows(db, studentsIn(registerGrouping(groupBy), projectId, key));
  if (figure === 'withdrawn') return studentRows(db, sql`${studentsIn(registerGrouping(groupBy), projectId, key)} AND s.status = 'withdrawn'`);
  const keyOf = GROUP_KEY[graduateGrouping(groupBy)];
  const ids = graduateFacts(db, user, { year: null, projectId })
    .filter((f) => (key === null || keyOf(f) === String(key)) && setsOf(f).includes(figure as Exclude<typeof figure, 'paid'>))
    .map((f) => f.id);
  return studentRows(db, sql`s.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`);
}

/** The paid cash lines to the group's students, oldest first; a reversal is negative. */
function paymentsBehind(db: Db, { groupBy, projectId, key }: SummaryListInput, limit: number | null): Extract<SummaryList, { kind: 'payments' }> {
  const where = sql`b.status = 'paid' AND ${studentsIn(registerGrouping(groupBy), projectId, key)}`;
  // PAID_LINES brings the student `s`; their cohort is asked for by the grouping.
  const from = sql`${PAID_LINES} JOIN projects pr ON pr.id = s.project_id JOIN cohorts co ON co.id = s.cohort_id`;
  const sums = db.get<{ total: number; amountFen: number | null }>(sql`SELECT count(*) AS total, sum(l.amount_fen) AS amountFen FROM ${from} WHERE ${where}`)!;
  const rows = db
    .all<ProgressPayment>(sql`
      SELECT l.id, s.id AS studentId, s.name AS studentName, s.student_no AS studentNo, pr.name AS projectName, b.batch_no AS batchNo,
        p.name AS policyName, p.funding_source AS fundingSource, b.period, b.paid_on AS paidOn, l.amount_fen AS amountFen,
        l.reverses_line_id IS NOT NULL AS reversal
      FROM ${from} WHERE ${where}
      ORDER BY b.paid_on, b.batch_no, l.id
      ${limit === null ? sql`` : sql`LIMIT ${limit}`}`)
    .map((row) => ({ ...row, reversal: Boolean(row.reversal) }));
  return { kind: 'payments', rows, total: sums.total, amountFen: sums.amountFen ?? 0 };
}

/** What a number of the summary is made of: every one (`limit` null, for the export), or the first `limit` with the count (and sum) of all. */
export function summaryList(db: Db, user: SessionUser, input: SummaryListInput, limit: number | null = SUMMARY_LIST_MAX): SummaryList {
  if (input.figure === 'paid') return paymentsBehind(db, input, limit);
  const rows = studentsBehind(db, user, input);
  return { kind: 'students', rows: limit === null ? rows : rows.slice(0, limit), total: rows.length };
}
