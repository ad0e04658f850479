import { desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { companies, internships, internshipVisits, students, users } from '../../../db/schema';
import { chinaToday } from '../../contract/dates';
import type { InternshipVisit, VisitMethod, VisitRating } from '../../contract/internshipVisits';
import type { Handlers } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { conflictError, mustFind } from '../rpc/versioned';
import { reachableStudent } from './reach';

function visitsWhere(db: Db, where: SQL): InternshipVisit[] {
  return db
    .select({
      id: internshipVisits.id,
      internshipId: internshipVisits.internshipId,
      visitedOn: internshipVisits.visitedOn,
      visitor: internshipVisits.visitor,
      method: internshipVisits.method,
      rating: internshipVisits.rating,
      findings: internshipVisits.findings,
      recordedByName: users.displayName,
      createdAt: internshipVisits.createdAt,
      version: internshipVisits.version,
    })
    .from(internshipVisits)
    .innerJoin(internships, eq(internships.id, internshipVisits.internshipId))
    .leftJoin(users, eq(users.id, internshipVisits.recordedBy))
    .where(where)
    .orderBy(desc(internshipVisits.visitedOn), desc(internshipVisits.id))
    .all()
    .map((v) => ({ ...v, method: v.method as VisitMethod, rating: v.rating as VisitRating | null }));
}

/** The visits to a student's internships, newest first. */
export const visitsOf = (db: Db, studentId: number): InternshipVisit[] => visitsWhere(db, eq(internships.studentId, studentId));

const getVisit = (db: Db, id: number) => mustFind(visitsWhere(db, eq(internshipVisits.id, id))[0]);

export const internshipVisitsHandlers: Handlers<'internships.visits' | 'internships.addVisit' | 'internships.removeVisit'> = {
  'internships.visits': ({ studentId }, ctx) => {
    reachableStudent(ctx, studentId);
    return visitsOf(ctx.db, studentId);
  },

  'internships.addVisit': (input, ctx) => {
    const internship = mustFind(
      ctx.db
        .select({ studentId: internships.studentId, startDate: internships.startDate, endDate: internships.endDate })
        .from(internships)
        .where(eq(internships.id, input.internshipId))
        .get(),
    );
    reachableStudent(ctx, internship.studentId);
    // A visit is to an internship going on: not before it began, not after it ended, not in the future.
    const { startDate, endDate } = internship;
    if (input.visitedOn < startDate) throw AppError.field('visitedOn', 'internship_visit_before_start', { date: startDate });
    if (endDate !== null && input.visitedOn > endDate) throw AppError.field('visitedOn', 'internship_visit_after_end', { date: endDate });
    const today = chinaToday(ctx.now());
    if (input.visitedOn > today) throw AppError.field('visitedOn', 'date_future', { today });
    const ts = ctx.now().toISOString();
    const { id } = ctx.db
      .insert(internshipVisits)
      .values({ ...input, recordedBy: ctx.user.id, createdAt: ts, updatedAt: ts })
      .returning({ id: internshipVisits.id })
      .get();
    const { internshipId: _i, ...after } = input;
    ctx.audit({ action: 'create', entity: 'internship_visit', entityId: id, after });
    return getVisit(ctx.db, id);
  },

  'internships.removeVisit': ({ id, version, reason }, ctx) => {
    const visit = getVisit(ctx.db, id);
    const whose = ctx.db
      .select({ studentId: internships.studentId, studentName: students.name, companyName: companies.name })
      .from(internships)
      .innerJoin(students, eq(students.id, internships.studentId))
      .innerJoin(companies, eq(companies.id, internships.companyId))
      .where(eq(internships.id, visit.internshipId))
      .get()!;
    reachableStudent(ctx, whose.studentId);
    if (visit.version !== version) throw conflictError(ctx.db, 'internship_visit', id, ctx.locale);
    ctx.db.delete(internshipVisits).where(eq(internshipVisits.id, id)).run();
    // Once deleted the entry's name cannot be looked up: whose visit it was goes with it.
    const { visitedOn, visitor, method, rating, findings } = visit;
    const before = { studentName: whose.studentName, companyName: whose.companyName, visitedOn, visitor, method, rating, findings };
    ctx.audit({ action: 'delete', entity: 'internship_visit', entityId: id, before, after: { reason } });
    return null;
  },
};
