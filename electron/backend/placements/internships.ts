import { and, asc, count, desc, eq, gte, inArray, isNull, like, lte, ne, or } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { classes, companies, internships, internshipVisits, students, studentStatusEvents } from '../../../db/schema';
import {
  INTERNSHIP_DOCUMENTS,
  INTERNSHIPS_MAX,
  OLD_KINDS_UNTIL,
  POST_KIND_FROM,
  WORK_KINDS,
  type Internship,
  type InternshipInput,
  type InternshipKind,
} from '../../contract/internships';
import { changedFields } from '../audit/record';
import { studentScope } from '../access';
import { stepsOf } from '../checkins/expected';
import type { AuthedCtx, Handlers } from '../rpc/context';
import { AppError, type FieldProblem } from '../rpc/errors';
import { conflictError, mustFind, updateVersioned } from '../rpc/versioned';
import { reachableStudent } from './reach';

const fields = {
  id: internships.id,
  studentId: internships.studentId,
  kind: internships.kind,
  companyId: internships.companyId,
  companyName: companies.name,
  position: internships.position,
  city: internships.city,
  startDate: internships.startDate,
  endDate: internships.endDate,
  monthlyPayFen: internships.monthlyPayFen,
  companySupervisor: internships.companySupervisor,
  schoolSupervisor: internships.schoolSupervisor,
  agreement: internships.agreement,
  guardianConsent: internships.guardianConsent,
  safetyPledge: internships.safetyPledge,
  insurance: internships.insurance,
  evaluation: internships.evaluation,
  notes: internships.notes,
  createdAt: internships.createdAt,
  updatedAt: internships.updatedAt,
  version: internships.version,
};

type Row = Omit<Internship, 'missingDocuments' | 'kind'> & { kind: string };

const asInternship = ({ kind, ...row }: Row): Internship => ({
  ...row,
  kind: kind as InternshipKind,
  missingDocuments: WORK_KINDS.includes(kind as InternshipKind) ? INTERNSHIP_DOCUMENTS.filter((d) => !row[d]) : [],
});

function select(db: Db) {
  return db.select(fields).from(internships).innerJoin(companies, eq(companies.id, internships.companyId)).$dynamic();
}

const getInternship = (db: Db, id: number): Internship => asInternship(mustFind(select(db).where(eq(internships.id, id)).get()));

/** A student's internships, newest first. */
export const internshipsOf = (db: Db, studentId: number): Internship[] =>
  select(db).where(eq(internships.studentId, studentId)).orderBy(desc(internships.startDate)).all().map(asInternship);


