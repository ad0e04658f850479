import { Center, Group, Loader, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Column<Row> {
  key: string;
  header: ReactNode;
  render(row: Row): ReactNode;
  /** counts line up on the right */
  numeric?: boolean;
  /** names and dates stay on one line; long text columns wrap instead */
  nowrap?: boolean;
  /** takes the width the other columns leave (they shrink to their content) */
  fill?: boolean;
}

interface RecordTableProps<Row extends { id: number }> {
  /** data-testid of each row */
  rowTestId: string;
  rows: Row[] | undefined;
  columns: Column<Row>[];
  /** buttons at the end of each row; no column when absent (read-only roles) */
  actions?: (row: Row) => ReactNode;
  /** why the rows could not be loaded */
  error?: string;
  /** a row opens (its form, its record) when clicked; its action buttons do not open it */
  onRowClick?(row: Row): void;
  /** data-testid of the table */
  testId?: string;
}

export function RecordTable<Row extends { id: number }>({ rowTestId, rows, columns, actions, error, onRowClick, testId }: RecordTableProps<Row>) {
  const { t } = useTranslation();
  const span = columns.length + (actions ? 1 : 0);
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped highlightOnHover withTableBorder verticalSpacing={6} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key} ta={c.numeric ? 'right' : undefined} w={c.fill ? '100%' : undefined} style={c.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                {c.header}
              </Table.Th>
            ))}
            {actions && (
              <Table.Th ta="right" w={1} style={{ whiteSpace: 'nowrap' }}>
                {t('records.actions')}
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows?.map((row) => (
            <Table.Tr key={row.id} data-testid={rowTestId} onClick={onRowClick && (() => onRowClick(row))} style={onRowClick && { cursor: 'pointer' }}>
              {columns.map((c) => (
                <Table.Td key={c.key} ta={c.numeric ? 'right' : undefined} style={c.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                  {c.render(row)}
                </Table.Td>
              ))}
              {actions && (
                <Table.Td onClick={onRowClick && ((e) => e.stopPropagation())}>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {actions(row)}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
          {rows?.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={span}>
                <Text c="dimmed" ta="center" size="sm" py="sm">
                  {t('empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {!rows && (
            <Table.Tr>
              <Table.Td colSpan={span}>
                <Center py="sm">
                  {error ? (
                    <Text c="red" size="sm">
                      {error}
                    </Text>
                  ) : (
                    <Loader size="sm" />
                  )}
                </Center>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
