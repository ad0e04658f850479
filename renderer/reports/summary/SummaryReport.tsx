import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { SummaryFigures } from '../../../electron/contract/reportingSummary';
import { useApi } from '../../api/hooks';
import { columnKey, COLUMN_GROUPS, COLUMNS, ratioOf, SUMMARY_DEFINITIONS, type SummaryColumn } from '../../../electron/contract/reportingSummaryColumns';
import { cellText, columnTitle, readSummaryInput } from '../../reporting/summary/summaryColumns';
import { TrendCharts } from '../../reporting/summary/TrendCharts';
import { ReportPage } from '../ReportPage';
import { ReportNotes } from '../ReportNotes';
import './summary.css';

/** Shares of the width: the group's name, then counts narrow, money wide enough for ten years of a programme's payments. */
const weightOf = (c: SummaryColumn): number => ('count' in c ? 1.4 : 'rate' in c ? 2 : 'salary' in c ? 2.2 : c.money === 'paid' ? 3.4 : 2.4);
const WEIGHTS = [3.6, ...COLUMNS.map(weightOf)];

/**
 * `#/print/summary?groupBy=…&projectId=…`: 项目成效 on A4 landscape as the page shows it: the table
 * (its headings repeated on every page), the charts over the years, and how each figure is counted.
 */
export function ProgrammeSummaryReport() {
  const { t } = useTranslation('summary');
  const [params] = useSearchParams();
  const input = readSummaryInput(params);
  const summary = useApi('reports.summary', input);
  const trend = useApi('reports.summaryTrend', { projectId: input.projectId });
  const project = useApi('projects.list', {}).data?.find((p) => p.id === input.projectId)?.name;
  const data = summary.data;
  const total = WEIGHTS.reduce((a, b) => a + b, 0);
  return (
    <ReportPage
      title={t('title')}
      orientation="landscape"
      fileName={t('title')}
      subtitle={[t(`by.${input.groupBy}`), project ?? t('allProjects')].join(' · ')}
      loading={!data || !trend.data}
      error={summary.error ?? trend.error}
    >
      {data && (
        <section className="report-group">
          <table className="report-table summary-table" data-testid="report-summary">
            <colgroup>
              {WEIGHTS.map((w, i) => (
                <col key={i} style={{ width: `${((w / total) * 100).toFixed(2)}%` }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th rowSpan={2}>{t(`group.${data.groupBy}`)}</th>
                {COLUMN_GROUPS.map((g) => (
                  <th key={g.group} colSpan={g.columns.length}>
                    {t(`groups.${g.group}`)}
                  </th>
                ))}
              </tr>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={columnKey(c)}>{columnTitle(t, c)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <Line key={row.key} label={row.label} figures={row} />
              ))}
              <Line label={t('total')} figures={data.total} total />
            </tbody>
          </table>
        </section>
      )}
      {trend.data && (
        <section className="report-group summary-charts">
          <strong>{t('trend.title')}</strong>
          <TrendCharts trend={trend.data} height={150} cols={3} />
        </section>
      )}
      <section className="report-group">
        <ReportNotes title={t('definitions.title')} notes={SUMMARY_DEFINITIONS.map((k) => t(`definitions.${k}`))} />
      </section>
    </ReportPage>
  );
}

function Line({ label, figures, total }: { label: string; figures: SummaryFigures; total?: boolean }) {
  return (
    <tr className={total ? 'summary-total' : undefined}>
      <td>{label}</td>
      {COLUMNS.map((c) => (
        <td key={columnKey(c)} className="report-num report-right">
          <Cell column={c} figures={figures} />
        </td>
      ))}
    </tr>
  );
}

/** A rate with its count over its base beneath, as on the page. */
function Cell({ column, figures }: { column: SummaryColumn; figures: SummaryFigures }) {
  if (!('rate' in column)) return cellText(column, figures);
  const { n, d } = ratioOf(column.rate, figures);
  return (
    <>
      {cellText(column, figures)}
      <div className="summary-ratio">
        {n}/{d}
      </div>
    </>
  );
}
