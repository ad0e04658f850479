import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { SheetClass } from '../../../electron/contract/allowanceSheets';
import { formatYuan, totalInWords } from '../../../electron/contract/money';
import { yuan } from '../../format';
import { useApi } from '../../api/hooks';
import { ReportPage } from '../ReportPage';
import { ReportTable, type ReportColumn } from '../ReportTable';
import { Signers } from './Signers';
import { useCheckingNote, useSheetHeading } from './sheetText';
import './sheets.css';

/** `#/print/allowance-summary/:id`: the 发放汇总表, students and amounts class by class, A4 portrait. */
export function SheetSummaryReport() {
  const { t } = useTranslation('allowances');
  const id = Number(useParams().id);
  const summary = useApi('allowances.sheetSummary', { id });
  const data = summary.data;
  const heading = useSheetHeading(data, (policy) => t('sheets.summary.title', { policy }), t('sheets.summary.menu'));
  const note = useCheckingNote(data?.status);
  const columns: ReportColumn<SheetClass>[] = [
    { key: 'seq', header: t('sheets.columns.seq'), weight: 8, className: 'report-num report-center', cell: (_, i) => i + 1 },
    { key: 'className', header: t('sheets.columns.className'), weight: 40, cell: (c) => c.className ?? t('sheets.noClass') },
    { key: 'students', header: t('sheets.columns.students'), weight: 14, className: 'report-num report-center', cell: (c) => c.students },
    { key: 'amount', header: t('sheets.columns.amount'), weight: 22, className: 'report-num sheet-amount', cell: (c) => formatYuan(c.totalFen) },
  ];

  return (
    <ReportPage
      title={heading.title}
      orientation="portrait"
      fileName={heading.fileName}
      subtitle={heading.subtitle}
      note={note}
      madeBy={data?.signers.preparedBy}
      loading={!data}
      error={summary.error}
    >
      {data && (
        <>
          <ReportTable
            columns={columns}
            rows={data.classes}
            rowKey={(c) => c.className ?? ''}
            foot={
              <>
                <tr className="sheet-sum">
                  <td colSpan={2}>{t('sheets.summaryTotal')}</td>
                  <td className="report-num report-center">{data.classes.reduce((n, c) => n + c.students, 0)}</td>
                  <td className="report-num sheet-amount">{yuan(data.totalFen)}</td>
                </tr>
                <tr className="sheet-sum">
                  <td colSpan={columns.length}>
                    {t('sheets.inWords', { words: totalInWords(data.totalFen) })}
                  </td>
                </tr>
              </>
            }
          />
          <Signers signers={data.signers} />
        </>
      )}
    </ReportPage>
  );
}
