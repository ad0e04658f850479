import { useTranslation } from 'react-i18next';
import type { LedgerYear } from '../../../electron/contract/allowanceLedger';
import { yuan } from '../../format';
import type { ReportColumn } from '../ReportTable';
import { EmptySection, SectionTable } from './parts';

/** A school year of the ledger: its policies, paid in cash or waived. */
interface Year {
  academicYear: number;
  cash: LedgerYear[];
  waived: LedgerYear[];
}

const sum = (years: readonly LedgerYear[], of: (y: LedgerYear) => number) => years.reduce((total, y) => total + of(y), 0);
const paid = (y: LedgerYear) => y.paidFen;
const pending = (y: LedgerYear) => y.givenFen - y.paidFen;

function byYear(years: readonly LedgerYear[]): Year[] {
  const grouped = new Map<number, Year>();
  for (const y of years) {
    const year = grouped.get(y.academicYear) ?? { academicYear: y.academicYear, cash: [], waived: [] };
    grouped.set(y.academicYear, year);
    (y.kind === 'waiver' ? year.waived : year.cash).push(y);
  }
  return [...grouped.values()];
}

/**
 * 资助: one line per school year, newest first, with what each policy paid (and what is still in
 * progress), the fees waived, and the year's cash; the totals below. The lines themselves stay on
 * the student's page. Null for roles that see no money.
 */
export function AllowancesSection({ years }: { years: readonly LedgerYear[] | null }) {
  const { t } = useTranslation('dossier');
  const title = t('sections.allowances');
  if (years === null) return <EmptySection title={title} message={t('allowances.hidden')} testId="dossier-allowances" />;
  if (years.length === 0) return <EmptySection title={title} message={t('allowances.none')} testId="dossier-allowances" />;
  const policies = (list: readonly LedgerYear[], withPending: boolean) =>
    list
      .map((y) => {
        const amount = t('allowances.policyAmount', { policy: y.policyName, amount: yuan(y.paidFen) });
        return withPending && pending(y) !== 0 ? amount + t('allowances.pendingNote', { amount: yuan(pending(y)) }) : amount;
      })
      .join(t('sep'));
  const columns: ReportColumn<Year>[] = [
    {
      key: 'year',
      header: t('allowances.year'),
      weight: 15,
      className: 'report-num',
      cell: (y) => t('checkins.academicYear', { year: y.academicYear, next: y.academicYear + 1 }),
    },
    { key: 'cash', header: t('allowances.cash'), weight: 45, cell: (y) => policies(y.cash, true) },
    { key: 'waived', header: t('allowances.waived'), weight: 25, cell: (y) => policies(y.waived, false) },
    { key: 'paid', header: t('allowances.paid'), weight: 15, className: 'report-num dossier-amount', cell: (y) => yuan(sum(y.cash, paid)) },
  ];
  const cash = years.filter((y) => y.kind === 'cash');
  const inProgress = sum(cash, pending);
  const foot = (
    <>
      <tr className="dossier-total-row">
        <td>{t('allowances.total')}</td>
        <td>{inProgress !== 0 && t('allowances.pendingTotal', { amount: yuan(inProgress) })}</td>
        <td className="report-num">{yuan(sum(years.filter((y) => y.kind === 'waiver'), paid))}</td>
        <td className="report-num dossier-amount">{yuan(sum(cash, paid))}</td>
      </tr>
      <tr className="dossier-note-row">
        <td colSpan={columns.length} className="dossier-legend">
          {t('allowances.note')}
        </td>
      </tr>
    </>
  );
  return <SectionTable title={title} columns={columns} rows={byYear(years)} rowKey={(y) => y.academicYear} foot={foot} testId="dossier-allowances" keep />;
}
