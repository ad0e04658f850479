import { z } from 'zod';
import { method } from './define';
import { id, isoDate, text } from './fields';
import type { ImportField } from './importHeaders';
import { importSheet, type ImportDone, type ImportPreview, type ImportRow } from './importRows';
import { REGISTER_EDITORS } from './roles';

/**
 * Past 发放表: what was paid before the app, brought in as a paid batch of the chosen policy and
 * period, so that caps, ledgers and yearly totals count it. Each line's student is found by
 * 身份证号; a student already paid for the period is left as it is.
 */
export const DISBURSEMENT_IMPORT_FIELDS = [
  { key: 'name', headers: ['姓名', '学生姓名', '收款人姓名', '领款人'] },
  { key: 'idNumber', headers: ['身份证号', '身份证号码', '证件号码', '公民身份号码', '身份证'], required: true },
  { key: 'amount', headers: ['发放金额（元）', '发放金额', '金额（元）', '金额', '实发金额', '补助金额', '资助金额', '应发金额'], required: true },
  { key: 'notes', headers: ['备注'] },
] as const satisfies readonly ImportField[];

export type DisbursementImportField = (typeof DISBURSEMENT_IMPORT_FIELDS)[number]['key'];

const FIELD_KEYS = DISBURSEMENT_IMPORT_FIELDS.map((f) => f.key) as [DisbursementImportField, ...DisbursementImportField[]];

export const disbursementSheet = importSheet(FIELD_KEYS).extend({
  policyId: id,
  /** as a batch names it (allowancePeriods.periodSpan): 2024-09, 2024-1, 2024, or the day of a one-off */
  period: z.string('required').trim().min(1, 'required').max(10, 'period_format'),
  /** the day the bank paid */
  paidOn: isoDate,
  bankRef: text(50).default(''),
});
export type DisbursementSheet = z.output<typeof disbursementSheet>;

export type DisbursementImportRow = ImportRow<DisbursementImportField>;

export interface DisbursementImportPreview extends ImportPreview<DisbursementImportField> {
  /** what the new lines add up to, in fen */
  totalFen: number;
}

export const importDisbursementsMethods = {
  /** what importing the sheet would pay, line by line; writes nothing */
  'imports.previewDisbursements': method<DisbursementImportPreview>()({ input: disbursementSheet, roles: REGISTER_EDITORS, write: false }),
  /** the new lines as one paid batch, in one transaction after a backup */
  'imports.importDisbursements': method<ImportDone>()({
    input: disbursementSheet,
    roles: REGISTER_EDITORS,
    write: true,
    affects: ['allowances', 'imports'],
  }),
};
