import { Badge, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkPreview, BulkStudent } from '../../../electron/contract/bulk';

/** One list of the preview: its title and count, the students (name, class) and what the last column says of each. */
function Section<R extends BulkStudent>({ title, color, rows, last, cell, maxHeight, testId }: {
  title: string;
  color: string;
  rows: R[];
  last: string;
  cell: (row: R) => ReactNode;
  maxHeight: number;
  testId: string;
}) {
  const { t } = useTranslation('students');
  return (
    <Stack gap={4} data-testid={testId}>
      <Group gap={6}>
        <Text size="sm" fw={600}>
          {title}
        </Text>
        <Badge color={color} variant="light" data-testid={`${testId}-count`}>
          {rows.length}
        </Badge>
      </Group>
      {rows.length > 0 && (
        <ScrollArea.Autosize mah={maxHeight} type="auto" offsetScrollbars>
          {/* Fixed widths, so the two lists' columns line up. */}
          <Table striped stickyHeader layout="fixed" verticalSpacing={4} horizontalSpacing={8} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="25%">{t('fields.name')}</Table.Th>
                <Table.Th w="30%">{t('list.className')}</Table.Th>
                <Table.Th>{last}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id} data-testid={`${testId}-row`}>
                  <Table.Td>
                    <Text size="sm" truncate="end" title={row.name}>
                      {row.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" truncate="end" title={row.className ?? undefined}>
                      {row.className ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>{cell(row)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}

/** 将变更 (from → to) and 不能变更 (why), each with its count. */
export function BulkPreviewLists({ preview }: { preview: BulkPreview }) {
  const { t } = useTranslation('students');
  // The students refused are usually a few; the room goes to the list that is usually long.
  const refusedHeight = preview.willChange.length ? 150 : 330;
  return (
    <Stack gap="md">
      <Section
        testId="bulk-will"
        title={t('bulk.willChange')}
        color="teal"
        rows={preview.willChange}
        last={t('bulk.change')}
        cell={(r) => `${r.from ?? '—'} → ${r.to ?? '—'}`}
        maxHeight={preview.cannotChange.length ? 230 : 380}
      />
      <Section
        testId="bulk-cannot"
        title={t('bulk.cannotChange')}
        color="red"
        rows={preview.cannotChange}
        last={t('bulk.why')}
        cell={(r) => (
          <Text size="sm" c="red.8">
            {r.reason}
          </Text>
        )}
        maxHeight={refusedHeight}
      />
    </Stack>
  );
}
