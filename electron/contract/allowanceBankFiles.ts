import { z } from 'zod';
import { method } from './define';
import type { ExportFile } from './export';
import { id, requiredText, text, versionField } from './fields';
import { labelOf } from './labels';
import { formatYuan } from './money';
import type { Role } from './roles';

/**
 * 代发文件: an approved batch as the bank's batch-payment file, laid out by a bank template (银行模板).
 * Banks differ in columns, order, file kind and encoding, so the template is a setting finance keeps.
 */
export const BANK_COLUMNS = ['accountName', 'account', 'amount', 'idNumber', 'bankName', 'purpose', 'note', 'phone'] as const;
export const BANK_FILE_FORMATS = ['xlsx', 'text'] as const;
/** stored as words: a tab is invisible in a form and in the audit log */
export const BANK_SEPARATORS = ['comma', 'pipe', 'tab'] as const;
/** Most Chinese bank systems read GBK text; UTF-8 for the few that ask for it. */
export const BANK_ENCODINGS = ['gbk', 'utf8'] as const;
/** what {placeholders} the purpose may hold, filled per batch */
export const PURPOSE_PLACEHOLDERS = ['policy', 'period', 'batchNo'] as const;

export type BankColumn = (typeof BANK_COLUMNS)[number];
export type BankSeparator = (typeof BANK_SEPARATORS)[number];

export const SEPARATOR_CHARS: Record<BankSeparator, string> = { comma: ',', pipe: '|', tab: '\t' };

const templateFields = z.object({
  name: requiredText(50),
  columns: z.array(z.enum(BANK_COLUMNS, 'invalid_value')).max(BANK_COLUMNS.length, 'bank_column_twice'),
  format: z.enum(BANK_FILE_FORMATS, 'required'),
  /** text files only */
  separator: z.enum(BANK_SEPARATORS, 'invalid_value').nullable(),
  encoding: z.enum(BANK_ENCODINGS, 'required'),
  headerRow: z.boolean(),
  totalRow: z.boolean(),
  purpose: text(60),
  active: z.boolean(),
});

type TemplateFields = z.output<typeof templateFields>;

/** The rules across fields, each said at the field to change. */
function checkTemplate(t: TemplateFields, ctx: z.RefinementCtx): void {
  const issue = (path: keyof TemplateFields, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  // The bank pays an account an amount: without either column the file pays nobody.
  if (!t.columns.includes('account') || !t.columns.includes('amount')) issue('columns', 'bank_columns_required');
  else if (new Set(t.columns).size !== t.columns.length) issue('columns', 'bank_column_twice');
  if (t.format === 'text' && !t.separator) issue('separator', 'bank_separator_required');
  const unknown = [...t.purpose.matchAll(/\{(\w*)\}/g)].some(([, name]) => !(PURPOSE_PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown) issue('purpose', 'bank_purpose_placeholder');
  // A text file has no quoting: a separator inside the purpose would split every line.
  else if (t.format === 'text' && t.separator && t.purpose.includes(SEPARATOR_CHARS[t.separator])) issue('purpose', 'bank_purpose_separator');
}

export const bankTemplateInput = templateFields.superRefine(checkTemplate);
export const bankTemplateUpdate = templateFields.extend({ id, version: versionField }).superRefine(checkTemplate);

export type BankTemplate = TemplateFields & { id: number; version: number; createdAt: string; updatedAt: string };

/** '1234.50': two decimals always, no thousands separators (bank systems read them as text, not a number). */
export const bankAmount = (fen: number): string => formatYuan(fen).replace(/,/g, '');

/** {policy}{period} → 生活补贴2026-11; a name the template does not know stays as written (the contract refuses those). */
export const fillPurpose = (purpose: string, words: Record<string, string>): string =>
  purpose.replace(/\{(\w+)\}/g, (whole, name: string) => words[name] ?? whole);

/**
 * The file's lines, cell by cell (what the backend writes and the template editor previews): the
 * header in Chinese, as banks read it; one line per payment; and the 合计 line, with the count in
 * the first column that is not the amount's and the total under the amounts.
 */
export function bankFileLines(
  template: Pick<BankTemplate, 'columns' | 'headerRow' | 'totalRow'>,
  payments: readonly Record<BankColumn, string>[],
  totalFen: number,
): string[][] {
  const { columns } = template;
  const label = columns.findIndex((c) => c !== 'amount');
  return [
    ...(template.headerRow ? [columns.map((c) => labelOf('bankColumn', c, 'zh'))] : []),
    ...payments.map((p) => columns.map((c) => p[c])),
    ...(template.totalRow ? [columns.map((c, i) => (c === 'amount' ? bankAmount(totalFen) : i === label ? `合计${payments.length}笔` : ''))] : []),
  ];
}

/** Why a student of the batch is not in the file (their lines stay in the batch). */
export const BANK_LEFT_OUT = ['nothing_to_pay', 'no_bank_account', 'account_name'] as const;

export interface BankFileLeftOut {
  studentId: number;
  name: string;
  className: string | null;
  /** the student's lines in the batch together: reversals deducted */
  netFen: number;
  reason: (typeof BANK_LEFT_OUT)[number];
}

/**
 * The file (text or xlsx, base64) and what to check it against: `lineCount` payments totalling
 * `totalFen`, as the payment order (付款指令) must say; `rows` is the same count.
 */
export interface BankFile extends ExportFile {
  mimeType: string;
  templateName: string;
  lineCount: number;
  totalFen: number;
  /** by class and name, as the batch lists them */
  left: BankFileLeftOut[];
}

/** Finance keeps the templates and pays; the office reads them (it prepares batches, not payments). */
const EDITORS: readonly Role[] = ['admin', 'finance'];
const READERS: readonly Role[] = [...EDITORS, 'office'];

export const allowanceBankFilesMethods = {
  'bankTemplates.list': method<BankTemplate[]>()({ input: z.object({}), roles: READERS, write: false }),
  'bankTemplates.create': method<BankTemplate>()({ input: bankTemplateInput, roles: EDITORS, write: true, affects: ['bankTemplates'] }),
  'bankTemplates.update': method<BankTemplate>()({ input: bankTemplateUpdate, roles: EDITORS, write: true, affects: ['bankTemplates'] }),
  /** Whole account numbers: only those who pay. Audited (it hands out every account of the batch), so a write that changes nothing. */
  'allowances.bankFile': method<BankFile>()({ input: z.object({ batchId: id, templateId: id }), roles: EDITORS, write: true, affects: [] }),
};
