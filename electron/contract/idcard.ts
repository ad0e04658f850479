/**
 * 身份证号 checks (GB 11643-1999). Pure functions, used by the backend to validate and by
 * the renderer to give feedback while typing.
 */
import { isRealDate } from './dates';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type IdProblem = 'id_legacy15' | 'id_length' | 'id_chars' | 'id_birthdate' | 'id_checksum';

export interface IdInfo {
  /** normalised: upper-case X */
  idNumber: string;
  birthDate: string;
  gender: 'M' | 'F';
}

export function checkCharFor(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** Returns the parsed number, or the first problem found. `today` bounds the birth date. */
export function parseIdNumber(raw: string, today = new Date()): IdInfo | { problem: IdProblem } {
  const id = raw.trim().toUpperCase();
  if (/^\d{15}$/.test(id)) return { problem: 'id_legacy15' };
  if (id.length !== 18) return { problem: 'id_length' };
  if (!/^\d{17}[\dX]$/.test(id)) return { problem: 'id_chars' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (y < 1900 || !isRealDate(y, m, d) || birthDate > today.toISOString().slice(0, 10)) return { problem: 'id_birthdate' };
  if (checkCharFor(id.slice(0, 17)) !== id[17]) return { problem: 'id_checksum' };
  return { idNumber: id, birthDate, gender: Number(id[16]) % 2 === 1 ? 'M' : 'F' };
}

/** 4521**********1234: first four and last four only (PIPL: sensitive personal information). */
export function maskIdNumber(id: string): string {
  if (id.length <= 8) return '*'.repeat(id.length);
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}

/**
 * On a sheet the student signs, the account keeps its first four digits too (they name the bank),
 * as a 身份证号 does: 6228***********8901.
 */
export const maskAccountEnds = (account: string): string => (account ? maskIdNumber(account) : '');

/** Bank accounts show only the last four digits. */
export function maskBankAccount(account: string): string {
  if (!account) return '';
  return '**** ' + account.slice(-4);
}
