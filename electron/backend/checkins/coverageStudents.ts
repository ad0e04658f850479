import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { checkins, classes, cohorts, projects, students } from '../../../db/schema';
import { COVERAGE_STUDENTS_MAX, type CoverageStudents, type CoverageStudentsInput } from '../../contract/coverage';
import type { SessionUser } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { statementCache } from '../prepared';
import { counsellors } from '../students/queries';
import { checkedMonths, rangeProblem } from './coverage';
import { authors } from './record';
import { currentMonth } from './months';

function prepareRows(db: Db) {
  const p = sql.placeholder;
  return db
    .select({
      id: students.id,
      name: students.name,
      studentNo: students.studentNo,
      className: classes.name,
      counsellorName: counsellors.displayName,
      projectName: projects.name,
      cohortName: cohorts.name,
      checkedOn: checkins.date,
      checkedBy: authors.displayName,
      // Counted before LIMIT: the whole list's length comes with its first page.
      total: sql<number>`count(*) OVER ()`,
    })
    .from(students)
    .innerJoin(projects, eq(projects.id, students.projectId))
    .innerJoin(cohorts, eq(cohorts.id, students.cohortId))
    .leftJoin(classes, eq(classes.id, students.classId))
    .leftJoin(counsellors, eq(counsellors.id, students.counsellorId))
    .leftJoin(checkins, and(eq(checkins.studentId, students.id), eq(checkins.month, p('month'))))
    .leftJoin(authors, eq(authors.id, checkins.authorId))
    .where(
      and(
        sql`${students.id} IN (SELECT value FROM json_each(${p('ids')}))`,
        // A group row's students, the way the figures group them; IS matches those without one (id null) too.
        sql`(${p('by')} IS NOT 'counsellor' OR ${students.counsellorId} IS ${p('groupId')})`,
        sql`(${p('by')} IS NOT 'class' OR ${students.classId} IS ${p('groupId')})`,
      ),
    )
    .orderBy(sql`${classes.name} IS NULL`, asc(classes.name), asc(students.namePinyin), asc(students.id))
    .limit(p('limit'))
    .prepare();
}
const preparedRows = statementCache<ReturnType<typeof prepareRows>>();

/**
 * The students behind a figure of 覆盖情况: those the figure's own count went through
 * (checkedMonths over the page's range, then the month and the group), so the list is as long as
 * the figure. `limit` null: all of them (the export).
 */
export function coverageStudents(db: Db, user: SessionUser, input: CoverageStudentsInput, now: Date, limit: number | null = COVERAGE_STUDENTS_MAX): CoverageStudents {
  const { from, to, month, group, side } = input;
  const problem = rangeProblem(from, to, now);
  if (problem) throw new AppError('invalid_input', {}, [problem]);
  const { expected, isDone } = checkedMonths(db, user, from, to);
  const ids: number[] = [];
  for (const [studentId, months] of expected) {
    if (!months.includes(month)) continue;
    const done = isDone(studentId, month);
    if (side === 'expected' || (side === 'checked') === done) ids.push(studentId);
  }
  const rows = preparedRows(db, '', () => prepareRows(db)).all({
    month,
    ids: JSON.stringify(ids),
    by: group?.by ?? null,
    groupId: group?.id ?? null,
    limit: limit ?? -1,
  });
  const over = month < currentMonth(now);
  return {
    rows: rows.map(({ total, ...r }) => Object.assign(r, { overdue: over && r.checkedOn === null })),
    total: rows[0]?.total ?? 0,
  };
}
