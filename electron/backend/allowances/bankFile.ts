import { asc, eq, sql, sum } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { allowanceLines, classes, students } from '../../../db/schema';
import { bankAmount, fillPurpose, type BankFile, type BankFileLeftOut, type BankTemplate } from '../../contract/allowanceBankFiles';
import { hand, type Prepared } from '../export/audited';
import type { Handlers } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { batchSummary } from './batches';
import { getTemplate } from './bankTemplates';
import { bankFileBytes, type Payment } from './bankFileLayout';
import { getPolicy } from './policies';

/** Each student of the batch once, their lines added up (a reversal deducts), in the batch's order. */
function netByStudent(db: Db, batchId: number) {
  return db
    .select({
      studentId: students.id,
      name: students.name,
      className: classes.name,
      idNumber: students.idNumber,
      phone: students.phone,
      bankName: students.bankName,
      bankAccount: students.bankAccount,
      bankAccountName: students.bankAccountName,
      netFen: sql<number>`${sum(allowanceLines.amountFen)}`.mapWith(Number),
    })
    .from(allowanceLines)
    .innerJoin(students, eq(students.id, allowanceLines.studentId))
    .leftJoin(classes, eq(classes.id, students.classId))
    .where(eq(allowanceLines.batchId, batchId))
    .groupBy(students.id)
    .orderBy(sql`${classes.name} IS NULL`, asc(classes.name), asc(students.namePinyin), asc(students.id))
    .all();
}

/** What a file name may not hold on Windows. */
const safeName = (part: string) => part.replace(/[\\/:*?"<>|]/g, '_');

/** The batch, the template and the policy, refused when no bank file can be made of them. */
function sources(db: Db, batchId: number, templateId: number, now: Date) {
  const batch = batchSummary(db, batchId);
  const template: BankTemplate = getTemplate(db, templateId);
  const policy = getPolicy(db, batch.policyId, now);
  if (policy.kind === 'waiver') throw AppError.field('batchId', 'bank_file_waiver', { policy: policy.name });
  if (batch.status !== 'approved' && batch.status !== 'paid') {
    throw AppError.field('batchId', 'bank_file_not_approved', { status: { label: 'batchStatus', code: batch.status } });
  }
  if (!template.active) throw AppError.field('templateId', 'bank_file_template_inactive', { name: template.name });
  return { batch, template };
}

/**
 * The batch as the template lays it out, one payment per student with money to receive, and those
 * left out with why: nothing left after a reversal, no account, an account in another name (the
 * bank pays only to the name on the account, which must be the student's).
 */
export function bankFile(db: Db, batchId: number, templateId: number, now: Date): BankFile {
  const { batch, template } = sources(db, batchId, templateId, now);
  const purpose = fillPurpose(template.purpose, { policy: batch.policyName, period: batch.period, batchNo: batch.batchNo });
  const payments: Payment[] = [];
  const left: BankFileLeftOut[] = [];
  let totalFen = 0;
  for (const s of netByStudent(db, batchId)) {
    const leave = (reason: BankFileLeftOut['reason']) => left.push({ studentId: s.studentId, name: s.name, className: s.className, netFen: s.netFen, reason });
    if (s.netFen <= 0) leave('nothing_to_pay');
    else if (!s.bankAccount) leave('no_bank_account');
    else if (s.bankAccountName && s.bankAccountName !== s.name) leave('account_name');
    else {
      totalFen += s.netFen;
      payments.push({
        name: s.name,
        values: {
          accountName: s.bankAccountName || s.name,
          account: s.bankAccount,
          amount: bankAmount(s.netFen),
          idNumber: s.idNumber,
          bankName: s.bankName,
          purpose,
          // the batch number: a payment the bank returns is traced back to its batch by it
          note: batch.batchNo,
          phone: s.phone,
        },
      });
    }
  }
  if (payments.length === 0) throw AppError.field('batchId', 'bank_file_nobody', { count: left.length });
  const { bytes, extension, mimeType } = bankFileBytes(template, payments, totalFen);
  return {
    fileName: `${safeName([batch.batchNo, batch.policyName, batch.period, '代发'].join('_'))}.${extension}`,
    base64: bytes.toString('base64'),
    rows: payments.length,
    mimeType,
    templateName: template.name,
    lineCount: payments.length,
    totalFen,
    left,
  };
}

export const bankFileHandlers: Handlers<'allowances.bankFile'> = {
  /** Made before the transaction (a batch of thousands is a large file), handed over only with its audit entry. */
  'allowances.bankFile': {
    prepare: async ({ batchId, templateId }, { db, now }): Promise<Prepared> => {
      const file = bankFile(db, batchId, templateId, now());
      // Counts and the total, never an account number: the log is read more widely than the file.
      const after = { templateId, templateName: file.templateName, rows: file.lineCount, totalFen: file.totalFen, leftOut: file.left.length };
      return { file, audit: { action: 'bank_file', entity: 'allowance_batch', entityId: batchId, after } };
    },
    run: (_input, ctx, prepared) => hand(ctx, prepared) as BankFile,
  },
};
