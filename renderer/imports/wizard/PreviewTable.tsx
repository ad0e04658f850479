import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportProblem, ImportRowStatus } from '../../../electron/contract/importRows';
import type { AnyImportField, AnyRow } from './spec';
import { Tag } from '../../ui/Tag';

export const STATUS_COLORS: Record<ImportRowStatus, string> = { new: 'teal', update: 'blue', unchanged: 'gray', error: 'red' };

/** One page of the preview: what each record would do, and why not for those refused. */
export function PreviewTable({ rows }: { rows: AnyRow[] }) {
  const { t } = useTranslation('imports');
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped withTableBorder verticalSpacing={4} data-testid="preview-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={1} ta="right" style={{ whiteSpace: 'nowrap' }}>
              {t('preview.line')}
            </Table.Th>
            <Table.Th w={1} style={{ whiteSpace: 'nowrap' }}>
              {t('preview.state')}
            </Table.Th>
            <Table.Th w={1} style={{ whiteSpace: 'nowrap' }}>
              {t('preview.name')}
            </Table.Th>
            <Table.Th w={1} style={{ whiteSpace: 'nowrap' }}>
              {t('preview.idNumber')}
            </Table.Th>
            <Table.Th>{t('preview.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.line} data-testid="preview-row" data-status={row.status}>
              <Table.Td ta="right" c="dimmed">
                {row.line}
              </Table.Td>
              <Table.Td>
                <Tag color={STATUS_COLORS[row.status]}>{t(`preview.status.${row.status}`)}</Tag>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.name}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{row.idNumber}</Table.Td>
              <Table.Td>
                <RowDetails row={row} />
              </Table.Td>
            </Table.Tr>
          ))}
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5}>
                <Text c="dimmed" ta="center" size="sm" py="sm">
                  {t('preview.none')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RowDetails({ row }: { row: AnyRow }) {
  const { t } = useTranslation('imports');
  const shown = (value: string) => (value === '' ? t('preview.emptyValue') : value);
  // A field the file has no column for (出生日期 taken from the 身份证号) is named as the register names it.
  const problem = ({ header, field, message }: ImportProblem<AnyImportField>) =>
    header
      ? t('preview.problem', { line: row.line, header, message })
      : field
        ? t('preview.problemField', { line: row.line, field: t(`fields.${field}`), message })
        : t('preview.problemNoColumn', { line: row.line, message });
  const warning = ({ header, field, message }: ImportProblem<AnyImportField>) =>
    header ? t('preview.warning', { header, message }) : field ? t('preview.warningField', { field: t(`fields.${field}`), message }) : message;
  return (
    <Stack gap={2}>
      {row.problems.map((p, i) => (
        <Text key={`p${i}`} size="sm" c="red.8" data-testid="preview-problem">
          {problem(p)}
        </Text>
      ))}
      {row.changes.map((c) => (
        <Text key={c.field} size="sm" data-testid="preview-change">
          {/* a new record's main values (what a payment pays) have nothing before them */}
          {row.status === 'new'
            ? t('preview.value', { field: t(`fields.${c.field}`), value: shown(c.after) })
            : t('preview.change', { field: t(`fields.${c.field}`), before: shown(c.before), after: shown(c.after) })}
        </Text>
      ))}
      {row.warnings.map((p, i) => (
        <Text key={`w${i}`} size="sm" c="orange.8" data-testid="preview-warning">
          {warning(p)}
        </Text>
      ))}
    </Stack>
  );
}
