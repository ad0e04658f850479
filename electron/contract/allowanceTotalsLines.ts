import { z } from 'zod';
import { allowanceTotalsMethods, totalsInput, type Totals } from './allowanceLedger';
import { POLICY_KINDS } from './allowancePolicies';
import { method } from './define';
import type { ExportFile } from './export';

/** The list behind one figure of the totals: its row (`key`, null for the total row), and which figure. */
export const totalsLinesInput = totalsInput.extend({
  key: z.union([z.number().int(), z.string().max(200)]).nullable().default(null),
  /** 人数 lists the students; 笔数 and the amounts list the payment lines */
  side: z.enum(['lines', 'students']).default('lines'),
  /** 发放金额 lists the cash policies' lines, 减免金额 the waivers'; null: both (笔数, 人数) */
  kind: z.enum(POLICY_KINDS).nullable().default(null),
});

/** A paid line behind a figure; a reversal is negative. */
export interface TotalsLine {
  id: number;
  studentId: number;
  studentName: string;
  studentNo: string | null;
  projectName: string;
  cohortName: string;
  className: string | null;
  batchNo: string;
  policyName: string;
  kind: (typeof POLICY_KINDS)[number];
  fundingSource: string;
  period: string;
  paidOn: string;
  amountFen: number;
  /** a reversal: the period of the line it corrects, whose academic year it counts in */
  reverses: string | null;
}

/** A student behind a figure, with their lines and what those add up to. */
export interface TotalsStudent {
  id: number;
  name: string;
  studentNo: string | null;
  projectName: string;
  cohortName: string;
  className: string | null;
  lines: number;
  cashFen: number;
  waiverFen: number;
}

/** The most rows a list answers with; the export holds them all. */
export const TOTALS_LINES_MAX = 1000;

/** The first rows, how many there are in all, and the figures of the whole list, as a row of the totals counts them. */
export type TotalsLines =
  | { side: 'lines'; rows: TotalsLine[]; total: number; sums: Totals['total'] }
  | { side: 'students'; rows: TotalsStudent[]; total: number; sums: Totals['total'] };

const roles = allowanceTotalsMethods['allowances.totals'].roles;

export const allowanceTotalsLinesMethods = {
  'allowances.totalsLines': method<TotalsLines>()({ input: totalsLinesInput, roles, write: false }),
  'allowances.totalsLinesExport': method<ExportFile>()({ input: totalsLinesInput, roles, write: true, affects: [] }),
};
