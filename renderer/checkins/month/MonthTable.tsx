import { Checkbox, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RiskBadge, StateBadge } from '../shared/badges';
import { formHref } from './formHref';
import type { MonthListProps } from './MonthList';

/** The month's students on a PC: a row each, with who logs them and last month's risk. */
export function MonthTable({ month, rows, todo, selection }: MonthListProps) {
  const { t } = useTranslation('checkins');
  return (
    <Table highlightOnHover verticalSpacing={6} fz="sm">
      <Table.Thead>
        <Table.Tr>
          {selection && (
            <Table.Th w={36}>
              <Checkbox
                aria-label={t('quick.selectAll')}
                checked={todo.length > 0 && selection.chosen === todo.length}
                indeterminate={selection.chosen > 0 && selection.chosen < todo.length}
                onChange={(e) => selection.setAll(e.currentTarget.checked)}
              />
            </Table.Th>
          )}
          <Table.Th>{t('columns.name')}</Table.Th>
          <Table.Th visibleFrom="sm">{t('columns.className')}</Table.Th>
          <Table.Th visibleFrom="md">{t('columns.counsellor')}</Table.Th>
          <Table.Th>{t('columns.state')}</Table.Th>
          <Table.Th>{t('columns.risk')}</Table.Th>
          <Table.Th visibleFrom="sm">{t('columns.lastRisk')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.studentId} data-testid="checkin-row" data-state={r.state}>
            {selection && (
              <Table.Td>
                {r.state !== 'done' && (
                  <Checkbox
                    aria-label={t('quick.select', { name: r.name })}
                    checked={selection.has(r.studentId)}
                    onChange={(e) => selection.toggle(r.studentId, e.currentTarget.checked)}
                  />
                )}
              </Table.Td>
            )}
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Link to={formHref(month, r.studentId)} data-testid="checkin-open">
                {r.name}
              </Link>
            </Table.Td>
            <Table.Td visibleFrom="sm">{r.className ?? '—'}</Table.Td>
            <Table.Td visibleFrom="md">{r.counsellorName ?? '—'}</Table.Td>
            <Table.Td>
              <StateBadge state={r.state} />
            </Table.Td>
            <Table.Td>
              <RiskBadge risk={r.risk} />
            </Table.Td>
            <Table.Td visibleFrom="sm">
              <RiskBadge risk={r.lastRisk} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
