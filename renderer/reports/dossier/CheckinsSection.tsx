import { useTranslation } from 'react-i18next';
import { HELP_KINDS, RISKS } from '../../../electron/contract/checkins';
import type { DossierCheckin } from '../../../electron/contract/dossiers';
import { academicYearOf } from '../../../electron/contract/schoolMonths';
import { currentLocale } from '../../i18n';
import { ACADEMIC_MONTHS, monthName } from '../../settings/general/academicMonths';
import type { ReportColumn } from '../ReportTable';
import { EmptySection, SectionTable } from './parts';

const monthIn = (year: number, m: number) => `${m >= 9 ? year : year + 1}-${String(m).padStart(2, '0')}`;

function yearsBetween(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * 月度监测 in brief: one line per school year, one cell per month with its risk and how the
 * counsellor checked (or 未填 for a month in school without a check-in), then the counts and the
 * help given. The notes stay on the student's page.
 */
export function CheckinsSection({ checkins, missedMonths }: { checkins: readonly DossierCheckin[]; missedMonths: readonly string[] }) {
  const { t } = useTranslation('dossier');
  const title = t('sections.checkins');
  const months = [...checkins.map((c) => c.month), ...missedMonths].sort();
  if (months.length === 0) return <EmptySection title={title} message={t('checkins.none')} testId="dossier-checkins" />;
  const byMonth = new Map(checkins.map((c) => [c.month, c]));
  const missed = new Set(missedMonths);

  const cell = (month: string) => {
    const c = byMonth.get(month);
    if (c) {
      return (
        <>
          <span className={`dossier-risk dossier-risk-${c.risk}`}>{t(`risk.${c.risk}`)}</span>
          <span className="dossier-how">{t(`method.${c.method}`)}</span>
        </>
      );
    }
    return missed.has(month) ? <span className="dossier-missed">{t('checkins.missed')}</span> : null;
  };
  const columns: ReportColumn<number>[] = [
    {
      key: 'year',
      header: t('checkins.year'),
      weight: 16,
      className: 'report-num report-center',
      cell: (y) => t('checkins.academicYear', { year: y, next: y + 1 }),
    },
    ...ACADEMIC_MONTHS.map((m) => ({
      key: `m${m}`,
      header: monthName(m, currentLocale()),
      weight: 7,
      className: 'dossier-month',
      cell: (y: number) => cell(monthIn(y, m)),
    })),
  ];

  const risks = RISKS.map((risk) => ({ risk, count: checkins.filter((c) => c.risk === risk).length })).filter((r) => r.count > 0);
  const help = HELP_KINDS.map((kind) => ({ kind, count: checkins.filter((c) => c.help.includes(kind)).length })).filter((h) => h.count > 0);
  const sep = t('sep');
  const riskList = risks.map((r) => t('checkins.riskCount', { risk: t(`risk.${r.risk}`), count: r.count })).join(sep);
  const helpList = help.map((h) => t('checkins.helpCount', { help: t(`helpKind.${h.kind}`), count: h.count })).join(sep);
  const summary = [
    checkins.length > 0 && t('checkins.recorded', { count: checkins.length, risks: riskList }),
    missedMonths.length > 0 && t('checkins.missedCount', { count: missedMonths.length }),
    help.length > 0 && t('checkins.help', { list: helpList }),
  ];
  const foot = (
    <tr className="dossier-note-row">
      <td colSpan={columns.length}>
        <div>{summary.filter(Boolean).join('')}</div>
        <div className="dossier-legend">{t('checkins.legend')}</div>
      </td>
    </tr>
  );
  const years = yearsBetween(academicYearOf(months[0]), academicYearOf(months.at(-1)!));
  return <SectionTable title={title} columns={columns} rows={years} rowKey={(y) => y} foot={foot} testId="dossier-checkins" keep />;
}
