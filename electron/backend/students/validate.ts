import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { classes, cohorts, majors, students, users } from '../../../db/schema';
import { parseIdNumber } from '../../contract/idcard';
import type { studentFields } from '../../contract/students';
import { AppError, type FieldProblem } from '../rpc/errors';

export type StudentInput = z.output<typeof studentFields>;

/**
 * Checks that need the 身份证号 rules or the database. All problems are reported together so
 * the form can mark every field at once. Returns the input with the normalised ID number.
 */
export function validateStudent(db: Db, input: StudentInput, selfId: number | null, now: Date): StudentInput {
  const problems: FieldProblem[] = [];
  // The contract schema has already refused malformed numbers; this derives what the number says.
  const parsed = parseIdNumber(input.idNumber, now);
  let idNumber = input.idNumber;
  if ('problem' in parsed) {
    problems.push({ field: 'idNumber', key: parsed.problem });
  } else {
    idNumber = parsed.idNumber;
    if (parsed.birthDate !== input.birthDate) problems.push({ field: 'birthDate', key: 'birth_mismatch', params: { expected: parsed.birthDate } });
    if (parsed.gender !== input.gender) problems.push({ field: 'gender', key: 'gender_mismatch', params: { expected: { key: `gender_${parsed.gender}` } } });
    const dup = db
      .select({ id: students.id, name: students.name })
      .from(students)
      .where(selfId === null ? eq(students.idNumber, idNumber) : and(eq(students.idNumber, idNumber), ne(students.id, selfId)))
      .get();
    if (dup) problems.push({ field: 'idNumber', key: 'duplicate_id_number', params: { name: dup.name, id: dup.id } });
  }
  const cohort = db.select({ projectId: cohorts.projectId }).from(cohorts).where(eq(cohorts.id, input.cohortId)).get();
  if (!cohort) problems.push({ field: 'cohortId', key: 'invalid_value' });
  else if (cohort.projectId !== input.projectId) problems.push({ field: 'cohortId', key: 'cohort_project_mismatch' });
  if (input.majorId !== null && !db.select({ id: majors.id }).from(majors).where(eq(majors.id, input.majorId)).get())
    problems.push({ field: 'majorId', key: 'invalid_value' });
  if (input.classId !== null && !db.select({ id: classes.id }).from(classes).where(eq(classes.id, input.classId)).get())
    problems.push({ field: 'classId', key: 'invalid_value' });
  if (input.counsellorId !== null) {
    const c = db.select({ role: users.role }).from(users).where(eq(users.id, input.counsellorId)).get();
    if (!c || c.role !== 'counsellor') problems.push({ field: 'counsellorId', key: 'not_counsellor' });
  }
  if (input.expectedGraduation !== null && input.expectedGraduation < input.enrolmentDate.slice(0, 7))
    problems.push({ field: 'expectedGraduation', key: 'date_order' });
  if (problems.length) throw new AppError('invalid_input', {}, problems);
  return { ...input, idNumber };
}
