import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../../db/open';
import { STUDENT_FIGURES, type ProgressFigure } from '../../../contract/reporting';
import type { FrozenIds } from '../../../contract/reportingSubmissions';
import { figureConditions, PAID_LINES, paidWithin, studentFacts, trainingsWithin, type Period } from '../facts';

/** Courses of no project are kept under this key: they count in the total only. */
export const NO_PROJECT = '';

type Flags = { id: number; projectId: number | null } & Partial<Record<ProgressFigure, number>>;

/**
 * The ids behind every figure of every project for a period, counted by the same conditions as the
 * report itself (facts.ts), in one pass over each register: students, short courses, paid lines.
 */
export function figureIds(db: Db, period: Period): FrozenIds {
  const ids: FrozenIds = {};
  const put = (projectId: number | null, figure: ProgressFigure, id: number) => {
    const row = (ids[projectId === null ? NO_PROJECT : String(projectId)] ??= {});
    (row[figure] ??= []).push(id);
  };
  const when = figureConditions(period);
  const flags = sql.join(
    STUDENT_FIGURES.map((f) => sql`CASE WHEN ${when[f]} THEN 1 ELSE 0 END AS ${sql.identifier(f)}`),
    sql`, `,
  );
  const any = sql.join(STUDENT_FIGURES.map((f) => sql`(${when[f]})`), sql` OR `);
  for (const row of db.all<Flags>(sql`SELECT f.id AS id, f.projectId AS projectId, ${flags} FROM (${studentFacts(period)}) f WHERE ${any} ORDER BY f.id`)) {
    for (const figure of STUDENT_FIGURES) if (row[figure]) put(row.projectId, figure, row.id);
  }
  for (const row of db.all<Flags>(sql`
    SELECT t.id AS id, t.project_id AS projectId, t.registered_participants > 0 AS trainedRegistered
    FROM trainings t WHERE ${trainingsWithin(period)} ORDER BY t.id`)) {
    put(row.projectId, 'trained', row.id);
    if (row.trainedRegistered) put(row.projectId, 'trainedRegistered', row.id);
  }
  for (const row of db.all<Flags>(sql`SELECT l.id AS id, s.project_id AS projectId FROM ${PAID_LINES} WHERE ${paidWithin(period)} ORDER BY l.id`)) {
    put(row.projectId, 'moneyFen', row.id);
  }
  return ids;
}

/** The ids behind a figure of one row: a project's, or the total's (every project's and those of none). */
export function idsOf(ids: FrozenIds, figure: ProgressFigure, projectId: number | null): number[] {
  if (projectId !== null) return ids[String(projectId)]?.[figure] ?? [];
  return Object.values(ids)
    .flatMap((row) => row[figure] ?? [])
    .sort((a, b) => a - b);
}

/** The SHA-256 of a snapshot as stored: its report and its ids, each exactly as written. */
export const snapshotHash = (report: string, ids: string): string => createHash('sha256').update(report).update('\n').update(ids).digest('hex');
