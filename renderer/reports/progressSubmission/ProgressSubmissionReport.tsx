import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi } from '../../api/hooks';
import { sentOn } from '../../reporting/submissions/sentAt';
import { ReportPage } from '../ReportPage';
import { PrintedMoney, PrintedTable, Signers } from '../progress/PrintedProgress';

/**
 * `#/print/progress-submission/:id`: a 进展情况表 exactly as it was sent, from the frozen snapshot
 * (never today's data), stamped 已于 … 报送 …, so the paper sent can be printed again unchanged.
 */
export function ProgressSubmissionReport() {
  const { t } = useTranslation('reporting');
  const ts = useTranslation('submissions').t;
  const id = Number(useParams().id);
  const detail = useApi('reports.submission', { id });
  const data = detail.data;
  return (
    <ReportPage
      title={t('progress.title')}
      orientation="landscape"
      fileName={data ? `${t('progress.title')}_${data.year}_${ts('no', { id: data.id })}` : t('progress.title')}
      subtitle={data && ts('print.scope', { from: data.from, to: data.to, id: data.id })}
      note={data && <span data-testid="submission-stamp">{ts('print.stamp', { date: sentOn(data.submittedAt), recipient: data.recipient })}</span>}
      madeBy={data?.submittedBy}
      loading={!data}
      error={detail.error}
    >
      {data && (
        <div className="progress-print">
          <section className="report-group" data-testid="report-progress-submission">
            <PrintedTable report={data.report} columns={data.columns} />
          </section>
          <PrintedMoney report={data.report} />
          <section className="report-group progress-end">
            <Signers />
          </section>
        </div>
      )}
    </ReportPage>
  );
}
