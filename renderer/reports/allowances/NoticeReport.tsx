import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { NoticeLine } from '../../../electron/contract/allowanceSheets';
import { formatYuan } from '../../../electron/contract/money';
import { yuan } from '../../format';
import { useApi } from '../../api/hooks';
import { useSchoolName } from '../../auth/session';
import { ReportPage } from '../ReportPage';
import { ReportTable, type ReportColumn } from '../ReportTable';
import { dayText, usePeriodText, useSheetHeading } from './sheetText';
import './sheets.css';

/** Where a day is written by hand on a notice printed before it is posted. */
const BLANK_DAY = '____年__月__日';

/**
 * `#/print/allowance-notice/:id`: the 公示名单 posted on campus, A4 portrait. The backend sends only
 * what a notice may show (教财厅函〔2017〕28号): name, major, year, class and amount.
 */
export function NoticeReport() {
  const { t } = useTranslation('allowances');
  const id = Number(useParams().id);
  const notice = useApi('allowances.notice', { id });
  const data = notice.data;
  const school = useSchoolName();
  const periodText = usePeriodText();
  const heading = useSheetHeading(data, (policy) => t('sheets.notice.title', { policy }), t('sheets.notice.menu'));
  const columns: ReportColumn<NoticeLine>[] = [
    { key: 'seq', header: t('sheets.columns.seq'), weight: 6, className: 'report-num report-center', cell: (_, i) => i + 1 },
    { key: 'name', header: t('sheets.columns.name'), weight: 10, cell: (l) => l.name },
    { key: 'major', header: t('sheets.columns.major'), weight: 17, cell: (l) => l.majorName },
    { key: 'cohort', header: t('sheets.columns.cohort'), weight: 9, cell: (l) => l.cohortName },
    { key: 'className', header: t('sheets.columns.className'), weight: 17, cell: (l) => l.className ?? t('sheets.noClass') },
    { key: 'amount', header: t('sheets.columns.amount'), weight: 11, className: 'report-num sheet-amount', cell: (l) => formatYuan(l.amountFen) },
  ];

  return (
    <ReportPage
      title={heading.title}
      orientation="portrait"
      fileName={heading.fileName}
      subtitle={heading.subtitle}
      note={data?.status === 'draft' && t('sheets.unsubmitted')}
      loading={!data}
      error={notice.error}
    >
      {data && (
        <>
          <p className="notice-text">{t('sheets.noticeIntro', { count: data.lineCount, policy: data.policyName, period: periodText(data) })}</p>
          <ReportTable
            columns={columns}
            rows={data.lines}
            rowKey={(l) => l.id}
            foot={
              <tr className="sheet-sum">
                <td colSpan={columns.length - 1}>{t('sheets.noticeTotal', { count: data.lineCount })}</td>
                <td className="report-num sheet-amount">{yuan(data.totalFen)}</td>
              </tr>
            }
          />
          <div className="notice-foot">
            <div>
              {t('sheets.noticePeriod', {
                from: data.noticeFrom ? dayText(data.noticeFrom) : BLANK_DAY,
                to: data.noticeEndsOn ? dayText(data.noticeEndsOn) : BLANK_DAY,
              })}
              {data.noticeDays > 0 && t('sheets.noticeDays', { count: data.noticeDays })}
            </div>
            <div>
              {t('sheets.noticeObjections')}
              <span className="sheet-blank" />
            </div>
            <div className="notice-by">
              <div>{t('sheets.noticeBy', { school })}</div>
              <div>{data.noticeFrom ? dayText(data.noticeFrom) : BLANK_DAY}</div>
            </div>
          </div>
        </>
      )}
    </ReportPage>
  );
}
