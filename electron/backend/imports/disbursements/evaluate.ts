import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { allowanceBatches, allowanceLines, allowancePaidTotals, allowancePolicies } from '../../../../db/schema';
import type { BatchStatus } from '../../../contract/allowanceBatches';
import { currentPeriod, periodSpan } from '../../../contract/allowancePeriods';
import type { POLICY_PERIODS } from '../../../contract/allowancePolicies';
import { chinaToday } from '../../../contract/dates';
import { maskIdNumber } from '../../../contract/idcard';
import type { DisbursementImportField, DisbursementImportRow, DisbursementSheet } from '../../../contract/importDisbursements';
import type { ImportRowStatus } from '../../../contract/importRows';
import { formatYuan } from '../../../contract/money';
import type { FieldProblem } from '../../../contract/problems';
import type { AuthedCtx } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import { isExampleNote, normalisedId, studentIdsByIdNumber, twinsIn, worded, type Issue as AnyIssue } from '../rows';
import { readDisbursementCells } from './cells';

type Issue = AnyIssue<DisbursementImportField>;

/** What the page chose the sheet to be: one policy's payments for one period, paid on one day. */
export interface Terms {
  policyId: number;
  period: string;
  /** the academic year the period's caps and totals count in */
  academicYear: number;
  capFen: number | null;
  paidOn: string;
  bankRef: string;
}

/** A line as the import would write it: its amount in fen when it is new. */
export interface Evaluated extends DisbursementImportRow {
  amountFen: number;
}

/** The page's choices checked again: a policy that exists, a period of its kind, a payment not after today. */
function termsOf(ctx: AuthedCtx, sheet: DisbursementSheet): Terms {
  const policy = ctx.db
    .select({ period: allowancePolicies.period, capFen: allowancePolicies.capFen })
    .from(allowancePolicies)
    .where(eq(allowancePolicies.id, sheet.policyId))
    .get();
  const today = chinaToday(ctx.now());
  const kind = policy?.period as (typeof POLICY_PERIODS)[number] | undefined;
  const span = kind ? periodSpan(kind, sheet.period) : null;
  const problems: FieldProblem[] = [];
  if (!kind) problems.push({ field: 'policyId', key: 'import_policy_unknown' });
  else if (!span) {
    problems.push({ field: 'period', key: 'period_format', params: { kind: { label: 'policyPeriod', code: kind }, example: currentPeriod(kind, today) } });
  }
  if (sheet.paidOn > today) problems.push({ field: 'paidOn', key: 'date_future', params: { today } });
  if (problems.length) throw new AppError('invalid_input', {}, problems);
  const { policyId, period, paidOn, bankRef } = sheet;
  return { policyId, period, academicYear: span!.academicYear, capFen: policy!.capFen, paidOn, bankRef };
}

/** The register's name of each student, by id. */
function namesOf(ctx: AuthedCtx, ids: readonly number[]): Map<number, string> {
  const rows = ctx.db.all<{ id: number; name: string }>(sql`SELECT id, name FROM students WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`);
  return new Map(rows.map((s) => [s.id, s.name]));
}

/** Each student's line already under the policy for the period (the first batch's, reversals aside). */
function linesOfPeriod(ctx: AuthedCtx, terms: Terms): Map<number, { batchNo: string; status: BatchStatus; amountFen: number }> {
  const rows = ctx.db
    .select({ studentId: allowanceLines.studentId, batchNo: allowanceBatches.batchNo, status: allowanceBatches.status, amountFen: allowanceLines.amountFen })
    .from(allowanceLines)
    .innerJoin(allowanceBatches, eq(allowanceBatches.id, allowanceLines.batchId))
    .where(and(eq(allowanceBatches.policyId, terms.policyId), eq(allowanceBatches.period, terms.period), isNull(allowanceLines.reversesLineId)))
    .orderBy(asc(allowanceBatches.id))
    .all();
  const lines = new Map<number, { batchNo: string; status: BatchStatus; amountFen: number }>();
  for (const { studentId, status, ...line } of rows) if (!lines.has(studentId)) lines.set(studentId, { ...line, status: status as BatchStatus });
  return lines;
}

