import { and, asc, desc, eq, like, or, sql, type SQL } from 'drizzle-orm';
import { alias, type SQLiteColumn, type SQLiteSelect } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { statementCache } from '../prepared';
import { classes, cohorts, majors, projects, students, studentStatusEvents, users } from '../../../db/schema';
import { maskBankAccount, maskIdNumber } from '../../contract/idcard';
import type { Page } from '../../contract/fields';
import { STATUSES, type listInput, type StatusEventRow, type Student, type StudentRow } from '../../contract/students';
import { reachesOwnStudentsOnly, seesWholeIds, studentScope } from '../access';
import type { SessionUser } from '../rpc/context';
import { AppError } from '../rpc/errors';

/** A counsellor reaches only the students assigned to them. */
export const scopeFor = (user: SessionUser): SQL | undefined => studentScope(user, students.counsellorId);

/** The users table again, as the student's counsellor (the join every student query that names them makes). */
export const counsellors = alias(users, 'counsellor');

/** The joins that turn a student's ids into the names a person reads. */
export function withNames<Q extends SQLiteSelect>(query: Q) {
  return query
    .innerJoin(projects, eq(projects.id, students.projectId))
    .innerJoin(cohorts, eq(cohorts.id, students.cohortId))
    .leftJoin(majors, eq(majors.id, students.majorId))
    .leftJoin(classes, eq(classes.id, students.classId))
    .leftJoin(counsellors, eq(counsellors.id, students.counsellorId));
}

/** 学籍状态 sorts in the order people read the statuses (在读, 休学, 退学/流失, 毕业, 结业), not by code. */
const STATUS_ORDER = sql`CASE ${students.status} ${sql.raw(STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' '))} END`;

const SORT_COLUMNS = {
  name: students.namePinyin,
  studentNo: students.studentNo,
  idNumber: students.idNumber,
  className: classes.name,
  projectName: projects.name,
  cohortName: cohorts.intakeYear,
  status: STATUS_ORDER,
  enrolmentDate: students.enrolmentDate,
  updatedAt: students.updatedAt,
} as const;

type ListInput = z.output<typeof listInput>;
/** what the list shows, apart from which page */
type Selection = Omit<ListInput, 'page' | 'pageSize'>;
const FILTERS = ['projectId', 'cohortId', 'majorId', 'classId', 'counsellorId', 'status'] as const;

/** What a list query is made of, apart from its values: each shape is built and prepared once. */
function shapeOf(user: SessionUser, input: Selection) {
  const q = input.q;
  return {
    scoped: reachesOwnStudentsOnly(user),
    filters: FILTERS.filter((f) => input[f] !== null),
    search: !q
      ? null
      : {
          // Latin letters may be pinyin: 'hxm' or 'huangxiao' finds 黄小明.
          pinyin: /^[a-z]+$/i.test(q),
          // Names are what people search for, and one or two characters of a name are also in
          // class names (班, 工, 修…): the surname 班 found nearly every student through 班级.
          // A class is meant when the fragment is longer (木工班, 汽修1) or has a digit (24汽修);
          // otherwise the class filter is the way to a class.
          classes: [...q].length >= 3 || /\d/.test(q),
          // Roles that see masked 身份证号 must not rebuild them by searching fragments.
          wholeIds: seesWholeIds(user),
        },
    sort: input.sort,
    dir: input.dir,
  };
}
type ListShape = ReturnType<typeof shapeOf>;

/** The search condition and the relevance of a match: exact name 0, name prefix 1, other name or pinyin 2, other fields 3. */
function searchOf(search: NonNullable<ListShape['search']>) {
  const p = sql.placeholder;
  const contains = (col: SQLiteColumn) => sql`${col} LIKE ${p('pattern')} ESCAPE '\\'`;
  const startsWith = (col: SQLiteColumn) => sql`${col} LIKE ${p('start')} ESCAPE '\\'`;
  const name = [contains(students.name)];
  if (search.pinyin) name.push(like(students.nameInitials, p('prefix')), like(sql`replace(${students.namePinyin}, ' ', '')`, p('prefix')));
  // A masked 身份证号 shows its first and last 4 characters: those, or the whole number, are all
  // such a role may search by; a middle fragment would tell, search by search, what the mask hides.
  const idNumber = search.wholeIds
    ? contains(students.idNumber)
    : sql`(${students.idNumber} = ${p('idWhole')} OR substr(${students.idNumber}, 1, 4) = ${p('idEnd')} OR substr(${students.idNumber}, -4) = ${p('idEnd')})`;
  const others = [idNumber, contains(students.phone), startsWith(students.studentNo)];
  if (search.classes) others.push(contains(classes.name));
  return {
    where: or(...name, ...others)!,
    relevance: sql`CASE WHEN ${students.name} = ${p('q')} THEN 0 WHEN ${startsWith(students.name)} THEN 1 WHEN ${or(...name)} THEN 2 ELSE 3 END`,
  };
}

/** Which students a list shape finds and in what order, with placeholders for its values (see listParams). */
function listFilter(shape: ListShape) {
  const p = sql.placeholder;
  const where: SQL[] = [];
  if (shape.scoped) where.push(eq(students.counsellorId, p('scope')));
  for (const f of shape.filters) where.push(eq(students[f], p(f)));
  const search = shape.search && searchOf(shape.search);
  if (search) where.push(search.where);
  const order = shape.dir === 'asc' ? asc : desc;
  // The best matches first, then the chosen order among equally good ones.
  return { cond: and(...where), orderBy: [...(search ? [asc(search.relevance)] : []), order(SORT_COLUMNS[shape.sort]), order(students.id)] };
}

