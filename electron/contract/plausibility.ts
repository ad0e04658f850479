/**
 * How believable a student record is, beyond what the field formats check. Pure rules, used by
 * the backend (refusals) and by the form (refusals and the yellow hints while typing), so both
 * say the same thing.
 */
import type { FieldProblem } from './problems';

/** Ages at enrolment the programme sees: from junior-school leavers to adults retraining. */
export const USUAL_ENROLMENT_AGE = { min: 13, max: 30 } as const;

/**
 * Han characters only, or the names of ethnic minorities written as Han parts joined by a middle
 * dot (阿依古丽·买买提). The IMEs type the dot as U+00B7; Japanese-style and bullet dots look the same.
 */
const USUAL_NAME = /^\p{Script=Han}+(?:[·・•‧]\p{Script=Han}+)*$/u;

/** Full years from `birthDate` to `date` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

interface DatedRecord {
  name: string;
  birthDate: string;
  enrolmentDate: string;
}

/** What cannot be true and is refused. */
export function recordProblems({ birthDate, enrolmentDate }: DatedRecord): FieldProblem[] {
  return enrolmentDate <= birthDate ? [{ field: 'enrolmentDate', key: 'enrolment_before_birth', params: { birthDate } }] : [];
}

/** What is unusual enough to be a typing mistake: shown to the person saving, who may keep it. */
export function recordWarnings({ name, birthDate, enrolmentDate }: Partial<DatedRecord>): FieldProblem[] {
  const warnings: FieldProblem[] = [];
  if (name && !USUAL_NAME.test(name)) warnings.push({ field: 'name', key: 'warn_name_chars' });
  if (birthDate && enrolmentDate && enrolmentDate > birthDate) {
    const age = ageOn(birthDate, enrolmentDate);
    if (age < USUAL_ENROLMENT_AGE.min || age > USUAL_ENROLMENT_AGE.max)
      warnings.push({ field: 'enrolmentDate', key: 'warn_enrolment_age', params: { age, ...USUAL_ENROLMENT_AGE } });
  }
  return warnings;
}
