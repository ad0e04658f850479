import type { ReactNode } from 'react';
import { ReportTable, type ReportColumn } from '../ReportTable';

/**
 * A section of the dossier as a printed table: its title is the table's caption, in the header,
 * so it repeats with the column names on every page the section runs over and is never left
 * alone at the foot of a page.
 */
export function SectionTable<R>(props: {
  title: string;
  columns: readonly ReportColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string | number;
  foot?: ReactNode;
  testId: string;
  /** kept on one page when it fits one (a short table is easier read whole than split) */
  keep?: boolean;
}) {
  return (
    <div className={props.keep ? 'dossier-section dossier-keep' : 'dossier-section'} data-testid={props.testId}>
      <ReportTable caption={props.title} columns={props.columns} rows={props.rows} rowKey={props.rowKey} foot={props.foot} />
    </div>
  );
}

/** A section with nothing to list: its title and why. */
export function EmptySection({ title, message, testId }: { title: string; message: string; testId: string }) {
  return (
    <div className="dossier-section dossier-keep" data-testid={testId}>
      <table className="report-table">
        <thead>
          <tr>
            <th className="report-caption">{title}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td className="dossier-empty">{message}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
