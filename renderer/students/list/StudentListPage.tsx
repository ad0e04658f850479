import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { StudentRow } from '../../../electron/contract/students';
import { useApi } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { ExportButton } from '../../export/ExportButton';
import { EmptyRegister } from '../../onboarding/EmptyRegister';
import { ClassDossierButton } from '../../reports/dossier/DossierPrintButtons';
import { RosterPrintButton } from '../../reports/roster/RosterPrintButton';
import { BulkBar } from '../bulk/BulkBar';
import { SelectCell, SelectPageHeader } from '../bulk/SelectColumn';
import { useBulkSelection } from '../bulk/useBulkSelection';
import { StatusBadge } from '../shared/StatusBadge';
import { ID_FILTERS, PAGE_SIZE, useListParams, type ListParams, type SortKey } from './listParams';
import { ListFooter } from '../../lists/ListFooter';
import { SortHeader } from '../../lists/SortHeader';
import { StudentFilters } from './StudentFilters';

interface Column {
  label: string;
  sort?: SortKey;
  cell: (row: StudentRow) => ReactNode;
}

/**
 * Free text that may be long (a name, a project) is cut to a width and shown whole on hover,
 * so one long value does not push the columns after it off the screen.
 */
function Clipped({ text, width, fw }: { text: string | null; width: number; fw?: number }) {
  if (!text) return null;
  return (
    <Text size="sm" fw={fw} maw={width} truncate="end" title={text}>
      {text}
    </Text>
  );
}

function useColumns(): Column[] {
  const { t } = useTranslation('students');
  return [
    { label: t('fields.name'), sort: 'name', cell: (r) => <Clipped text={r.name} width={112} fw={500} /> },
    { label: t('fields.studentNo'), sort: 'studentNo', cell: (r) => <Clipped text={r.studentNo} width={112} /> },
    { label: t('fields.gender'), cell: (r) => t(`gender.${r.gender}`) },
    { label: t('fields.idNumber'), sort: 'idNumber', cell: (r) => <Text ff="monospace" size="sm">{r.idNumberMasked}</Text> },
    { label: t('list.projectName'), sort: 'projectName', cell: (r) => <Clipped text={r.projectName} width={96} /> },
    { label: t('list.cohortName'), sort: 'cohortName', cell: (r) => <Clipped text={r.cohortName} width={80} /> },
    { label: t('list.majorName'), cell: (r) => <Clipped text={r.majorName} width={112} /> },
    { label: t('list.className'), sort: 'className', cell: (r) => <Clipped text={r.className} width={112} /> },
    { label: t('list.counsellorName'), cell: (r) => <Clipped text={r.counsellorName} width={80} /> },
    { label: t('fields.phone'), cell: (r) => r.phone },
    { label: t('fields.status'), sort: 'status', cell: (r) => <StatusBadge status={r.status} /> },
    { label: t('list.enrolmentDate'), sort: 'enrolmentDate', cell: (r) => r.enrolmentDate },
  ];
}

/** `/students`: the register, searched, filtered, sorted and paged by the backend. */
export function StudentListPage() {
  const { t } = useTranslation('students');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const params = useListParams();
  const { current, update } = params;
  const columns = useColumns();
  const canEdit = useCanCall('students.update');
  // Keep showing the last page while the next one loads, so the table does not flicker.
  const list = useApi('students.list', current, { placeholderData: keepPreviousData });
  const total = list.data?.total ?? 0;
  const canBulk = useCanCall('students.bulkApply');
  const bulk = useBulkSelection(current, total);
  const pageIds = list.data?.rows.map((r) => r.id) ?? [];

  // Another page, order or filter starts at the top of the list, not where the last one was left.
  const scroller = useRef<HTMLDivElement>(null);
  const shown = JSON.stringify(current);
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
    window.scrollTo({ top: 0 });
  }, [shown]);

  return (
    // The page fills the window and the table scrolls inside it, under a header that stays:
    // its horizontal scrollbar and the pager stay in view however many rows there are.
    <Stack gap="sm" h="calc(100dvh - var(--app-shell-header-offset, 0rem) - 2 * var(--app-shell-padding))" mih={480}>
      <Group justify="space-between">
        <Title order={3}>{t('title')}</Title>
        <Group gap="xs">
          <RosterPrintButton selection={current} count={total} />
          <ClassDossierButton classId={current.classId} />
          <ExportButton method="students.export" input={current} count={list.data?.total} />
          {canEdit && (
            <Button data-testid="student-new" component={Link} to="/students/new" leftSection={<IconPlus size={16} />}>
              {t('new')}
            </Button>
          )}
        </Group>
      </Group>
      <StudentFilters {...params} />
      {canBulk && <BulkBar selection={bulk} total={total} />}
      {/* Squeezed by a card above it, the table still shows a few rows; with fewer, it is just their height. */}
      <Paper
        withBorder
        ref={scroller}
        data-testid="student-table"
        style={{ flex: '0 1 auto', overflow: 'auto', minHeight: (list.data?.rows.length ?? 0) > 3 ? 160 : undefined }}
      >
        <Table highlightOnHover striped stickyHeader verticalSpacing={6} horizontalSpacing={8} fz="sm">
          <Table.Thead>
            <Table.Tr>
              {canBulk && <SelectPageHeader selection={bulk} pageIds={pageIds} />}
              {columns.map(({ label, sort }, i) =>
                sort ? (
                  <SortHeader key={i} column={sort} current={current} onSort={(s, dir) => update({ sort: s, dir })}>
                    {label}
                  </SortHeader>
                ) : (
                  <Table.Th key={i} style={{ whiteSpace: 'nowrap' }}>
                    {label}
                  </Table.Th>
                ),
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
            {list.data?.rows.map((row) => (
              <Table.Tr
                key={row.id}
                data-testid="student-row"
                tabIndex={0}
                style={{ cursor: 'pointer' }}
                onClick={() => navigate(`/students/${row.id}`)}
                onKeyDown={(e) => e.key === 'Enter' && navigate(`/students/${row.id}`)}
              >
                {canBulk && <SelectCell selection={bulk} id={row.id} name={row.name} pageIds={pageIds} />}
                {columns.map(({ cell }, i) => (
                  <Table.Td key={i} style={{ whiteSpace: 'nowrap' }}>
                    {cell(row) ?? '—'}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.data && total === 0 && (
          <Text c="dimmed" ta="center" py="xl" data-testid="student-empty">
            {list.isFetching ? tc('loading') : isFiltered(current) ? t('noMatch') : <EmptyRegister canCreate={canEdit} />}
          </Text>
        )}
      </Paper>
      <ListFooter total={total} pageSize={PAGE_SIZE} page={current.page} onPage={(page) => update({ page })}>
        <Text size="sm" c="dimmed" data-testid="student-total">
          {list.data ? t('total', { count: total }) : tc('loading')}
        </Text>
        <Text size="sm" c="dimmed" data-testid="student-sort">
          {t(current.q ? 'list.sortedByMatch' : 'list.sortedBy', {
            column: columns.find((c) => c.sort === current.sort)?.label ?? t('list.updatedAt'),
            arrow: current.dir === 'asc' ? '↑' : '↓',
          })}
        </Text>
      </ListFooter>
    </Stack>
  );
}

/** Whether the list is narrowed by a search or a filter (so an empty one is "no match", not "no students yet"). */
function isFiltered(p: ListParams): boolean {
  return p.q !== '' || p.status !== null || ID_FILTERS.some((key) => p[key] !== null);
}
