import { eq } from 'drizzle-orm';
import { classes } from '../../../db/schema';
import type { Dossier, DossierFollowUp } from '../../contract/dossiers';
import { maskBankAccount, maskIdNumber } from '../../contract/idcard';
import type { PlacementFollowUp } from '../../contract/placementFollowUps';
import { addMonths, schoolMonths } from '../../contract/schoolMonths';
import { listInput, type Student } from '../../contract/students';
import { seesMoney } from '../access';
import { studentLedger } from '../allowances/ledger';
import { statusSteps } from '../checkins/expected';
import { studentCheckins } from '../checkins/followups';
import { currentMonth } from '../checkins/months';
import { followUpsOf, monthsAfter } from '../placements/followUps';
import { internshipsOf } from '../placements/internships';
import { visitsOf } from '../placements/internshipVisits';
import { placementOf } from '../placements/placements';
import type { AuthedCtx } from '../rpc/context';
import { mustFind } from '../rpc/versioned';
import { readSettings } from '../settings/store';
import { getStudent, listStudents, statusHistory } from '../students/queries';

type Settings = Pick<ReturnType<typeof readSettings>, 'inSchoolMonths' | 'followUpMonths'>;

/**
 * As the roles that see them masked get them (the birth year too, see Student.sensitiveMasked): a
 * dossier is handed round, so whoever prints it gets no whole numbers.
 */
function masked(student: Student): Student {
  if (student.sensitiveMasked) return student;
  const { idNumber, bankAccount, birthDate } = student;
  return { ...student, idNumber: maskIdNumber(idNumber), bankAccount: maskBankAccount(bankAccount), birthDate: birthDate.slice(0, 4), sensitiveMasked: true };
}

/** Each follow-up point the settings name (and any other one recorded), with its due date and what was found. */
function followUpPoints(done: readonly PlacementFollowUp[], startDate: string | null, points: readonly number[]): DossierFollowUp[] {
  const all = [...new Set([...points, ...done.map((f) => f.point)])].sort((a, b) => a - b);
  return all.map((point) => ({ point, dueOn: startDate && monthsAfter(startDate, point), done: done.find((f) => f.point === point) ?? null }));
}

/**
 * One student's dossier, each part read by the function its own area answers with, so the paper
 * says what the student's page says. Not found outside a counsellor's own students.
 */
export function dossierOf(ctx: AuthedCtx, studentId: number, settings: Settings): Dossier {
  const { db, user } = ctx;
  const student = getStudent(db, user, studentId);
  const checkins = studentCheckins({ studentId }, ctx).reverse();
  // This month is still open: only the months before it can have been missed.
  const lastMonth = addMonths(currentMonth(ctx.now()), -1);
  const steps = statusSteps(db, [studentId]).get(studentId) ?? [];
  const logged = new Set(checkins.map((c) => c.month));
  const missedMonths = steps.length ? schoolMonths(steps, settings.inSchoolMonths, steps[0].date.slice(0, 7), lastMonth).filter((m) => !logged.has(m)) : [];
  const placement = placementOf(db, studentId);
  return {
    student: masked(student),
    history: statusHistory(db, user, studentId)
      .filter((e) => e.voidedAt === null)
      .reverse(),
    checkins: checkins.map(({ month, method, risk, help }) => ({ month, method, risk, help })),
    missedMonths,
    allowances: seesMoney(user) ? studentLedger(db, studentId).years : null,
    internships: internshipsOf(db, studentId),
    visits: visitsOf(db, studentId),
    placement,
    followUps: placement ? followUpPoints(followUpsOf(db, studentId), placement.startDate, settings.followUpMonths) : [],
  };
}

/** A class's students the caller reaches, by pinyin as its roster lists them; the list's own query picks them. */
export function classStudents(ctx: AuthedCtx, classId: number, max: number): { className: string; ids: number[]; total: number } {
  const { name } = mustFind(ctx.db.select({ name: classes.name }).from(classes).where(eq(classes.id, classId)).get());
  const list = listStudents(ctx.db, ctx.user, { ...listInput.parse({ classId, sort: 'name', dir: 'asc' }), pageSize: max });
  return { className: name, ids: list.rows.map((r) => r.id), total: list.total };
}
