import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../electron/contract/money';
import type { ProgressReport as Report, ProgressRow } from '../../../electron/contract/reporting';
import type { ProgressColumnKey } from '../../../electron/contract/reportingColumns';
import { columnGroups, columnTitle, figureText, percentText, ratioOf, type ProgressColumn } from '../../reporting/progress/progressColumns';
import { ReportTable } from '../ReportTable';
// The signers' line as the allowance sheets draw it.
import '../allowances/sheets.css';
import './progress.css';

/**
 * The printed 进展情况表's parts, drawn alike from today's figures (ProgressReport) and from a
 * frozen submission (../progressSubmission), so the paper sent and the paper printed again match.
 */

const PROJECT_WEIGHT = 1.8;
const MONEY_WEIGHT = 1.5;

export function PrintedTable({ report, columns }: { report: Report; columns: readonly ProgressColumnKey[] }) {
  const { t } = useTranslation('reporting');
  const groups = columnGroups(columns);
  const shown = groups.flatMap((g) => g.columns);
  const weights = [PROJECT_WEIGHT, ...shown.map((c) => (c.key === 'moneyFen' ? MONEY_WEIGHT : 1))];
  const sum = weights.reduce((a, b) => a + b, 0);
  const cell = (row: ProgressRow, c: ProgressColumn) => {
    if ('figure' in c) return figureText(c.figure, row.figures[c.figure]);
    const { n, d } = ratioOf(c.rate, row);
    return (
      <>
        {percentText(n, d)}
        <span className="progress-base">
          {n}/{d}
        </span>
      </>
    );
  };
  const line = (row: ProgressRow, name: string, total: boolean) => (
    <tr key={row.projectId ?? 'total'} className={total ? 'progress-total' : undefined}>
      <td>{name}</td>
      {shown.map((c) => (
        <td key={c.key} className="report-num report-right">
          {cell(row, c)}
        </td>
      ))}
    </tr>
  );
  // The group headings and the columns' are both in the head: they repeat on every page the table runs over.
  return (
    <table className="report-table">
      <colgroup>
        {weights.map((w, i) => (
          <col key={i} style={{ width: `${((w / sum) * 100).toFixed(2)}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th rowSpan={2}>{t('progress.project')}</th>
          {groups.map((g) => (
            <th key={g.columns[0].key} colSpan={g.columns.length}>
              {t(`progress.groups.${g.group}`)}
            </th>
          ))}
        </tr>
        <tr>
          {shown.map((c) => (
            <th key={c.key}>{columnTitle(t, c.key)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {report.rows.map((row) => line(row, row.label, false))}
        {line(report.total, t('progress.total'), true)}
      </tbody>
    </table>
  );
}

/** 资助金额 by policy and by funding source, side by side, each with its total. */
export function PrintedMoney({ report }: { report: Report }) {
  const { t } = useTranslation('reporting');
  const m = 'progress.money';
  if (report.byPolicy.length === 0) return <p className="report-group">{t(`${m}.none`)}</p>;
  const source = (name: string) => name || t(`${m}.noSource`);
  const totalOf = (rows: { lines: number; amountFen: number }[]) => ({
    lines: rows.reduce((n, r) => n + r.lines, 0),
    amountFen: rows.reduce((n, r) => n + r.amountFen, 0),
  });
  const foot = (rows: { lines: number; amountFen: number }[], span: number) => {
    const { lines, amountFen } = totalOf(rows);
    return (
      <tr className="progress-total">
        <td colSpan={span}>{t('progress.total')}</td>
        <td className="report-num report-right">{lines}</td>
        <td className="report-num report-right">{formatYuan(amountFen)}</td>
      </tr>
    );
  };
  const num = 'report-num report-right';
  return (
    <section className="report-group progress-money" data-testid="report-money">
      <ReportTable
        caption={t(`${m}.byPolicy`)}
        rows={report.byPolicy}
        rowKey={(p) => p.policyId}
        columns={[
          { key: 'policy', header: t(`${m}.policy`), weight: 3, cell: (p) => p.policyName },
          { key: 'source', header: t(`${m}.fundingSource`), weight: 2.5, cell: (p) => source(p.fundingSource) },
          { key: 'lines', header: t(`${m}.lines`), weight: 1.2, cell: (p) => p.lines, className: num },
          { key: 'amount', header: t(`${m}.amount`), weight: 2, cell: (p) => formatYuan(p.amountFen), className: num },
        ]}
        foot={foot(report.byPolicy, 2)}
      />
      <ReportTable
        caption={t(`${m}.byFunding`)}
        rows={report.byFunding}
        rowKey={(f) => f.fundingSource}
        columns={[
          { key: 'source', header: t(`${m}.fundingSource`), weight: 3, cell: (f) => source(f.fundingSource) },
          { key: 'lines', header: t(`${m}.lines`), weight: 1.2, cell: (f) => f.lines, className: num },
          { key: 'amount', header: t(`${m}.amount`), weight: 2, cell: (f) => formatYuan(f.amountFen), className: num },
        ]}
        foot={foot(report.byFunding, 1)}
      />
    </section>
  );
}

/** Lines to sign: the report goes out over three signatures and a date. */
export function Signers() {
  const { t } = useTranslation('reporting');
  const s = 'progressOutput.signers';
  return (
    <div className="sheet-signers" data-testid="report-signers">
      {(['filledBy', 'reviewedBy', 'headedBy', 'date'] as const).map((k) => (
        <span key={k} className="sheet-signer">
          {t(`${s}.${k}`)}
          <span className="sheet-blank" />
        </span>
      ))}
    </div>
  );
}
