import { z } from 'zod';
import { isRealIsoDate } from './dates';
import { toHalfWidth } from './halfwidth';

/**
 * Reusable field schemas. Every custom message is a key of ./messages, so the backend
 * can report it in the caller's language and name the field.
 */
/**
 * Characters nobody types on purpose: C0 controls other than tab and line breaks, DEL, zero-width
 * marks and bidi overrides/isolates (which make a name display differently from what it is).
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const visible = (v: string) => !INVISIBLE.test(v);
export const text = (max = 200) => z.string().trim().max(max, 'too_long').refine(visible, 'invalid_chars');
export const requiredText = (max = 200) => z.string('required').trim().min(1, 'required').max(max, 'too_long').refine(visible, 'invalid_chars');
export const id = z.number().int().positive();
export const optionalId = id.nullable();
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date_format').refine(isRealIsoDate, 'date_format');
export const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month_format');
/** Mainland mobile (11 digits starting 1) or a landline with area code. */
export const phone = z
  .string()
  .overwrite(toHalfWidth)
  .trim()
  .refine((v) => v === '' || /^1[3-9]\d{9}$/.test(v) || /^0\d{2,3}-?\d{7,8}$/.test(v), 'phone_format');
export const versionField = z.number().int().positive();
export const page = z.number().int().min(1).default(1);
export const pageSize = z.number().int().min(1).max(200).default(50);

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}