/** What paid batches gave each student under the policy in the academic year. */
function paidInYear(ctx: AuthedCtx, terms: Terms): Map<number, number> {
  const rows = ctx.db
    .select({ studentId: allowancePaidTotals.studentId, amountFen: allowancePaidTotals.amountFen })
    .from(allowancePaidTotals)
    .where(and(eq(allowancePaidTotals.policyId, terms.policyId), eq(allowancePaidTotals.academicYear, terms.academicYear)))
    .all();
  return new Map(rows.map((r) => [r.studentId, r.amountFen]));
}

const spaceless = (name: string) => name.replace(/\s+/g, '');

/**
 * What importing each line of a past 发放表 would do: a new paid line, nothing (the student's
 * line for the period is already there, paid, for the same amount), or refused: a cell that cannot
 * be read, a student the register lacks or knows by another name, no amount, the same student
 * twice, a line for the period already there otherwise. Over the year's cap is a warning only:
 * the money was paid, and the import records what happened.
 */
export function evaluate(ctx: AuthedCtx, sheet: DisbursementSheet): { terms: Terms; rows: Evaluated[] } {
  const terms = termsOf(ctx, sheet);
  const read = sheet.rows.map((row) => ({ line: row.line, ...readDisbursementCells(row.cells, sheet.date1904) }));
  const idOf = (index: number) => normalisedId(read[index].values.idNumber);
  const found = studentIdsByIdNumber(ctx, read.map((_r, i) => idOf(i)));
  const names = namesOf(ctx, [...found.values()]);
  const already = linesOfPeriod(ctx, terms);
  const paid = paidInYear(ctx, terms);
  const twins = twinsIn(read, [{ field: 'idNumber', valueOf: idOf }]);

  const rows = read.map((r, index): Evaluated => {
    const v = r.values;
    const issues: Issue[] = [...r.issues, ...(twins.get(r.line) ?? [])];
    const warnings: Issue[] = [];
    const unread = (field: DisbursementImportField) => issues.some((i) => i.field === field);
    if (isExampleNote(v.notes)) issues.push({ field: 'notes', key: 'import_example_row' });
    if (v.amount === undefined && !unread('amount')) issues.push({ field: 'amount', key: 'required' });
    else if (v.amount === 0) issues.push({ field: 'amount', key: 'import_amount_zero' });
    const studentId = found.get(idOf(index) ?? '') ?? null;
    const registered = studentId === null ? null : names.get(studentId)!;
    if (v.idNumber === undefined && !unread('idNumber')) issues.push({ field: 'idNumber', key: 'required' });
    else if (v.idNumber !== undefined && registered === null) issues.push({ field: 'idNumber', key: 'import_no_such_student' });
    if (registered !== null && v.name !== undefined && spaceless(v.name) !== spaceless(registered)) {
      issues.push({ field: 'name', key: 'import_name_differs', params: { name: registered } });
    }

    const amountFen = v.amount ?? 0;
    const before = studentId === null ? undefined : already.get(studentId);
    const same = before !== undefined && before.status === 'paid' && before.amountFen === amountFen;
    if (before && !same && !issues.length) {
      const params = { batchNo: before.batchNo, status: { label: 'batchStatus' as const, code: before.status }, amount: formatYuan(before.amountFen) };
      issues.push({ field: 'amount', key: 'import_paid_already', params });
    }
    const status: ImportRowStatus = issues.length ? 'error' : same ? 'unchanged' : 'new';
    if (status === 'new' && terms.capFen !== null) {
      const given = paid.get(studentId!) ?? 0;
      if (given + amountFen > terms.capFen) {
        const params = { given: formatYuan(given), total: formatYuan(given + amountFen), cap: formatYuan(terms.capFen) };
        warnings.push({ field: 'amount', key: 'import_over_cap', params });
      }
    }
    return {
      line: r.line,
      status,
      name: v.name ?? registered ?? '',
      idNumber: maskIdNumber(idOf(index) ?? ''),
      studentId,
      version: null,
      // A new line shows what it pays, so the table says it.
      changes: status === 'new' ? [{ field: 'amount', header: sheet.headers.amount ?? 'amount', before: '', after: `¥${formatYuan(amountFen)}` }] : [],
      problems: issues.map((i) => worded(ctx, sheet.headers, i)),
      warnings: warnings.map((w) => worded(ctx, sheet.headers, w)),
      amountFen: status === 'new' ? amountFen : 0,
    };
  });
  return { terms, rows };
}
