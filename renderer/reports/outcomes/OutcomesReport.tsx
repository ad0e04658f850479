import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PART_COLUMNS, PLACE_COLUMNS, RATE_COLUMNS, type OutcomeColumn, type OutcomeRow, type OutcomeStats } from '../../../electron/contract/outcomes';
import { useApi } from '../../api/hooks';
import { academicYearLabel } from '../../placements/outcomes/DropoutTable';
import { cellText, columnTitle, DEFINITIONS, groupName, percent, readOutcomeFilters } from '../../placements/outcomes/outcomeCells';
import { ReportPage } from '../ReportPage';
import { ReportNotes } from '../ReportNotes';
import { ReportTable, type ReportColumn } from '../ReportTable';

type Line = Omit<OutcomeRow, 'key' | 'label'> & { key: string; name: string; total: boolean };

/** `#/print/outcomes?by=…&year=…&projectId=…`: 毕业生就业统计 on A4 landscape, as the page shows it, with its definitions. */
export function OutcomesReport() {
  const { t } = useTranslation('outcomes');
  const [params] = useSearchParams();
  const filters = readOutcomeFilters(params);
  const stats = useApi('placements.outcomes', filters);
  const dropout = useApi('placements.dropout', { projectId: filters.projectId });
  const project = useApi('projects.list', {}).data?.find((p) => p.id === filters.projectId)?.name;
  const scope = [t(`by.${filters.by}`), filters.year ? t('year', { year: filters.year }) : t('allYears'), project ?? t('allProjects')].join(' · ');
  const data = stats.data;
  return (
    <ReportPage
      title={t('title')}
      orientation="landscape"
      fileName={`${t('title')}_${filters.year ?? ''}`}
      subtitle={scope}
      loading={!data || !dropout.data}
      error={stats.error ?? dropout.error}
    >
      {data && (
        <>
          <Section title={t('sections.rates')} stats={data} columns={RATE_COLUMNS} />
          <Section title={t('sections.parts')} stats={data} columns={PART_COLUMNS} />
          <Section title={t('sections.places')} stats={data} columns={PLACE_COLUMNS} />
        </>
      )}
      {dropout.data && (
        <section className="report-group" data-testid="report-dropout">
          <ReportTable
            caption={t('dropout.title')}
            rows={dropout.data}
            rowKey={(r) => r.academicYear}
            columns={[
              { key: 'year', header: t('dropout.year'), weight: 3, cell: (r) => academicYearLabel(t, r) },
              { key: 'in', header: t('dropout.inSchool'), weight: 2, cell: (r) => r.inSchool, className: 'report-num report-right' },
              { key: 'left', header: t('dropout.left'), weight: 2, cell: (r) => r.left, className: 'report-num report-right' },
              { key: 'rate', header: t('dropout.rate'), weight: 2, cell: (r) => percent(r.left, r.inSchool), className: 'report-num report-right' },
            ]}
            style={{ width: '50%' }}
          />
        </section>
      )}
      <section className="report-group">
        <ReportNotes title={t('definitions.title')} notes={DEFINITIONS.map((k) => t(`definitions.${k}`))} />
      </section>
    </ReportPage>
  );
}

function Section({ title, stats, columns }: { title: string; stats: OutcomeStats; columns: readonly OutcomeColumn[] }) {
  const { t } = useTranslation('outcomes');
  const lines: Line[] = [
    ...stats.rows.map((r) => ({ ...r, name: groupName(t, stats.by, r), total: false })),
    { ...stats.total, key: 'total', name: t('total'), total: true },
  ];
  const reportColumns: ReportColumn<Line>[] = [
    { key: 'group', header: t(`group.${stats.by}`), weight: stats.by === 'cohort' ? 4 : 3, cell: (l) => (l.total ? <strong>{l.name}</strong> : l.name) },
    ...columns.map((c, i) => ({ key: String(i), header: columnTitle(t, c), weight: 2, cell: (l: Line) => cellText(c, l), className: 'report-num report-right' })),
  ];
  return (
    <section className="report-group" data-testid="report-outcomes">
      <ReportTable caption={title} columns={reportColumns} rows={lines} rowKey={(l) => l.key} />
    </section>
  );
}
