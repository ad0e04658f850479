import { useTranslation } from 'react-i18next';
import type { StatusEventRow, Student } from '../../../electron/contract/students';
import type { ReportColumn } from '../ReportTable';
import { FieldGridColumns } from '../student/FieldGrid';
import { REGISTER_SECTIONS } from '../student/registerSections';
import { SectionTable } from './parts';
import '../student/register.css';

/** Whose dossier this is, at the top of its first page: the name, the status and since when, and where they study. */
export function StudentHeading({ student }: { student: Student }) {
  const { t } = useTranslation('dossier');
  const { t: tr } = useTranslation('reports');
  return (
    <header className="dossier-heading">
      <div>
        <span className="dossier-name">{student.name}</span>
        <span className="dossier-line">{[student.projectName, student.cohortName, student.majorName, student.className].filter(Boolean).join(' · ')}</span>
      </div>
      <span className="dossier-status">{tr('register.statusLine', { status: t(`status.${student.status}`), date: student.statusDate })}</span>
    </header>
  );
}

/** The record itself, as the 学生信息登记表 prints it (the backend sends the numbers masked). */
export function ProfileSection({ student }: { student: Student }) {
  return (
    <table className="report-table register-table dossier-profile" data-testid="dossier-profile">
      <FieldGridColumns />
      {REGISTER_SECTIONS.map(({ key, Section }) => (
        <Section key={key} student={student} wholeIds={false} />
      ))}
    </table>
  );
}

/** The status changes in effect, oldest first. */
export function HistorySection({ history }: { history: readonly StatusEventRow[] }) {
  const { t } = useTranslation('dossier');
  if (history.length === 0) return null;
  const columns: ReportColumn<StatusEventRow>[] = [
    { key: 'date', header: t('history.date'), weight: 16, className: 'report-num', cell: (e) => e.date },
    { key: 'event', header: t('history.event'), weight: 14, cell: (e) => t(`event.${e.event}`) + (e.correctsId === null ? '' : t('history.correction')) },
    {
      key: 'change',
      header: t('history.change'),
      weight: 22,
      cell: (e) => (e.fromStatus ? `${t(`status.${e.fromStatus}`)} → ${t(`status.${e.toStatus}`)}` : t(`status.${e.toStatus}`)),
    },
    { key: 'reason', header: t('history.reason'), weight: 48, cell: (e) => e.reason },
  ];
  return <SectionTable title={t('sections.history')} columns={columns} rows={history} rowKey={(e) => e.id} testId="dossier-history" keep />;
}
