import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { chinaToday } from '../../../electron/contract/dates';
import { PROGRESS_DEFINITIONS } from '../../../electron/contract/reportingColumns';
import { useApi } from '../../api/hooks';
import { readProgressInput } from '../../reporting/progress/progressParams';
import { ReportPage } from '../ReportPage';
import { ReportNotes } from '../ReportNotes';
import { PrintedMoney, PrintedTable, Signers } from './PrintedProgress';

/**
 * `#/print/progress?year=&from=&to=`: the 技能脱贫千校行动进展情况表 on A4 landscape in the columns
 * the office chose, under their group headings (repeated on every page), the money by policy and
 * by funding source, the 口径说明 in short, and lines for 填表人, 审核人, 负责人 and the date.
 */
export function ProgressReport() {
  const { t } = useTranslation('reporting');
  const [params] = useSearchParams();
  const input = readProgressInput(params, Number(chinaToday(new Date()).slice(0, 4)));
  const report = useApi('reports.progress', input);
  const columns = useApi('reports.progressColumns', {});
  const data = report.data;
  const title = t('progress.title');
  return (
    <ReportPage
      title={title}
      orientation="landscape"
      fileName={t('progressOutput.fileName', { title, year: input.year })}
      subtitle={data && t('progressOutput.subtitle', { from: data.from, to: data.to })}
      loading={!data || !columns.data}
      error={report.error ?? columns.error}
    >
      {data && columns.data && (
        <div className="progress-print">
          <section className="report-group" data-testid="report-progress">
            <PrintedTable report={data} columns={columns.data} />
          </section>
          <PrintedMoney report={data} />
          <section className="report-group progress-end">
            <ReportNotes title={t('progress.definitions.title')} notes={PROGRESS_DEFINITIONS.map((k) => t(`progressOutput.definitions.${k}`))} />
            <Signers />
          </section>
        </div>
      )}
    </ReportPage>
  );
}
