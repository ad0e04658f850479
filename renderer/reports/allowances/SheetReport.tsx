import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Sheet, SheetLine } from '../../../electron/contract/allowanceSheets';
import { formatYuan, totalInWords } from '../../../electron/contract/money';
import { yuan } from '../../format';
import { useApi } from '../../api/hooks';
import { ReportPage } from '../ReportPage';
import { ReportTable, type ReportColumn } from '../ReportTable';
import { sheetPages } from './sheetPages';
import { Signers } from './Signers';
import { useCheckingNote, useSheetHeading } from './sheetText';
import './sheets.css';

/** `#/print/allowance-sheet/:id`: the 发放表 the students sign, A4 portrait, in fixed pages that each end on their subtotal. */
export function SheetReport() {
  const { t } = useTranslation('allowances');
  const id = Number(useParams().id);
  const sheet = useApi('allowances.sheet', { id });
  const data = sheet.data;
  const heading = useSheetHeading(data, (policy) => t('sheets.sheet.title', { policy }), t('sheets.sheet.menu'));
  const note = useCheckingNote(data?.status);
  const columns = useSheetColumns();

  return (
    <ReportPage
      title={heading.title}
      orientation="portrait"
      fileName={heading.fileName}
      subtitle={heading.subtitle}
      note={note}
      madeBy={data?.signers.preparedBy}
      loading={!data}
      error={sheet.error}
    >
      {data && <SheetPages sheet={data} columns={columns} />}
    </ReportPage>
  );
}

interface Numbered extends SheetLine {
  seq: number;
}

function SheetPages({ sheet, columns }: { sheet: Sheet; columns: ReportColumn<Numbered>[] }) {
  const { t } = useTranslation('allowances');
  const pages = sheetPages(sheet.lines.map((line, i) => ({ ...line, seq: i + 1 })));
  // The figure ends where the 金额 column does and takes the 银行账号 column's room too: a total is wider than a line's amount.
  const sumRow = (label: string, amount: string) => (
    <tr className="sheet-sum">
      <td colSpan={4}>{label}</td>
      <td colSpan={2} className="report-num sheet-amount">
        {amount}
      </td>
      <td colSpan={2} />
    </tr>
  );
  return (
    <>
      {pages.map((lines, i) => {
        const last = i === pages.length - 1;
        const pageFen = lines.reduce((sum, l) => sum + l.amountFen, 0);
        return (
          <section key={i} className="sheet-page">
            <ReportTable
              columns={columns}
              rows={lines}
              rowKey={(l) => l.id}
              foot={
                <>
                  {sumRow(t('sheets.pageTotal', { count: lines.length }), formatYuan(pageFen))}
                  {last && sumRow(t('sheets.total', { count: sheet.lineCount }), yuan(sheet.totalFen))}
                  {last && (
                    <tr className="sheet-sum">
                      <td colSpan={columns.length}>
                        {t('sheets.inWords', { words: totalInWords(sheet.totalFen) })}
                      </td>
                    </tr>
                  )}
                </>
              }
            />
            {last && sheet.lines.length === 0 && <div className="report-message">{t('sheets.empty')}</div>}
            {last && <Signers signers={sheet.signers} />}
          </section>
        );
      })}
    </>
  );
}

function useSheetColumns(): ReportColumn<Numbered>[] {
  const { t } = useTranslation('allowances');
  // A cell holds two lines at most, so every row is the same height and the pages come out as counted.
  const clip = (text: string | null) => <div className="sheet-clip">{text}</div>;
  return [
    { key: 'seq', header: t('sheets.columns.seq'), weight: 6, className: 'report-num report-center sheet-number', cell: (l) => l.seq },
    { key: 'name', header: t('sheets.columns.name'), weight: 8, cell: (l) => clip(l.name) },
    { key: 'className', header: t('sheets.columns.className'), weight: 11, cell: (l) => clip(l.className ?? t('sheets.noClass')) },
    { key: 'idNumber', header: t('sheets.columns.idNumber'), weight: 18, className: 'report-num sheet-number', cell: (l) => l.idNumber },
    { key: 'bankAccount', header: t('sheets.columns.bankAccount'), weight: 18, className: 'report-num sheet-number', cell: (l) => l.bankAccount },
    { key: 'amount', header: t('sheets.columns.amount'), weight: 11, className: 'report-num sheet-amount', cell: (l) => formatYuan(l.amountFen) },
    { key: 'signature', header: t('sheets.columns.signature'), weight: 11, cell: () => null },
    {
      key: 'remarks',
      header: t('sheets.columns.remarks'),
      weight: 17,
      className: 'sheet-remarks',
      cell: (l) => clip(l.reverses ? t('sheets.reversal', { batchNo: l.reverses, reason: l.reason }) : l.reason),
    },
  ];
}
