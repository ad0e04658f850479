import { eq } from 'drizzle-orm';
import { students } from '../../../db/schema';
import { reachesOwnStudentsOnly } from '../access';
import type { AuthedCtx } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { mustFind } from '../rpc/versioned';

/** The student, if the caller reaches them: a counsellor only their own; anyone else's is not found. */
export function reachableStudent(ctx: Pick<AuthedCtx, 'db' | 'user'>, studentId: number) {
  const student = mustFind(
    ctx.db
      .select({ name: students.name, classId: students.classId, status: students.status, enrolmentDate: students.enrolmentDate, counsellorId: students.counsellorId })
      .from(students)
      .where(eq(students.id, studentId))
      .get(),
  );
  if (reachesOwnStudentsOnly(ctx.user) && student.counsellorId !== ctx.user.id) throw new AppError('not_found');
  return student;
}
