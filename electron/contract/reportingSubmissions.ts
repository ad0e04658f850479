import { z } from 'zod';
import { method } from './define';
import { id, isoDate, requiredText, text } from './fields';
import {
  PROGRESS_FIGURES,
  type ProgressFigure,
  type ProgressPayment,
  type ProgressReport,
  type ProgressStudent,
  type ProgressTraining,
} from './reporting';
import type { ProgressColumnKey } from './reportingColumns';
import type { Role } from './roles';

/**
 * 已报送: the 进展情况表 as sent to an authority (issue 14), frozen with the ids behind every figure,
 * so later edits to the register never change it and the app can say which figures would differ today.
 */

/** The ids behind each figure: by project id ('' for courses of no project), then figure. The total row is their union. */
export type FrozenIds = Record<string, Partial<Record<ProgressFigure, number[]>>>;

export interface SubmissionSummary {
  id: number;
  year: number;
  from: string;
  to: string;
  recipient: string;
  note: string;
  submittedBy: string;
  submittedAt: string;
  supersedes: number | null;
  supersedeReason: string;
  /** the newer submission that replaced this one */
  supersededBy: number | null;
}

/** A number of the table as sent and as the register gives it today; a rate in per cent (null over none). */
export interface SubmissionDifference {
  /** null: the total row */
  projectId: number | null;
  column: ProgressColumnKey;
  frozen: number | null;
  today: number | null;
}

export interface SubmissionDetail extends SubmissionSummary {
  columns: ProgressColumnKey[];
  report: ProgressReport;
  /** the same period counted from the register as it is now */
  today: ProgressReport;
  /** every number in the columns sent that the register would give differently today */
  differences: SubmissionDifference[];
  /** the stored snapshot still matches its SHA-256 */
  intact: boolean;
  sha256: string;
  /** the PDF as sent, once attached */
  pdf: SubmissionPdf | null;
}

/**
 * The largest PDF a submission takes (a few pages of tables are well under 1 MB); in base64 it stays
 * inside the HTTP transport's 25 MB body.
 */
export const SUBMISSION_PDF_MAX_BYTES = 15 * 1024 * 1024;

/** The PDF the authority received, attached to its submission once and kept as it came. */
export interface SubmissionPdf {
  fileName: string;
  size: number;
  /** hex SHA-256 of the file */
  sha256: string;
  attachedBy: string;
  attachedAt: string;
}

export const attachPdfInput = z.object({
  id,
  fileName: requiredText(200),
  /** the file, base64: it travels in either transport's JSON (its size is checked once decoded) */
  base64: z.string().min(1, 'required'),
});

/** Whether an entry of a frozen list was behind the figure when sent, is still, or only is today. */
export type FrozenChange = 'kept' | 'removed' | 'added';

type Marked<T> = T & { change: FrozenChange };

/** The entries behind a frozen figure: as sent and as today, those that changed first. */
export type FrozenList = { frozen: number; today: number; total: number; shown: number } & (
  | { kind: 'students'; rows: Marked<Omit<ProgressStudent, 'date'> & { date: string | null }>[] }
  | { kind: 'payments'; rows: Marked<ProgressPayment>[] }
  | { kind: 'trainings'; rows: Marked<ProgressTraining>[] }
);

export const submitInput = z.object({
  year: z.number().int().min(2000).max(2100),
  from: isoDate,
  to: isoDate,
  /** 上报对象 */
  recipient: requiredText(100),
  note: text(500),
  /** a submission sent wrongly, replaced by this one; then why */
  supersedes: id.nullable().default(null),
  supersedeReason: text(200).default(''),
});

export const submissionListInput = z.object({
  id,
  figure: z.enum(PROGRESS_FIGURES),
  /** null: the total row */
  projectId: id.nullable().default(null),
  policyId: id.nullable().default(null),
  fundingSource: z.string().max(100).nullable().default(null),
});
export type SubmissionListInput = z.output<typeof submissionListInput>;

/** The office sends the report; leaders and finance read what was sent; counsellors have no part. */
const SENDERS: readonly Role[] = ['admin', 'office'];
const READERS: readonly Role[] = [...SENDERS, 'finance', 'viewer'];

export const reportingSubmissionsMethods = {
  'reports.submit': method<SubmissionSummary>()({ input: submitInput, roles: SENDERS, write: true, affects: ['reports'] }),
  /** newest first; a year's only when given */
  'reports.submissions': method<SubmissionSummary[]>()({
    input: z.object({ year: z.number().int().min(2000).max(2100).nullable().default(null) }),
    roles: READERS,
    write: false,
  }),
  'reports.submission': method<SubmissionDetail>()({ input: z.object({ id }), roles: READERS, write: false }),
  'reports.submissionList': method<FrozenList>()({ input: submissionListInput, roles: READERS, write: false }),
  'reports.attachSubmissionPdf': method<SubmissionPdf>()({ input: attachPdfInput, roles: SENDERS, write: true, affects: ['reports'] }),
  'reports.submissionPdf': method<{ fileName: string; base64: string }>()({ input: z.object({ id }), roles: READERS, write: false }),
};
