import { z } from 'zod';
import type { BatchStatus } from './allowanceBatches';
import type { POLICY_PERIODS } from './allowancePolicies';
import { method } from './define';
import { id } from './fields';
import type { Role } from './roles';

/**
 * The printed papers of a batch: the 发放表 the students sign, the 发放汇总表 by class, and the 公示名单
 * posted on campus. Each answer holds what its paper prints and nothing more; amounts in fen.
 */
export interface SheetHeader {
  id: number;
  batchNo: string;
  policyName: string;
  /** how the period is written out: a month, a term, an academic year or a day */
  policyPeriod: (typeof POLICY_PERIODS)[number];
  period: string;
  status: BatchStatus;
  /** of the lines the paper lists */
  lineCount: number;
  totalFen: number;
}

/**
 * Who the sheet names at its foot: 制表人 prepared the batch; 审核人 and 负责人 reviewed and approved
 * it since it was last returned (null: not yet, a line to sign on instead).
 */
export interface SheetSigners {
  preparedBy: string | null;
  reviewedBy: string | null;
  approvedBy: string | null;
  /** the day it was approved, in China time: the sheet's 日期 */
  approvedOn: string | null;
}

export interface SheetLine {
  id: number;
  name: string;
  className: string | null;
  /** masked: 4521**********1234 */
  idNumber: string;
  /** masked: the first four and last four digits */
  bankAccount: string;
  /** negative for a reversal */
  amountFen: number;
  reason: string;
  /** a reversal: the batch of the line it corrects */
  reverses: string | null;
}

export interface Sheet extends SheetHeader {
  signers: SheetSigners;
  lines: SheetLine[];
}

export interface SheetClass {
  className: string | null;
  /** students with a line in the class, a reversal's too */
  students: number;
  totalFen: number;
}

export interface SheetSummary extends SheetHeader {
  signers: SheetSigners;
  /** by class name, students without a class last */
  classes: SheetClass[];
}

/** Only what a notice may show (教财厅函〔2017〕28号): no 身份证号, bank account, phone, address or birth date, not even masked. */
export interface NoticeLine {
  id: number;
  name: string;
  majorName: string | null;
  /** the 年级: the cohort's name, 2024级 */
  cohortName: string;
  className: string | null;
  amountFen: number;
}

export interface Notice extends SheetHeader {
  /** the policy's working days of notice (0: it needs none, but may still be posted) */
  noticeDays: number;
  noticeFrom: string | null;
  noticeEndsOn: string | null;
  /** the recipients: reversals take back earlier payments and are nobody's aid, so they are left out */
  lines: NoticeLine[];
}

/** Whoever may read the batch may print it; counsellors see no money. */
const READERS: readonly Role[] = ['admin', 'office', 'finance', 'viewer'];
const batchId = z.object({ id });

export const allowanceSheetsMethods = {
  /** 发放表, with masked numbers. Audited as a print (it hands out personal data in bulk), so declared a write that changes nothing. */
  'allowances.sheet': method<Sheet>()({ input: batchId, roles: READERS, write: true, affects: [] }),
  'allowances.sheetSummary': method<SheetSummary>()({ input: batchId, roles: READERS, write: false }),
  'allowances.notice': method<Notice>()({ input: batchId, roles: READERS, write: false }),
};
