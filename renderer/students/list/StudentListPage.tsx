import { Button, Group, Pagination, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { StudentRow } from '../../../electron/contract/students';
import { useApi } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { StatusBadge } from '../shared/StatusBadge';
import { PAGE_SIZE, useListParams, type SortKey } from './listParams';
import { SortHeader } from './SortHeader';
import { StudentFilters } from './StudentFilters';

interface Column {
  label: ReactNode;
  sort?: SortKey;
  cell: (row: StudentRow) => ReactNode;
}

function useColumns(): Column[] {
  const { t } = useTranslation('students');
  return [
    { label: t('fields.name'), sort: 'name', cell: (r) => <Text fw={500} size="sm">{r.name}</Text> },
    { label: t('fields.gender'), cell: (r) => t(`gender.${r.gender}`) },
    { label: t('fields.idNumber'), sort: 'idNumber', cell: (r) => <Text ff="monospace" size="sm">{r.idNumberMasked}</Text> },
    { label: t('list.projectName'), sort: 'projectName', cell: (r) => r.projectName },
    { label: t('list.cohortName'), sort: 'cohortName', cell: (r) => r.cohortName },
    { label: t('list.majorName'), cell: (r) => r.majorName },
    { label: t('list.className'), sort: 'className', cell: (r) => r.className },
    { label: t('list.counsellorName'), cell: (r) => r.counsellorName },
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

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3}>{t('title')}</Title>
        {canEdit && (
          <Button data-testid="student-new" component={Link} to="/students/new" leftSection={<IconPlus size={16} />}>
            {t('new')}
          </Button>
        )}
      </Group>
      <StudentFilters {...params} />
      <Paper withBorder>
        <Table.ScrollContainer minWidth={1000}>
          <Table highlightOnHover striped verticalSpacing={6} fz="sm">
            <Table.Thead>
              <Table.Tr>
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
                  {columns.map(({ cell }, i) => (
                    <Table.Td key={i} style={{ whiteSpace: 'nowrap' }}>
                      {cell(row) ?? '—'}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {list.data && total === 0 && (
          <Text c="dimmed" ta="center" py="xl">
            {list.isFetching ? tc('loading') : t('noMatch')}
          </Text>
        )}
      </Paper>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="student-total">
          {list.data ? t('total', { count: total }) : tc('loading')}
        </Text>
        <Pagination total={Math.ceil(total / PAGE_SIZE)} value={current.page} onChange={(page) => update({ page })} size="sm" />
      </Group>
    </Stack>
  );
}
