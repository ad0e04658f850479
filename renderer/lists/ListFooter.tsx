import { Group, Pagination } from '@mantine/core';
import type { ReactNode } from 'react';

/** Under a paged list: what it holds (count, order) on the left, the pages on the right. */
export function ListFooter({
  total,
  pageSize,
  page,
  onPage,
  children,
}: {
  total: number;
  pageSize: number;
  page: number;
  onPage: (page: number) => void;
  children: ReactNode;
}) {
  return (
    <Group justify="space-between">
      <Group gap="lg">{children}</Group>
      <Pagination size="sm" total={Math.max(1, Math.ceil(total / pageSize))} value={page} onChange={onPage} />
    </Group>
  );
}
