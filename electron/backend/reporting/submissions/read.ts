import { sql } from 'drizzle-orm';
import type { Db } from '../../../../db/open';
import { percentOf } from '../../../contract/outcomes';
import { PROGRESS_RATES, type ProgressReport, type ProgressRow } from '../../../contract/reporting';
import type { ProgressColumnKey } from '../../../contract/reportingColumns';
import type { FrozenIds, SubmissionDetail, SubmissionDifference, SubmissionPdf, SubmissionSummary } from '../../../contract/reportingSubmissions';
import { AppError } from '../../rpc/errors';
import type { Period } from '../facts';
import { progressReport } from '../progress';
import { snapshotHash } from './snapshot';

const SUMMARY = sql`
  SELECT r.id, r.year, r.period_from AS "from", r.period_to AS "to", r.recipient, r.note, u.display_name AS submittedBy, r.created_at AS submittedAt,
    r.supersedes, r.supersede_reason AS supersedeReason, (SELECT n.id FROM report_submissions n WHERE n.supersedes = r.id) AS supersededBy
  FROM report_submissions r JOIN users u ON u.id = r.user_id`;

/** Every submission, newest first, or a year's. */
export const submissionSummaries = (db: Db, year: number | null): SubmissionSummary[] =>
  db.all<SubmissionSummary>(sql`${SUMMARY} ${year === null ? sql`` : sql`WHERE r.year = ${year}`} ORDER BY r.created_at DESC, r.id DESC`);

export const submissionSummary = (db: Db, id: number): SubmissionSummary | undefined => db.get<SubmissionSummary>(sql`${SUMMARY} WHERE r.id = ${id}`);

/** A submission's PDF as sent, without its bytes; undefined before one is attached. */
export const submissionPdf = (db: Db, id: number): SubmissionPdf | undefined =>
  db.get<SubmissionPdf>(sql`
    SELECT f.file_name AS fileName, f.size, f.sha256, u.display_name AS attachedBy, f.created_at AS attachedAt
    FROM report_submission_files f JOIN users u ON u.id = f.user_id WHERE f.submission_id = ${id}`);

/** A submission as stored: its summary, the columns, the report and the ids as sent, and whether they still match their hash. */
export function frozenSubmission(db: Db, id: number) {
  const summary = submissionSummary(db, id);
  const stored = db.get<{ columns: string; report: string; ids: string; sha256: string }>(
    sql`SELECT columns, report, ids, sha256 FROM report_submissions WHERE id = ${id}`,
  );
  if (!summary || !stored) throw new AppError('not_found');
  const period: Period = { year: summary.year, from: summary.from, to: summary.to };
  return {
    summary,
    period,
    columns: JSON.parse(stored.columns) as ProgressColumnKey[],
    report: JSON.parse(stored.report) as ProgressReport,
    ids: JSON.parse(stored.ids) as FrozenIds,
    sha256: stored.sha256,
    intact: snapshotHash(stored.report, stored.ids) === stored.sha256,
  };
}

/** A column's number in a row: a figure, or a rate in per cent (null over none). */
function valueOf(row: ProgressRow | undefined, column: ProgressColumnKey): number | null {
  if (column in PROGRESS_RATES) {
    const { n, d } = PROGRESS_RATES[column as keyof typeof PROGRESS_RATES];
    return percentOf(row?.figures[n] ?? 0, row?.figures[d] ?? 0);
  }
  return row?.figures[column as keyof ProgressRow['figures']] ?? 0;
}

/** The numbers of the columns sent, row by row as sent, that today's count gives differently. */
export function differencesOf(frozen: ProgressReport, today: ProgressReport, columns: readonly ProgressColumnKey[]): SubmissionDifference[] {
  const now = new Map(today.rows.map((r) => [r.projectId, r]));
  return [...frozen.rows, frozen.total].flatMap((row) => {
    const other = row.projectId === null ? today.total : now.get(row.projectId);
    return columns
      .map((column) => ({ projectId: row.projectId, column, frozen: valueOf(row, column), today: valueOf(other, column) }))
      .filter((d) => d.frozen !== d.today);
  });
}

/** A submission as sent beside the same period counted today. */
export function submissionDetail(db: Db, id: number, now: Date): SubmissionDetail {
  const { summary, period, columns, report, sha256, intact } = frozenSubmission(db, id);
  const today = progressReport(db, period, now);
  return { ...summary, columns, report, today, differences: differencesOf(report, today, columns), intact, sha256, pdf: submissionPdf(db, id) ?? null };
}
