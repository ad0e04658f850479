import { asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/open';
import { classes, cohorts, majors, projects, students, users } from '../../../db/schema';
import type { ClassOverview, ProjectOverview, StatusCounts, StudentsOverview } from '../../contract/overview';
import { STATUSES } from '../../contract/students';
import type { Handlers, SessionUser } from '../rpc/context';
import { scopeFor } from './queries';

const noStudents = (): StatusCounts => Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;

function addTo(total: StatusCounts, counts: StatusCounts): void {
  for (const s of STATUSES) total[s] += counts[s];
}

/**
 * The students `user` reaches, counted by status for each value of `column`: one grouped query
 * over the whole register (its index on the column keeps it to milliseconds at 20,000 students).
 */
function countBy(db: Db, user: SessionUser, column: SQLiteColumn): Map<number | null, StatusCounts> {
  const rows = db
    .select({ key: sql<number | null>`${column}`, status: students.status, n: sql<number>`count(*)` })
    .from(students)
    .where(scopeFor(user))
    .groupBy(column, students.status)
    .all();
  const byKey = new Map<number | null, StatusCounts>();
  for (const { key, status, n } of rows) {
    const counts = byKey.get(key) ?? noStudents();
    byKey.set(key, counts);
    // A status a newer release added is left out rather than counted under the wrong name.
    if (status in counts) counts[status as keyof StatusCounts] += n;
  }
  return byKey;
}

function registerOverview(db: Db, user: SessionUser): StudentsOverview {
  const byCohort = countBy(db, user, students.cohortId);
  const rows = db
    .select({ projectId: projects.id, projectName: projects.name, cohortId: cohorts.id, cohortName: cohorts.name, intakeYear: cohorts.intakeYear })
    .from(projects)
    .leftJoin(cohorts, eq(cohorts.projectId, projects.id))
    .orderBy(asc(projects.name), asc(cohorts.intakeYear))
    .all();
  const overview: StudentsOverview = { projects: [], counts: noStudents() };
  const byProject = new Map<number, ProjectOverview>();
  for (const r of rows) {
    let project = byProject.get(r.projectId);
    if (!project) {
      project = { id: r.projectId, name: r.projectName, cohorts: [], counts: noStudents() };
      byProject.set(r.projectId, project);
      overview.projects.push(project);
    }
    if (r.cohortId === null) continue;
    const counts = byCohort.get(r.cohortId) ?? noStudents();
    project.cohorts.push({ id: r.cohortId, name: r.cohortName!, intakeYear: r.intakeYear!, counts });
    addTo(project.counts, counts);
    addTo(overview.counts, counts);
  }
  return overview;
}

/** The classes of the counsellor's own students, and those they head, each counting only their own students. */
function myClasses(db: Db, user: SessionUser): ClassOverview[] {
  const byClass = countBy(db, user, students.classId);
  const theirs = db.selectDistinct({ id: students.classId }).from(students).where(scopeFor(user));
  const rows = db
    .select({
      id: classes.id,
      name: classes.name,
      projectName: projects.name,
      cohortId: classes.cohortId,
      cohortName: cohorts.name,
      majorName: majors.name,
      headTeacherId: classes.headTeacherId,
      headTeacherName: users.displayName,
    })
    .from(classes)
    .leftJoin(cohorts, eq(cohorts.id, classes.cohortId))
    .leftJoin(projects, eq(projects.id, cohorts.projectId))
    .leftJoin(majors, eq(majors.id, classes.majorId))
    .leftJoin(users, eq(users.id, classes.headTeacherId))
    .where(or(eq(classes.headTeacherId, user.id), inArray(classes.id, theirs)))
    // A counsellor's current classes matter most; graduated ones follow.
    .orderBy(sql`${cohorts.intakeYear} IS NULL`, desc(cohorts.intakeYear), asc(classes.name))
    .all();
  const placed: ClassOverview[] = rows.map((r) => ({ ...r, counts: byClass.get(r.id) ?? noStudents() }));
  const unplaced = byClass.get(null);
  if (!unplaced) return placed;
  const none = { id: null, name: null, projectName: null, cohortId: null, cohortName: null, majorName: null, headTeacherId: null, headTeacherName: null };
  return [...placed, { ...none, counts: unplaced }];
}

export const overviewHandlers: Handlers<'students.overview' | 'students.myClasses'> = {
  'students.overview': (_input, { db, user }) => registerOverview(db, user),
  'students.myClasses': (_input, { db, user }) => myClasses(db, user),
};
