import { and, asc, desc, eq, like, or, sql, type SQL } from 'drizzle-orm';
import { alias, type SQLiteColumn, type SQLiteSelect } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { classes, cohorts, majors, projects, students, studentStatusEvents, users } from '../../../db/schema';
import { maskBankAccount, maskIdNumber } from '../../contract/idcard';
import type { Page } from '../../contract/fields';
import type { Role } from '../../contract/roles';
import type { listInput, StatusEventRow, Student, StudentRow } from '../../contract/students';
import type { SessionUser } from '../rpc/context';
import { AppError } from '../rpc/errors';

/** Roles that may see whole 身份证号 and bank accounts (editing the register, paying allowances). */
const SEES_SENSITIVE: readonly Role[] = ['admin', 'office', 'finance'];

/** A counsellor reaches only the students assigned to them. */
export function scopeFor(user: SessionUser): SQL | undefined {
  return user.role === 'counsellor' ? eq(students.counsellorId, user.id) : undefined;
}

const counsellors = alias(users, 'counsellor');

/** The joins that turn a student's ids into the names a person reads. */
function withNames<Q extends SQLiteSelect>(query: Q) {
  return query
    .innerJoin(projects, eq(projects.id, students.projectId))
    .innerJoin(cohorts, eq(cohorts.id, students.cohortId))
    .leftJoin(majors, eq(majors.id, students.majorId))
    .leftJoin(classes, eq(classes.id, students.classId))
    .leftJoin(counsellors, eq(counsellors.id, students.counsellorId));
}

const SORT_COLUMNS = {
  name: students.namePinyin,
  idNumber: students.idNumber,
  className: classes.name,
  projectName: projects.name,
  cohortName: cohorts.intakeYear,
  status: students.status,
  enrolmentDate: students.enrolmentDate,
  updatedAt: students.updatedAt,
} as const;

type ListInput = z.output<typeof listInput>;
const FILTERS = ['projectId', 'cohortId', 'majorId', 'classId', 'counsellorId', 'status'] as const;

/** What a list query is made of, apart from its values: each shape is built and prepared once. */
function shapeOf(user: SessionUser, input: ListInput) {
  return {
    scoped: user.role === 'counsellor',
    filters: FILTERS.filter((f) => input[f] !== null),
    // Latin letters may be pinyin: 'hxm' or 'huangxiao' finds 黄小明.
    search: !input.q ? null : /^[a-z]+$/i.test(input.q) ? ('pinyin' as const) : ('text' as const),
    sort: input.sort,
    dir: input.dir,
  };
}
type ListShape = ReturnType<typeof shapeOf>;

function prepareList(db: Db, shape: ListShape) {
  const p = sql.placeholder;
  const where: SQL[] = [];
  if (shape.scoped) where.push(eq(students.counsellorId, p('scope')));
  for (const f of shape.filters) where.push(eq(students[f], p(f)));
  if (shape.search) {
    const contains = (col: SQLiteColumn) => sql`${col} LIKE ${p('pattern')} ESCAPE '\\'`;
    const fields = [contains(students.name), contains(students.idNumber), contains(students.phone), contains(classes.name)];
    if (shape.search === 'pinyin') {
      fields.push(like(students.nameInitials, p('prefix')), like(sql`replace(${students.namePinyin}, ' ', '')`, p('prefix')));
    }
    where.push(or(...fields)!);
  }
  const cond = and(...where);
  // Only a search looks at the class name; counting without the join is much cheaper.
  const counted = db.select({ total: sql<number>`count(*)` }).from(students).$dynamic();
  const count = (shape.search ? counted.leftJoin(classes, eq(classes.id, students.classId)) : counted).where(cond).prepare();
  const order = shape.dir === 'asc' ? asc : desc;
  const rows = withNames(
    db
      .select({
        id: students.id,
        name: students.name,
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
    .orderBy(order(SORT_COLUMNS[shape.sort]), order(students.id))
    .limit(p('limit'))
    .offset(p('offset'))
    .prepare();
  return { count, rows };
}

// The register screen sends the same few shapes again and again; SQLite compiles each once.
const preparedLists = new WeakMap<Db, Map<string, ReturnType<typeof prepareList>>>();

export function listStudents(db: Db, user: SessionUser, input: ListInput): Page<StudentRow> {
  const shape = shapeOf(user, input);
  const key = JSON.stringify(shape);
  let cache = preparedLists.get(db);
  if (!cache) preparedLists.set(db, (cache = new Map()));
  let statements = cache.get(key);
  if (!statements) cache.set(key, (statements = prepareList(db, shape)));

  const q = input.q;
  const params = {
    ...Object.fromEntries(shape.filters.map((f) => [f, input[f]])),
    scope: user.id,
    pattern: `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%`,
    prefix: `${q.toLowerCase()}%`,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  };
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
  const whole = SEES_SENSITIVE.includes(user.role);
  return {
    ...(student as Omit<Student, 'sensitiveMasked' | 'projectName' | 'cohortName' | 'majorName' | 'className' | 'counsellorName'>),
    ...names,
    idNumber: whole ? student.idNumber : maskIdNumber(student.idNumber),
    bankAccount: whole ? student.bankAccount : maskBankAccount(student.bankAccount),
    sensitiveMasked: !whole,
  };
}

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
    })
    .from(studentStatusEvents)
    .leftJoin(users, eq(users.id, studentStatusEvents.userId))
    .where(eq(studentStatusEvents.studentId, id))
    .orderBy(desc(studentStatusEvents.date), desc(studentStatusEvents.id))
    .all() as StatusEventRow[];
}
