import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import type { Totals } from '../../contract/allowanceLedger';
import { TOTALS_LINES_MAX, type TotalsLine, type TotalsLines, type TotalsStudent } from '../../contract/allowanceTotalsLines';
import { byClass } from '../classOrder';
import { hand, withinLimit } from '../export/audited';
import type { Handlers } from '../rpc/context';
import { PAID_LINES, scoped, SUMS, type TotalsScope } from './totals';
import { totalsLinesSheet } from './totalsLinesExport';

const names = new Intl.Collator('zh-CN');

// Correlated, not joined: the breakdown's own joins already use the short names (totals.ts).
const STUDENT_COLUMNS = sql`s.student_no AS studentNo, (SELECT name FROM projects WHERE id = s.project_id) AS projectName,
  (SELECT name FROM cohorts WHERE id = s.cohort_id) AS cohortName, (SELECT name FROM classes WHERE id = s.class_id) AS className`;

/** The paid lines a figure counts, in the order they were paid. */
const lineRows = (db: Db, scope: TotalsScope, limit: number | null) =>
  db.all<TotalsLine>(sql`
    SELECT x.line_id AS id, s.id AS studentId, s.name AS studentName, ${STUDENT_COLUMNS},
      x.batch_no AS batchNo, x.policy_name AS policyName, x.kind, x.funding_source AS fundingSource, x.period, x.paid_on AS paidOn,
      x.amount_fen AS amountFen, x.reverses_period AS reverses
    ${scoped(PAID_LINES, scope)}
    ORDER BY x.paid_on, x.batch_no, x.line_id
    ${limit === null ? sql`` : sql`LIMIT ${limit}`}`);

/** The students a figure counts, each with their lines' count and sums, class by class and by name as the register lists them. */
function studentRows(db: Db, scope: TotalsScope): TotalsStudent[] {
  const rows = db.all<TotalsStudent>(sql`
    SELECT s.id, s.name, ${STUDENT_COLUMNS}, sum(x.lines) AS lines,
      coalesce(sum(CASE x.kind WHEN 'cash' THEN x.amount_fen END), 0) AS cashFen,
      coalesce(sum(CASE x.kind WHEN 'waiver' THEN x.amount_fen END), 0) AS waiverFen
    ${scoped(PAID_LINES, scope)}
    GROUP BY s.id`);
  return rows.sort((a, b) => byClass(a, b) || names.compare(a.name, b.name));
}

type Scope = TotalsScope & { side: 'lines' | 'students' };

/** The figures of the whole list, as a row of the totals counts them. */
const sumsOf = (db: Db, scope: TotalsScope) => db.get<Totals['total']>(sql`SELECT ${SUMS} ${scoped(PAID_LINES, scope, false)}`)!;

/**
 * What one figure of the totals is made of: its students or its paid lines, every one of them
 * (`limit` null, for the export) or the first `limit`, with the figures of the whole list.
 */
export function totalsLines(db: Db, scope: Scope, limit: number | null = TOTALS_LINES_MAX, sums = sumsOf(db, scope)): TotalsLines {
  if (scope.side === 'lines') return { side: 'lines', rows: lineRows(db, scope, limit), total: sums.lines, sums };
  const rows = studentRows(db, scope);
  return { side: 'students', rows: limit === null ? rows : rows.slice(0, limit), total: rows.length, sums };
}

export const totalsLinesHandlers: Handlers<'allowances.totalsLines' | 'allowances.totalsLinesExport'> = {
  'allowances.totalsLines': (input, { db }) => totalsLines(db, input),
  'allowances.totalsLinesExport': {
    prepare: async (input, { db, user, locale, now }) => {
      // Refused before ten years of lines are read.
      const sums = sumsOf(db, input);
      withinLimit(input.side === 'lines' ? sums.lines : sums.students);
      return totalsLinesSheet(db, user, locale, now(), input, totalsLines(db, input, null, sums));
    },
    run: (_input, ctx, prepared) => hand(ctx, prepared),
  },
};
