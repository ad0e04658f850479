import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export type SortDir = 'asc' | 'desc';

/** A column header that sorts the list on the server; a second click reverses the order. */
export function SortHeader<K extends string>({
  column,
  current,
  onSort,
  children,
}: {
  column: K;
  current: { sort: K; dir: SortDir };
  onSort: (sort: K, dir: SortDir) => void;
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
