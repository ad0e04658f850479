import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ListParams, SortKey } from './listParams';

/** A column header that sorts the list on the server; a second click reverses the order. */
export function SortHeader({
  column,
  current,
  onSort,
  children,
}: {
  column: SortKey;
  current: Pick<ListParams, 'sort' | 'dir'>;
  onSort: (sort: SortKey, dir: 'asc' | 'desc') => void;
  children: ReactNode;
}) {
  const active = current.sort === column;
  const Icon = !active ? IconSelector : current.dir === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th style={{ whiteSpace: 'nowrap' }} aria-sort={active ? (current.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <UnstyledButton
        data-testid={`sort-${column}`}
        onClick={() => onSort(column, active && current.dir === 'asc' ? 'desc' : 'asc')}
        fw={700}
        fz="sm"
      >
        <Group gap={4} wrap="nowrap">
          {children}
          <Icon size={14} opacity={active ? 1 : 0.4} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