/** The placeholders' values of a list query. */
function listParams(user: SessionUser, input: Selection, shape: ListShape) {
  const q = input.q;
  const escaped = q.replace(/[\\%_]/g, (c) => '\\' + c);
  const id = q.toUpperCase();
  return {
    ...Object.fromEntries(shape.filters.map((f) => [f, input[f]])),
    scope: user.id,
    q,
    pattern: `%${escaped}%`,
    start: `${escaped}%`,
    prefix: `${q.toLowerCase()}%`,
    idWhole: id,
    idEnd: id.length === 4 ? id : null,
  };
}

/**
 * The students a list finds, for a query of one's own over all of them (the export): its shape
 * (to prepare that query once per shape), conditions, order and values. Join them `withNames`.
 */
export function listSelection(user: SessionUser, input: Selection) {
  const shape = shapeOf(user, input);
  return { shape: JSON.stringify(shape), ...listFilter(shape), params: listParams(user, input, shape) };
}

function prepareList(db: Db, shape: ListShape) {
  const p = sql.placeholder;
  const { cond, orderBy } = listFilter(shape);
  // Only a search that looks at class names needs them; counting without the join is much cheaper.
  const counted = db.select({ total: sql<number>`count(*)` }).from(students).$dynamic();
  const count = (shape.search?.classes ? counted.leftJoin(classes, eq(classes.id, students.classId)) : counted).where(cond).prepare();
  const rows = withNames(
    db
      .select({
        id: students.id,
        name: students.name,
        studentNo: students.studentNo,
        gender: students.gender,
        idNumber: students.idNumber,
        phone: students.phone,
        projectName: projects.name,
        cohortName: cohorts.name,
        majorName: majors.name,
        className: classes.name,
        counsellorName: counsellors.displayName,
        status: students.status,
        enrolmentDate: students.enrolmentDate,
      })
      .from(students)
      .$dynamic(),
  )
    .where(cond)
    .orderBy(...orderBy)
    .limit(p('limit'))
    .offset(p('offset'))
    .prepare();
  return { count, rows };
}

// The register screen sends the same few shapes again and again.
const preparedLists = statementCache<ReturnType<typeof prepareList>>();

export function listStudents(db: Db, user: SessionUser, input: ListInput): Page<StudentRow> {
  const shape = shapeOf(user, input);
  const statements = preparedLists(db, JSON.stringify(shape), () => prepareList(db, shape));

  const params = { ...listParams(user, input, shape), limit: input.pageSize, offset: (input.page - 1) * input.pageSize };
  const { total } = statements.count.get(params)!;
  return {
    rows: statements.rows.all(params).map(({ idNumber, ...r }) => ({ ...r, idNumberMasked: maskIdNumber(idNumber) }) as StudentRow),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** One student as `user` may see them; not_found when outside a counsellor's scope. */
export function getStudent(db: Db, user: SessionUser, id: number): Student {
  const row = withNames(db
    .select({
      student: students,
      projectName: projects.name,
      cohortName: cohorts.name,
      majorName: majors.name,
      className: classes.name,
      counsellorName: counsellors.displayName,
    })
    .from(students)
    .$dynamic())
    .where(and(eq(students.id, id), scopeFor(user)))
    .get();
  if (!row) throw new AppError('not_found');
  const { student, ...names } = row;
  const whole = seesWholeIds(user);
  return {
    ...(student as Omit<Student, 'sensitiveMasked' | 'projectName' | 'cohortName' | 'majorName' | 'className' | 'counsellorName'>),
    ...names,
    idNumber: whole ? student.idNumber : maskIdNumber(student.idNumber),
    bankAccount: whole ? student.bankAccount : maskBankAccount(student.bankAccount),
    // With the home county and the masked 身份证号's first and last 4, a whole birth date would
    // leave only the check digit to guess; the year leaves some thirty candidates (see Student).
    birthDate: whole ? student.birthDate : student.birthDate.slice(0, 4),
    sensitiveMasked: !whole,
  };
}

const voiders = alias(users, 'voider');

export function statusHistory(db: Db, user: SessionUser, id: number): StatusEventRow[] {
  getStudent(db, user, id);
  return db
    .select({
      id: studentStatusEvents.id,
      event: studentStatusEvents.event,
      fromStatus: studentStatusEvents.fromStatus,
      toStatus: studentStatusEvents.toStatus,
      date: studentStatusEvents.date,
      reason: studentStatusEvents.reason,
      userName: users.displayName,
      createdAt: studentStatusEvents.createdAt,
      voidedAt: studentStatusEvents.voidedAt,
      voidedByName: voiders.displayName,
      voidReason: studentStatusEvents.voidReason,
      correctsId: studentStatusEvents.correctsId,
    })
    .from(studentStatusEvents)
    .leftJoin(users, eq(users.id, studentStatusEvents.userId))
    .leftJoin(voiders, eq(voiders.id, studentStatusEvents.voidedBy))
    .where(eq(studentStatusEvents.studentId, id))
    .orderBy(desc(studentStatusEvents.date), desc(studentStatusEvents.id))
    .all() as StatusEventRow[];
}
