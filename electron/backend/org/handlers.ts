import { and, asc, eq, getTableName, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { classes, cohorts, majors, projects, students, trainings, users } from '../../../db/schema';
import type { Cohort, Major, Project, SchoolClass } from '../../contract/org';
import type { Handlers } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { mustFind } from '../rpc/versioned';
import { referenceListHandlers } from './reference-list';

/**
 * Drizzle leaves column names unqualified in a single-table select, where `id` inside the
 * subquery would then mean the student's own id; qualify both sides so they never do.
 */
const qualified = (column: SQLiteColumn) => sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
const countStudents = (column: SQLiteColumn, id: SQLiteColumn) =>
  sql<number>`(select count(*) from ${students} where ${qualified(column)} = ${qualified(id)})`.mapWith(Number);

function selectProjects(db: Db) {
  return db
    .select({
      id: projects.id,
      name: projects.name,
      partnerProvince: projects.partnerProvince,
      partnerCity: projects.partnerCity,
      partnerCounty: projects.partnerCounty,
      partnerSchool: projects.partnerSchool,
      agreementDate: projects.agreementDate,
      model: projects.model,
      notes: projects.notes,
      version: projects.version,
      createdAt: projects.createdAt,
      updatedAt: projects.updatedAt,
      studentCount: countStudents(students.projectId, projects.id),
    })
    .from(projects)
    .$dynamic();
}
const asProject = (r: Omit<Project, 'model'> & { model: string }) => r as Project;

function selectCohorts(db: Db) {
  return db
    .select({
      id: cohorts.id,
      projectId: cohorts.projectId,
      projectName: projects.name,
      intakeYear: cohorts.intakeYear,
      name: cohorts.name,
      plannedSize: cohorts.plannedSize,
      version: cohorts.version,
      createdAt: cohorts.createdAt,
      updatedAt: cohorts.updatedAt,
      studentCount: countStudents(students.cohortId, cohorts.id),
    })
    .from(cohorts)
    .innerJoin(projects, eq(projects.id, cohorts.projectId))
    .$dynamic();
}

function selectMajors(db: Db) {
  return db
    .select({
      id: majors.id,
      name: majors.name,
      code: majors.code,
      version: majors.version,
      createdAt: majors.createdAt,
      updatedAt: majors.updatedAt,
      studentCount: countStudents(students.majorId, majors.id),
    })
    .from(majors)
    .$dynamic();
}

function selectClasses(db: Db) {
  return db
    .select({
      id: classes.id,
      name: classes.name,
      majorId: classes.majorId,
      majorName: majors.name,
      cohortId: classes.cohortId,
      cohortName: sql<string | null>`${projects.name} || ' ' || ${cohorts.name}`,
      headTeacherId: classes.headTeacherId,
      headTeacherName: users.displayName,
      version: classes.version,
      createdAt: classes.createdAt,
      updatedAt: classes.updatedAt,
      studentCount: countStudents(students.classId, classes.id),
    })
    .from(classes)
    .leftJoin(majors, eq(majors.id, classes.majorId))
    .leftJoin(cohorts, eq(cohorts.id, classes.cohortId))
    .leftJoin(projects, eq(projects.id, cohorts.projectId))
    .leftJoin(users, eq(users.id, classes.headTeacherId))
    .$dynamic();
}

function requireRow(db: Db, table: typeof projects | typeof cohorts | typeof majors, id: number | null, field: string) {
  if (id === null) return;
  if (!db.select({ id: table.id }).from(table).where(eq(table.id, id)).get()) throw AppError.field(field, 'invalid_value');
}

/** A class's 班主任 is an active counsellor account, never a finance or office user. */
function requireCounsellor(db: Db, id: number | null) {
  if (id === null) return;
  const found = db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, id), eq(users.role, 'counsellor'), eq(users.active, true)))
    .get();
  if (!found) throw AppError.field('headTeacherId', 'not_counsellor');
}

const projectList = referenceListHandlers<Project, Omit<Project, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'studentCount'>>({
  table: projects,
  entity: 'project',
  uniqueField: 'name',
  uniqueLabel: 'field_name',
  list: (db) => selectProjects(db).orderBy(asc(projects.name)).all().map(asProject),
  get: (db, id) => asProject(mustFind(selectProjects(db).where(eq(projects.id, id)).get())),
  usedBy: [
    { table: cohorts, column: cohorts.projectId, what: 'entity_cohorts' },
    { table: students, column: students.projectId, what: 'entity_students' },
    { table: trainings, column: trainings.projectId, what: 'entity_trainings' },
  ],
});

const cohortList = referenceListHandlers<Cohort, Omit<Cohort, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'studentCount' | 'projectName'>>({
  table: cohorts,
  entity: 'cohort',
  uniqueField: 'intakeYear',
  uniqueLabel: 'field_intakeYear',
  list: (db) => selectCohorts(db).orderBy(asc(projects.name), asc(cohorts.intakeYear)).all(),
  get: (db, id) => mustFind(selectCohorts(db).where(eq(cohorts.id, id)).get()),
  check: (db, input) => requireRow(db, projects, input.projectId, 'projectId'),
  usedBy: [
    { table: classes, column: classes.cohortId, what: 'entity_classes' },
    { table: students, column: students.cohortId, what: 'entity_students' },
  ],
});

const majorList = referenceListHandlers<Major, Omit<Major, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'studentCount'>>({
  table: majors,
  entity: 'major',
  uniqueField: 'name',
  uniqueLabel: 'field_name',
  list: (db) => selectMajors(db).orderBy(asc(majors.name)).all(),
  get: (db, id) => mustFind(selectMajors(db).where(eq(majors.id, id)).get()),
  usedBy: [
    { table: classes, column: classes.majorId, what: 'entity_classes' },
    { table: students, column: students.majorId, what: 'entity_students' },
  ],
});

const classList = referenceListHandlers<
  SchoolClass,
  Omit<SchoolClass, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'studentCount' | 'majorName' | 'cohortName' | 'headTeacherName'>
>({
  table: classes,
  entity: 'class',
  uniqueField: 'name',
  uniqueLabel: 'field_name',
  list: (db) => selectClasses(db).orderBy(asc(classes.name)).all(),
  get: (db, id) => mustFind(selectClasses(db).where(eq(classes.id, id)).get()),
  check: (db, input) => {
    requireRow(db, majors, input.majorId, 'majorId');
    requireRow(db, cohorts, input.cohortId, 'cohortId');
    requireCounsellor(db, input.headTeacherId);
  },
  usedBy: [{ table: students, column: students.classId, what: 'entity_students' }],
});

export const orgHandlers: Handlers<
  | 'projects.list' | 'projects.create' | 'projects.update' | 'projects.remove'
  | 'cohorts.list' | 'cohorts.create' | 'cohorts.update' | 'cohorts.remove'
  | 'majors.list' | 'majors.create' | 'majors.update' | 'majors.remove'
  | 'classes.list' | 'classes.create' | 'classes.update' | 'classes.remove'
> = {
  'projects.list': projectList.list,
  'projects.create': projectList.create,
  'projects.update': projectList.update,
  'projects.remove': projectList.remove,
  'cohorts.list': cohortList.list,
  'cohorts.create': cohortList.create,
  'cohorts.update': cohortList.update,
  'cohorts.remove': cohortList.remove,
  'majors.list': majorList.list,
  'majors.create': majorList.create,
  'majors.update': majorList.update,
  'majors.remove': majorList.remove,
  'classes.list': classList.list,
  'classes.create': classList.create,
  'classes.update': classList.update,
  'classes.remove': classList.remove,
};
