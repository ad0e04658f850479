import { z } from 'zod';
import { isCreditCode } from './creditCode';
import { method } from './define';
import { id, phone, requiredText, text, versionField } from './fields';
import { toHalfWidth } from './halfwidth';
import type { Role } from './roles';

/**
 * 企业: internship hosts and employers, one directory for the whole school. A company typed twice
 * (比亚迪（深圳）有限公司 with full-width brackets, 比亚迪(深圳) 有限公司 with half-width ones and a
 * space) is found to be one by its name key, or by its 统一社会信用代码 when given.
 */

/** How two spellings of one name compare: half-width, no spaces, upper case. */
export const companyNameKey = (name: string): string => toHalfWidth(name).replace(/\s+/g, '').toUpperCase();

export const companyFields = z.object({
  name: requiredText(100),
  creditCode: z
    .string()
    .overwrite((v) => toHalfWidth(v).trim().toUpperCase())
    .refine((v) => v === '' || isCreditCode(v), 'credit_code_format')
    .transform((v) => (v === '' ? null : v)),
  industry: text(50),
  province: text(20),
  city: text(30),
  contactName: text(30),
  contactPhone: phone,
  notes: text(500),
});

export interface Company extends z.output<typeof companyFields> {
  id: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** The office and counsellors (who record their students' internships) keep the directory; leaders read it; finance has no part. */
const EDITORS: readonly Role[] = ['admin', 'office', 'counsellor'];
const READERS: readonly Role[] = [...EDITORS, 'viewer'];
/** Merging rewrites other people's records: the office's job. */
const MERGERS: readonly Role[] = ['admin', 'office'];

/** The most a search answers with: enough to pick from, and a hint to type more. */
export const COMPANIES_MAX = 200;

export const companiesMethods = {
  /** found by name, credit code or city, by name; `total` says how many matched when more than COMPANIES_MAX did */
  'companies.list': method<{ rows: Company[]; total: number }>()({ input: z.object({ q: text(50).default('') }), roles: READERS, write: false }),
  'companies.create': method<Company>()({ input: companyFields, roles: EDITORS, write: true, affects: ['companies'] }),
  'companies.update': method<Company>()({ input: companyFields.extend({ id, version: versionField }), roles: EDITORS, write: true, affects: ['companies'] }),
  /** two entries that turn out to be one company: `merge`'s internships and placements move to `keep`, and `merge` goes */
  'companies.merge': method<Company>()({
    input: z.object({ keepId: id, keepVersion: versionField, mergeId: id, mergeVersion: versionField }),
    roles: MERGERS,
    write: true,
    affects: ['companies', 'internships', 'placements'],
  }),
};
