import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { HELP_KINDS, RISKS } from '../../../electron/contract/checkins';
import { sumCounts, type AtRiskStudent, type SummaryCounts, type SummaryGroup } from '../../../electron/contract/coverage';
import { yearMonth } from '../../../electron/contract/fields';
import { coverageText, monthLabel } from '../../checkins/shared/months';
import { useApi } from '../../api/hooks';
import { currentLocale } from '../../i18n';
import { ReportPage } from '../ReportPage';
import { ReportTable, type ReportColumn } from '../ReportTable';

/** A line of the figures table: one class of a counsellor, a counsellor's subtotal, or the school's total. */
interface FigureLine {
  key: string;
  counsellor: string;
  className: string;
  counts: SummaryCounts;
  sum: boolean;
}

interface AtRiskLine extends AtRiskStudent {
  counsellor: string;
  className: string;
}


/** `#/print/checkin-summary?month=YYYY-MM`: 月度监测汇总, landscape: the figures per counsellor and class, then the students at risk and why. */
export function SummaryReport() {
  const { t } = useTranslation('checkinCoverage');
  const [params] = useSearchParams();
  const month = yearMonth.safeParse(params.get('month')).success ? params.get('month')! : '';
  const summary = useApi('checkins.summary', { month });
  const locale = currentLocale();
  const names = useNames();
  const figureColumns = useFigureColumns();
  const data = summary.data;
  const total = data?.total;

  return (
    <ReportPage
      title={t('summary.title')}
      orientation="landscape"
      fileName={`${t('summary.title')}_${month}`}
      subtitle={
        total &&
        t('summary.subtitle', { month: monthLabel(month, locale), expected: total.expected, checked: total.checked, coverage: coverageText(total.checked, total.expected, locale) })
      }
      loading={!data}
      error={summary.error}
    >
      {data && data.groups.length === 0 && <div className="report-message">{t('summary.empty')}</div>}
      {data && data.groups.length > 0 && (
        <>
          <section className="report-group" data-testid="summary-figures">
            <ReportTable columns={figureColumns} rows={figureLines(data.groups, data.total, names)} rowKey={(l) => l.key} />
          </section>
          <section className="report-group" data-testid="summary-at-risk">
            <AtRiskTable lines={data.groups.flatMap((g) => g.atRisk.map((s) => ({ ...s, ...names(g) })))} />
          </section>
        </>
      )}
    </ReportPage>
  );
}

/** A group's counsellor and class as printed, with words for none. */
function useNames() {
  const { t } = useTranslation('checkinCoverage');
  return (g: Pick<SummaryGroup, 'counsellorName' | 'className'>) => ({
    counsellor: g.counsellorName ?? t('summary.noCounsellor'),
    className: g.className ?? t('noClass'),
  });
}

/** Each counsellor's classes, then their subtotal when they have more than one; the school's total last. */
function figureLines(groups: SummaryGroup[], total: SummaryCounts, names: ReturnType<typeof useNames>): FigureLine[] {
  const lines: FigureLine[] = [];
  // The groups come by counsellor: each run of one counsellor is theirs.
  const runs: SummaryGroup[][] = [];
  for (const g of groups) {
    const run = runs.at(-1);
    if (run && run[0].counsellorId === g.counsellorId) run.push(g);
    else runs.push([g]);
  }
  for (const classes of runs) {
    const id = classes[0].counsellorId;
    const { counsellor } = names(classes[0]);
    classes.forEach((g, i) => lines.push({ key: `${id}-${g.classId}`, counsellor: i === 0 ? counsellor : '', className: names(g).className, counts: g, sum: false }));
    if (classes.length > 1) lines.push({ key: `${id}-sum`, counsellor: '', className: 'subtotal', counts: sumCounts(classes), sum: true });
  }
  lines.push({ key: 'total', counsellor: 'total', className: '', counts: total, sum: true });
  return lines;
}

function useFigureColumns(): ReportColumn<FigureLine>[] {
  const { t } = useTranslation('checkinCoverage');
  const { t: tc } = useTranslation('checkins');
  const locale = currentLocale();
  const strong = (l: FigureLine, text: string | number) => (l.sum ? <strong>{text}</strong> : text);
  const number = (key: string, header: string, value: (c: SummaryCounts) => number | string, weight = 4): ReportColumn<FigureLine> => ({
    key,
    header,
    weight,
    className: 'report-num report-center',
    cell: (l) => strong(l, value(l.counts)),
  });
  return [
    { key: 'counsellor', header: t('overdue.counsellor'), weight: 7, cell: (l) => strong(l, l.counsellor === 'total' ? t('summary.total') : l.counsellor) },
    { key: 'className', header: t('summary.className'), weight: 8, cell: (l) => strong(l, l.className === 'subtotal' ? t('summary.subtotal') : l.className) },
    number('expected', t('summary.expected'), (c) => c.expected),
    number('checked', t('summary.checked'), (c) => c.checked),
    number('coverage', t('summary.coverage'), (c) => coverageText(c.checked, c.expected, locale), 5),
    ...RISKS.map((r) => number(r, tc(`risk.${r}`), (c) => c.risks[r])),
    ...HELP_KINDS.map((h) => number(h, tc(`help.${h}`), (c) => c.help[h], 5)),
  ];
}

function AtRiskTable({ lines }: { lines: AtRiskLine[] }) {
  const { t } = useTranslation('checkinCoverage');
  const { t: tc } = useTranslation('checkins');
  const reason = useReason();
  if (lines.length === 0) return <div className="report-message">{t('summary.noneAtRisk')}</div>;
  const columns: ReportColumn<AtRiskLine>[] = [
    { key: 'seq', header: t('summary.seq'), weight: 4, className: 'report-num report-center', cell: (_, i) => i + 1 },
    { key: 'counsellor', header: t('overdue.counsellor'), weight: 7, cell: (l) => l.counsellor },
    { key: 'className', header: t('summary.className'), weight: 8, cell: (l) => l.className },
    { key: 'name', header: t('summary.student'), weight: 6, cell: (l) => l.name },
    { key: 'risk', header: t('summary.risk'), weight: 5, className: 'report-center', cell: (l) => tc(`risk.${l.risk}`) },
    { key: 'reason', header: t('summary.reason'), weight: 40, cell: reason },
  ];
  return <ReportTable columns={columns} rows={lines} rowKey={(l) => l.studentId} caption={t('summary.atRisk', { count: lines.length })} />;
}

/** What the check-in said that month, in words: attendance, failing courses, money trouble, a family event. */
function useReason() {
  const { t } = useTranslation('checkinCoverage');
  return (s: AtRiskStudent) => {
    const parts = [
      s.attendancePct !== null ? t('summary.reasons.attendance', { pct: s.attendancePct }) : null,
      s.failingCourses > 0 ? t('summary.reasons.failing', { count: s.failingCourses }) : null,
      s.moneyTrouble ? t('summary.reasons.money') : null,
      s.familyEvent ? t('summary.reasons.family', { text: s.familyEvent }) : null,
    ].filter((p): p is string => p !== null);
    return parts.length ? parts.join(t('summary.reasons.joiner')) : t('summary.reasons.nothing');
  };
}
