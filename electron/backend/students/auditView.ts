import { maskBankAccount, maskIdNumber } from '../../contract/idcard';
import type { Student } from '../../contract/students';

type Masks = { [K in keyof Student]?: (value: NonNullable<Student[K]>) => string };

const lastFour = (v: string) => '*'.repeat(Math.max(v.length - 4, 0)) + v.slice(-4);
const hidden = () => '***';

/**
 * What the audit log keeps of a student's personal data (PIPL: no needless copies). It must say
 * that a field changed and who changed it, not repeat the value: the log is read by more people,
 * for longer, than the record. Kept: the student's name, region down to the county, and what the
 * mask shows on screen (last 4 of phone numbers and accounts, first and last 4 of the 身份证号,
 * the birth year, a guardian's surname).
 */
const AUDIT_MASKS: Masks = {
  idNumber: maskIdNumber,
  bankAccount: maskBankAccount,
  phone: lastFour,
  guardianPhone: lastFour,
  birthDate: (v) => `${v.slice(0, 4)}-**-**`,
  homeTown: hidden,
  homeVillage: hidden,
  guardianName: (v) => [...v][0] + '*'.repeat([...v].length - 1),
};

/** `s` as the audit log may keep it; empty values stay empty (nothing to hide, and "cleared" stays visible). */
export function forAudit(s: Partial<Student>): Partial<Student> {
  const out: Record<string, unknown> = { ...s };
  for (const [key, mask] of Object.entries(AUDIT_MASKS) as [keyof Student, (v: unknown) => string][]) {
    if (out[key]) out[key] = mask(out[key]);
  }
  return out as Partial<Student>;
}
