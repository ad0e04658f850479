import { and, asc, eq } from 'drizzle-orm';
import { classes, students } from '../../../db/schema';
import type { ClassStudent } from '../../contract/internships';
import { formatMessage } from '../../contract/messages';
import type { StudentStatus } from '../../contract/students';
import { studentScope } from '../access';
import { statusSteps } from '../checkins/expected';
import type { AuthedCtx, Handlers } from '../rpc/context';
import { AppError, type FieldProblem } from '../rpc/errors';
import { mustFind } from '../rpc/versioned';
import { insertInternship, studentProblem, termsProblem } from './internships';
import { reachableStudent } from './reach';

/** The class's students the caller reaches (a counsellor their own), by 学号, each with their status on `day`. */
function classStudents(ctx: AuthedCtx, classId: number, day: string): ClassStudent[] {
  mustFind(ctx.db.select({ id: classes.id }).from(classes).where(eq(classes.id, classId)).get());
  const rows = ctx.db
    .select({ id: students.id, name: students.name, studentNo: students.studentNo })
    .from(students)
    .where(and(eq(students.classId, classId), studentScope(ctx.user, students.counsellorId)))
    .orderBy(asc(students.studentNo), asc(students.namePinyin))
    .all();
  const steps = statusSteps(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, status: (steps.get(r.id)?.filter((s) => s.date <= day).at(-1)?.toStatus ?? null) as StudentStatus | null }));
}

export const internshipsBulkHandlers: Handlers<'internships.classStudents' | 'internships.createForClass'> = {
  'internships.classStudents': ({ classId, on }, ctx) => classStudents(ctx, classId, on),

  'internships.createForClass': ({ classId, studentIds, ...terms }, ctx) => {
    // Terms nobody could go on are said once, at their field, not once per student.
    const wrong = termsProblem(ctx, terms);
    if (wrong) throw new AppError('invalid_input', {}, [wrong]);
    const inClass = classStudents(ctx, classId, terms.startDate);
    const chosen = studentIds ? [...new Set(studentIds)] : inClass.filter((s) => s.status === 'enrolled').map((s) => s.id);
    if (!chosen.length) throw AppError.field('studentIds', 'internship_class_empty', { date: terms.startDate });

    // Every student is checked before anything is written, so one who cannot go refuses the lot with every reason at once.
    const members = new Set(inClass.map((s) => s.id));
    const problems: FieldProblem[] = [];
    for (const studentId of chosen) {
      // Someone else's student (for a counsellor) is refused as if there were none, as everywhere.
      const student = reachableStudent(ctx, studentId);
      const problem: FieldProblem | null = members.has(studentId)
        ? studentProblem(ctx, { ...terms, studentId }, student)
        : { field: 'classId', key: 'internship_class_moved' };
      if (problem) {
        const reason = formatMessage(ctx.locale, problem.key, problem.params);
        problems.push({ field: `students.${studentId}`, key: 'internship_class_student', params: { name: student.name, reason } });
      }
    }
    if (problems.length) throw new AppError('invalid_input', {}, problems);
    // Each internship is then the student's own record, with its own audit entry like one entered alone.
    return { ids: chosen.map((studentId) => insertInternship(ctx, { ...terms, studentId, evaluation: '' })) };
  },
};
