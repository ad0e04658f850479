import { and, asc, count, desc, eq, gte, inArray, isNull, like, lte, ne, or } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { classes, companies, internships, students, studentStatusEvents } from '../../../db/schema';
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
import { AppError } from '../rpc/errors';
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


const addYear = (day: string) => `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;

/** Refuses what cannot be: dates out of order, a kind not of its time, a first-year or absent student, an overlap. */
function check(ctx: AuthedCtx, input: InternshipInput, self = 0): void {
  const { studentId, kind, startDate, endDate } = input;
  if (endDate !== null && endDate < startDate) throw AppError.field('endDate', 'internship_end_before_start');
  if (!ctx.db.select({ id: companies.id }).from(companies).where(eq(companies.id, input.companyId)).get()) throw AppError.field('companyId', 'company_unknown');
  if (kind === 'post' && startDate < POST_KIND_FROM) throw AppError.field('kind', 'internship_post_before');
  if ((kind === 'follow' || kind === 'placement') && startDate > OLD_KINDS_UNTIL) throw AppError.field('kind', 'internship_old_kind');
  const student = reachableStudent(ctx, studentId);
  if (WORK_KINDS.includes(kind) && startDate < addYear(student.enrolmentDate)) {
    throw AppError.field('kind', 'internship_first_year', { date: student.enrolmentDate, earliest: addYear(student.enrolmentDate) });
  }
  const status = stepsOf(ctx.db, eq(studentStatusEvents.studentId, studentId)).all().filter((s) => s.date <= startDate).at(-1);
  if (status?.toStatus !== 'enrolled') {
    throw AppError.field('startDate', 'internship_not_in_school', { date: startDate, status: status ? { label: 'status', code: status.toStatus } : { label: 'leftOut', code: 'not_enrolled' } });
  }
  const others = select(ctx.db).where(and(eq(internships.studentId, studentId), ne(internships.id, self))).all();
  const clash = others.find((o) => o.startDate <= (endDate ?? '9999-12-31') && startDate <= (o.endDate ?? '9999-12-31'));
  if (clash) throw AppError.field('startDate', 'internship_overlap', { company: clash.companyName, from: clash.startDate, to: clash.endDate ?? { key: 'never' } });
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
    return select(ctx.db).where(eq(internships.studentId, studentId)).orderBy(desc(internships.startDate)).all().map(asInternship);
  },

  'internships.create': (input, ctx) => {
    check(ctx, input);
    const ts = ctx.now().toISOString();
    const { id } = ctx.db.insert(internships).values({ ...input, createdAt: ts, updatedAt: ts }).returning({ id: internships.id }).get();
    ctx.audit({ action: 'create', entity: 'internship', entityId: id, after: input });
    return getInternship(ctx.db, id);
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
    ctx.db.delete(internships).where(eq(internships.id, id)).run();
    const { companyName, studentId, kind, startDate, endDate } = existing;
    ctx.audit({ action: 'delete', entity: 'internship', entityId: id, before: { studentId, kind, companyName, startDate, endDate }, after: { reason } });
    return null;
  },
};
