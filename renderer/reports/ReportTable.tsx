import type { CSSProperties, ReactNode } from 'react';

export interface ReportColumn<R> {
  key: string;
  header: ReactNode;
  /** share of the table's width, against the other columns' weights */
  weight: number;
  cell: (row: R, index: number) => ReactNode;
  /** report-num (numbers in a fixed-width face), report-center */
  className?: string;
}

interface ReportTableProps<R> {
  columns: readonly ReportColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string | number;
  /** a group's name over the column headers: it repeats with them on every page the table runs over */
  caption?: ReactNode;
  /** rows after the last (totals), in the body: a footer group would repeat on every page the table runs over */
  foot?: ReactNode;
  style?: CSSProperties;
}

/**
 * A printed table: its header repeats at the top of every page (thead is a table-header-group),
 * no row is split across two pages, and the widths are fixed shares of the paper, so a long value
 * wraps in its cell instead of pushing the table off the page.
 */
export function ReportTable<R>({ columns, rows, rowKey, caption, foot, style }: ReportTableProps<R>) {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  return (
    <table className="report-table" style={style}>
      <colgroup>
        {columns.map((c) => (
          <col key={c.key} style={{ width: `${((c.weight / total) * 100).toFixed(2)}%` }} />
        ))}
      </colgroup>
      <thead>
        {caption && (
          <tr>
            <th className="report-caption" colSpan={columns.length}>
              {caption}
            </th>
          </tr>
        )}
        <tr>
          {columns.map((c) => (
            <th key={c.key}>{c.header}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={rowKey(row)}>
            {columns.map((c) => (
              <td key={c.key} className={c.className}>
                {c.cell(row, i)}
              </td>
            ))}
          </tr>
        ))}
        {foot}
      </tbody>
    </table>
  );
}
