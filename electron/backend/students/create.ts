import { students, studentStatusEvents } from '../../../db/schema';
import type { StatusEvent, StudentStatus } from '../../contract/students';
import type { AuthedCtx } from '../rpc/context';
import { nameKeys } from './pinyin';
import type { StudentInput } from './validate';

/** Where a student already stood when entered: an import of past cohorts brings graduates, not only new intakes. */
export interface EnteredAs {
  status: Exclude<StudentStatus, 'enrolled'>;
  event: StatusEvent;
  date: string;
  reason: string;
}

/** Writes a checked student, enrolled on their enrolment date (and moved on as `as` says), with their status history; returns the id. */
export function insertStudent(ctx: AuthedCtx, values: StudentInput, as: EnteredAs | null = null): number {
  const ts = ctx.now().toISOString();
  const { id } = ctx.db
    .insert(students)
    .values({ ...values, ...nameKeys(values.name), status: as?.status ?? 'enrolled', statusDate: as?.date ?? values.enrolmentDate, createdAt: ts, updatedAt: ts })
    .returning({ id: students.id })
    .get();
  const userId = ctx.user.id;
  ctx.db
    .insert(studentStatusEvents)
    .values({ studentId: id, event: 'enrol', fromStatus: null, toStatus: 'enrolled', date: values.enrolmentDate, userId, createdAt: ts })
    .run();
  if (as) {
    ctx.db
      .insert(studentStatusEvents)
      .values({ studentId: id, event: as.event, fromStatus: 'enrolled', toStatus: as.status, date: as.date, reason: as.reason, userId, createdAt: ts })
      .run();
  }
  return id;
}
