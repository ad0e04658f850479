import type { TFunction } from 'i18next';
import { formatYuan } from '../../../electron/contract/money';
import { SUMMARY_GROUPINGS, SUMMARY_RATES, type SummaryFigures, type SummaryInput, type SummaryListFigure } from '../../../electron/contract/reportingSummary';
import { ratioOf, type SummaryColumn } from '../../../electron/contract/reportingSummaryColumns';
import { percent } from '../../placements/outcomes/outcomeCells';

type T = TFunction<'summary'>;

export function columnTitle(t: T, c: SummaryColumn): string {
  if ('count' in c) return t(`figure.${c.count}`);
  if ('rate' in c) return t(`rate.${c.rate}`);
  return 'salary' in c ? t(`salary.${c.salary}`) : t(`money.${c.money}`);
}

/** Salaries to the yuan (their fen are noise in a mean), money to the fen; — for none. */
const wholeYuan = (fen: number | null) => (fen === null ? '—' : Math.round(fen / 100).toLocaleString('en-US'));
const yuanText = (fen: number | null) => (fen === null ? '—' : formatYuan(fen));

/** What a cell shows; a rate's n/d goes under it on the page and beside it on paper. */
export function cellText(c: SummaryColumn, f: SummaryFigures): string {
  if ('count' in c) return String(f.counts[c.count]);
  if ('rate' in c) {
    const { n, d } = ratioOf(c.rate, f);
    return percent(n, d);
  }
  if ('salary' in c) return wholeYuan(c.salary === 'mean' ? f.salaryMeanFen : f.salaryMedianFen);
  return yuanText(c.money === 'paid' ? f.paidFen : f.paidPerStudentFen);
}

/** The list a click opens, and the base a switch in it shows. */
export function pickOf(c: SummaryColumn): { figure: SummaryListFigure; base: SummaryListFigure | null } {
  if ('count' in c) return { figure: c.count, base: null };
  if ('rate' in c) return { figure: SUMMARY_RATES[c.rate].n, base: SUMMARY_RATES[c.rate].d };
  if ('salary' in c) return { figure: 'salaried', base: 'direct' };
  return { figure: 'paid', base: c.money === 'perStudent' ? 'intake' : null };
}

/** On hover: what the number is made of. */
export function hintOf(t: T, c: SummaryColumn, f: SummaryFigures): string {
  if ('count' in c) return t(`figure.${c.count}`);
  if ('rate' in c) {
    const { n, d } = ratioOf(c.rate, f);
    return t('ratioHint', { num: t(`figure.${SUMMARY_RATES[c.rate].n}`), n, den: t(`figure.${SUMMARY_RATES[c.rate].d}`), d });
  }
  if ('salary' in c) return t('salaryHint', { count: f.counts.salaried });
  return c.money === 'paid' ? t('figure.paid') : t('perStudentHint', { paid: formatYuan(f.paidFen), intake: f.counts.intake });
}

/** The page's choices from its URL (the print's route carries the same), so a view can be bookmarked and printed as shown. */
export function readSummaryInput(params: URLSearchParams): SummaryInput {
  const by = params.get('groupBy');
  const projectId = Number(params.get('projectId'));
  return {
    groupBy: (SUMMARY_GROUPINGS as readonly string[]).includes(by ?? '') ? (by as SummaryInput['groupBy']) : 'project',
    projectId: Number.isSafeInteger(projectId) && projectId > 0 ? projectId : null,
  };
}

/** The A4 report of the view (ReportRoutes.tsx; electron/backend/ipc/print-request.ts lets main print it). */
export const summaryPrintPath = ({ groupBy, projectId }: SummaryInput): string =>
  `/print/summary?groupBy=${groupBy}${projectId ? `&projectId=${projectId}` : ''}`;

/** A year as the charts name it: 2024届 (graduation) or 2021级 (intake). */
export const yearLabel = (t: T, by: 'graduationYear' | 'intakeYear', year: number): string => t(`trend.year.${by}`, { year });
