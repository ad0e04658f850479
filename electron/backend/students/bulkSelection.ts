import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { statementCache } from '../prepared';
import { classes, students } from '../../../db/schema';
import { BULK_MAX, type bulkSelection } from '../../contract/bulk';
import type { StudentStatus } from '../../contract/students';
import type { SessionUser } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { counsellors, listStudents } from './queries';


/** What every bulk action reads of a student, for all of them in one query (ids as a JSON array). */
function prepareSelected(db: Db) {
  return db
    .select({
      id: students.id,
      name: students.name,
      version: students.version,
      status: sql<StudentStatus>`${students.status}`,
      statusDate: students.statusDate,
      cohortId: students.cohortId,
      classId: students.classId,
      className: classes.name,
      counsellorId: students.counsellorId,
      counsellorName: counsellors.displayName,
    })
    .from(students)
    .leftJoin(classes, eq(classes.id, students.classId))
    .leftJoin(counsellors, eq(counsellors.id, students.counsellorId))
    .where(sql`${students.id} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`)
    // Class by class, names as people look them up: the order the preview lists them in.
    .orderBy(asc(classes.name), asc(students.namePinyin), asc(students.id))
    .prepare();
}
const preparedSelected = statementCache<ReturnType<typeof prepareSelected>>();

export type SelectedStudent = ReturnType<ReturnType<typeof prepareSelected>['all']>[number];

/**
 * The students a selection names: the ticked ids, or exactly those the register's list finds
 * with the same filter (its own query, so the two never disagree). `missing`: ids no longer there.
 */
export function selectedStudents(db: Db, user: SessionUser, selection: z.output<typeof bulkSelection>): { found: SelectedStudent[]; missing: number[] } {
  let ids: number[];
  if ('ids' in selection) {
    ids = [...new Set(selection.ids)];
  } else {
    const list = listStudents(db, user, { ...selection.filter, sort: 'name', dir: 'asc', page: 1, pageSize: BULK_MAX });
    if (list.total > BULK_MAX) throw AppError.field('selection', 'bulk_too_many', { max: BULK_MAX, count: list.total });
    ids = list.rows.map((r) => r.id);
  }
  const found = preparedSelected(db, '', () => prepareSelected(db)).all({ ids: JSON.stringify(ids) });
  const present = new Set(found.map((s) => s.id));
  return { found, missing: ids.filter((id) => !present.has(id)) };
}
