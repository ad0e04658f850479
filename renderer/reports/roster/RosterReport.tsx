import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Roster, RosterRow } from '../../../electron/contract/roster';
import { useApi } from '../../api/hooks';
import { useEnumLabel } from '../../students/shared/options';
import { today } from '../../format';
import { readRosterParams, type RosterSelection } from '../paths';
import { ReportPage } from '../ReportPage';
import { ReportTable } from '../ReportTable';
import { backendColumns, rosterFontSize, useRosterColumns } from './rosterColumns';

interface ClassGroup {
  key: string;
  className: string | null;
  rows: RosterRow[];
}

/** The backend sends the roster class by class: each run of one class is a group. */
function byClass(rows: readonly RosterRow[]): ClassGroup[] {
  const groups: ClassGroup[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.className === row.className) last.rows.push(row);
    else groups.push({ key: String(row.classId ?? 'none'), className: row.className, rows: [row] });
  }
  return groups;
}

/** `#/print/roster?<the list's filters>&columns=…&wholeIds=1`: the 花名册, landscape, class by class. */
export function RosterReport() {
  const { t } = useTranslation('reports');
  const [params] = useSearchParams();
  const { selection, columns, wholeIds } = readRosterParams(params);
  const roster = useApi('students.roster', { ...selection, columns: backendColumns(columns), wholeIds });
  const tableColumns = useRosterColumns(columns);
  const scope = useScopeText(selection, roster.data?.filterNames);
  const groups = byClass(roster.data?.rows ?? []);

  return (
    <ReportPage
      title={t('roster.title')}
      orientation="landscape"
      fileName={[t('roster.fileName'), ...scope.names, today()].join('_')}
      subtitle={scope.text}
      note={roster.data?.wholeIds && t('wholeIdsNote')}
      loading={!roster.data}
      error={roster.error}
    >
      {groups.length === 0 && <div className="report-message">{t('roster.empty')}</div>}
      {groups.map((group) => (
        <section key={group.key} className="report-group" data-testid="roster-group">
          <ReportTable
            columns={tableColumns}
            rows={group.rows}
            rowKey={(row) => row.id}
            caption={t('roster.classCaption', { className: group.className ?? t('roster.noClass'), count: group.rows.length })}
            style={{ fontSize: rosterFontSize(columns) }}
          />
        </section>
      ))}
      {groups.length > 0 && (
        <div className="report-total" data-testid="roster-total">
          {t('roster.total', { classes: groups.length, count: roster.data?.rows.length })}
        </div>
      )}
    </ReportPage>
  );
}

/** What the roster covers, in words: the filters' names, the status and the search; the names also go into the PDF's name. */
function useScopeText(selection: RosterSelection, names: Roster['filterNames'] | undefined) {
  const { t } = useTranslation('reports');
  const { t: ts } = useTranslation('students');
  const label = useEnumLabel();
  const named = names ? [names.project, names.cohort, names.major, names.class] : [];
  const parts = [
    ...named,
    names?.counsellor ? `${ts('list.counsellorName')} ${names.counsellor}` : null,
    selection.status ? label('status', selection.status) : null,
    selection.q ? t('roster.search', { q: selection.q }) : null,
  ].filter((p): p is string => !!p);
  return {
    text: parts.length ? t('roster.filters', { filters: parts.join(' · ') }) : t('roster.allStudents'),
    names: named.filter((n): n is string => !!n),
  };
}