const addYear = (day: string) => `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;

type Terms = Pick<InternshipInput, 'kind' | 'companyId' | 'startDate' | 'endDate'>;

/** What the terms alone break, whoever goes: dates out of order, a company not in the directory, a kind not of its time. */
export function termsProblem(ctx: AuthedCtx, { kind, companyId, startDate, endDate }: Terms): FieldProblem | null {
  if (endDate !== null && endDate < startDate) return { field: 'endDate', key: 'internship_end_before_start' };
  if (!ctx.db.select({ id: companies.id }).from(companies).where(eq(companies.id, companyId)).get()) return { field: 'companyId', key: 'company_unknown' };
  if (kind === 'post' && startDate < POST_KIND_FROM) return { field: 'kind', key: 'internship_post_before' };
  if ((kind === 'follow' || kind === 'placement') && startDate > OLD_KINDS_UNTIL) return { field: 'kind', key: 'internship_old_kind' };
  return null;
}

/** What the student breaks on those terms: a first-year student in a work placement, not in school on the start date, another internship overlapping. */
export function studentProblem(ctx: AuthedCtx, input: Terms & { studentId: number }, student: { enrolmentDate: string }, self = 0): FieldProblem | null {
  const { studentId, kind, startDate, endDate } = input;
  if (WORK_KINDS.includes(kind) && startDate < addYear(student.enrolmentDate)) {
    return { field: 'kind', key: 'internship_first_year', params: { date: student.enrolmentDate, earliest: addYear(student.enrolmentDate) } };
  }
  const status = stepsOf(ctx.db, eq(studentStatusEvents.studentId, studentId)).all().filter((s) => s.date <= startDate).at(-1);
  if (status?.toStatus !== 'enrolled') {
    const was = status ? { label: 'status' as const, code: status.toStatus } : { label: 'leftOut' as const, code: 'not_enrolled' };
    return { field: 'startDate', key: 'internship_not_in_school', params: { date: startDate, status: was } };
  }
  const others = select(ctx.db).where(and(eq(internships.studentId, studentId), ne(internships.id, self))).all();
  const clash = others.find((o) => o.startDate <= (endDate ?? '9999-12-31') && startDate <= (o.endDate ?? '9999-12-31'));
  if (!clash) return null;
  return { field: 'startDate', key: 'internship_overlap', params: { company: clash.companyName, from: clash.startDate, to: clash.endDate ?? { key: 'never' } } };
}

/**
 * Refuses what cannot be, at its field: the one check of an internship, made of the two above, which
 * 整班录入 (internshipsBulk.ts) makes once for the shared terms and then for each student.
 */
function check(ctx: AuthedCtx, input: InternshipInput, self = 0): void {
  const student = reachableStudent(ctx, input.studentId);
  const problem = termsProblem(ctx, input) ?? studentProblem(ctx, input, student, self);
  if (problem) throw new AppError('invalid_input', {}, [problem]);
}

/** Writes a checked internship and its audit entry. */
export function insertInternship(ctx: AuthedCtx, input: InternshipInput): number {
  const ts = ctx.now().toISOString();
  const { id } = ctx.db.insert(internships).values({ ...input, createdAt: ts, updatedAt: ts }).returning({ id: internships.id }).get();
  ctx.audit({ action: 'create', entity: 'internship', entityId: id, after: input });
  return id;
}

export const internshipsHandlers: Handlers<'internships.list' | 'internships.ofStudent' | 'internships.create' | 'internships.update' | 'internships.remove'> = {
  'internships.list': ({ kind, companyId, city, on, missingDocuments }, ctx) => {
    const lacking = or(eq(internships.agreement, false), eq(internships.guardianConsent, false), eq(internships.safetyPledge, false), eq(internships.insurance, false));
    const where = and(
      studentScope(ctx.user, students.counsellorId),
      kind ? eq(internships.kind, kind) : undefined,
      companyId ? eq(internships.companyId, companyId) : undefined,
      city ? like(internships.city, `%${city}%`) : undefined,
      on ? and(lte(internships.startDate, on), or(isNull(internships.endDate), gte(internships.endDate, on))) : undefined,
      missingDocuments ? and(inArray(internships.kind, [...WORK_KINDS]), lacking) : undefined,
    );
    const { n: total } = ctx.db.select({ n: count() }).from(internships).innerJoin(students, eq(students.id, internships.studentId)).where(where).get()!;
    const rows = ctx.db
      .select({ ...fields, studentName: students.name, className: classes.name })
      .from(internships)
      .innerJoin(companies, eq(companies.id, internships.companyId))
      .innerJoin(students, eq(students.id, internships.studentId))
      .leftJoin(classes, eq(classes.id, students.classId))
      .where(where)
      .orderBy(desc(internships.startDate), asc(students.namePinyin))
      .limit(INTERNSHIPS_MAX)
      .all()
      .map(({ studentName, className, ...row }) => ({ ...asInternship(row), studentName, className }));
    return { rows, total };
  },

  'internships.ofStudent': ({ studentId }, ctx) => {
    reachableStudent(ctx, studentId);
    return internshipsOf(ctx.db, studentId);
  },

  'internships.create': (input, ctx) => {
    check(ctx, input);
    return getInternship(ctx.db, insertInternship(ctx, input));
  },

  'internships.update': ({ id, version, ...input }, ctx) => {
    const { companyName: _n, missingDocuments: _m, createdAt: _c, updatedAt: _u, version: _v, id: _i, ...before } = getInternship(ctx.db, id);
    reachableStudent(ctx, before.studentId);
    check(ctx, input, id);
    updateVersioned(ctx.db, internships, 'internship', id, version, input, ctx.now(), ctx.locale);
    ctx.audit({ action: 'update', entity: 'internship', entityId: id, ...changedFields(before, input) });
    return getInternship(ctx.db, id);
  },

  'internships.remove': ({ id, version, reason }, ctx) => {
    const existing = getInternship(ctx.db, id);
    reachableStudent(ctx, existing.studentId);
    if (existing.version !== version) throw conflictError(ctx.db, 'internship', id, ctx.locale);
    // Its visits are records of their own: removed one by one, with their reasons, before the internship can go.
    const { visits } = ctx.db.select({ visits: count() }).from(internshipVisits).where(eq(internshipVisits.internshipId, id)).get()!;
    if (visits > 0) throw new AppError('in_use', { count: visits, what: { key: 'entity_visits' } });
    ctx.db.delete(internships).where(eq(internships.id, id)).run();
    const { companyName, studentId, kind, startDate, endDate } = existing;
    ctx.audit({ action: 'delete', entity: 'internship', entityId: id, before: { studentId, kind, companyName, startDate, endDate }, after: { reason } });
    return null;
  },
};
