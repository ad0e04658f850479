import { Alert, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconHistory } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { HEADER_SEARCH_ROWS, mappingOf, type ImportMapping } from '../../../electron/contract/importHeaders';
import type { BookSheet } from '../read/readBook';
import { dataRowIndexes, fieldHeaders, headerCandidates, sheetColumns, sheetRecords } from '../sheet/columns';
import { rememberMapping } from '../sheet/mappingMemory';
import { mappingFor } from './mapping';
import type { AnyImportField, ImportSpec, SheetInput } from './spec';

const SKIP = 'skip';

type Mapping = ImportMapping<AnyImportField>;

interface Props {
  spec: ImportSpec;
  fileName: string;
  sheet: BookSheet;
  date1904: boolean;
  headerRow: number | null;
  mapping: Mapping;
  recalled: boolean;
  onChange(change: { headerRow?: number | null; mapping?: Mapping; recalled?: boolean }): void;
  onBack(): void;
  onNext(input: SheetInput): void;
}

/**
 * 核对列: the header row found (or picked when none was), each column of the file with its first
 * values and what it is imported as. A mapping changed by hand is kept for the next file with
 * these headers.
 */
export function ColumnsStep({ spec, fileName, sheet, date1904, headerRow, mapping, recalled, onChange, onBack, onNext }: Props) {
  const { t } = useTranslation('imports');
  const rows = sheet.rows;
  const candidates = useMemo(() => headerCandidates(rows), [rows]);
  const columns = useMemo(() => (headerRow === null ? [] : sheetColumns(rows, headerRow)), [rows, headerRow]);
  const records = useMemo(() => (headerRow === null ? 0 : dataRowIndexes(rows, headerRow).length), [rows, headerRow]);
  const needed = useMemo(() => spec.needed ?? spec.fields.filter((f) => f.required).map((f) => f.key), [spec]);
  const missing = needed.filter((key) => mapping[key] === undefined);
  const fieldOptions = useMemo(
    () => [
      { value: SKIP, label: t('columns.skip') },
      ...spec.fields.map((f) => ({ value: f.key, label: t(`fields.${f.key}`) + (needed.includes(f.key) ? t('columns.required') : '') })),
    ],
    [t, spec.fields, needed],
  );
  const fieldOf = (column: number) => (Object.entries(mapping) as [AnyImportField, number | undefined][]).find(([, c]) => c === column)?.[0] ?? SKIP;

  const pickHeaderRow = (value: string | null) => {
    if (value === null) return;
    onChange({ headerRow: Number(value), ...mappingFor(spec.kind, spec.fields, rows, Number(value)) });
  };

  // A field is read from one column: choosing it here takes it from wherever it was.
  const pickField = (column: number, value: string | null) => {
    const next: Mapping = {};
    for (const [field, c] of Object.entries(mapping) as [AnyImportField, number | undefined][]) if (c !== column && c !== undefined) next[field] = c;
    if (value && value !== SKIP) next[value as AnyImportField] = column;
    onChange({ mapping: next });
  };

  const next = () => {
    if (headerRow === null) return;
    const detected = mappingOf(spec.fields, rows[headerRow] ?? []);
    rememberMapping(localStorage, spec.kind, rows[headerRow] ?? [], mapping, detected);
    onNext({
      fileName: fileName.slice(0, 200),
      sheetName: sheet.name.slice(0, 100),
      headers: fieldHeaders(rows, headerRow, mapping, (letter) => t('columns.unnamed', { letter })),
      date1904,
      rows: sheetRecords(rows, headerRow, mapping),
    });
  };

  return (
    <Stack gap="sm" mt="md">
      <Group align="flex-end" gap="md">
        <Select
          w={560}
          label={t('columns.headerRow')}
          value={headerRow === null ? null : String(headerRow)}
          onChange={pickHeaderRow}
          allowDeselect={false}
          data={candidates.map((c) => ({
            value: String(c.row),
            label: t('columns.headerRowOption', { row: c.row + 1, texts: c.texts.slice(0, 8).join(t('preview.listJoiner')) }),
          }))}
          data-testid="import-header-row"
        />
        {recalled && headerRow !== null && (
          <Button variant="subtle" size="xs" onClick={() => onChange({ mapping: mappingOf(spec.fields, rows[headerRow] ?? []), recalled: false })}>
            {t('columns.redetect')}
          </Button>
        )}
      </Group>
      {headerRow === null ? (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="import-no-header">
          {t('columns.noHeader', { rows: HEADER_SEARCH_ROWS })}
        </Alert>
      ) : (
        <Text size="sm" data-testid="import-header-found">
          {records > 0 ? t('columns.found', { row: headerRow + 1, count: records }) : t('columns.noRows')}
        </Text>
      )}
      {recalled && (
        <Alert color="blue" icon={<IconHistory size={18} />} py="xs" data-testid="import-recalled">
          {t('columns.recalled')}
        </Alert>
      )}
      {headerRow !== null && (
        // Scrolls within the window, so 上一步 and 预览 stay in sight on a 768-pixel-high laptop.
        <Table.ScrollContainer minWidth={700} maxHeight="max(240px, calc(100vh - 420px))">
          <Table striped withTableBorder verticalSpacing={4} stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={1}>{t('columns.column')}</Table.Th>
                <Table.Th>{t('columns.header')}</Table.Th>
                <Table.Th>{t('columns.samples')}</Table.Th>
                <Table.Th w={240}>{t('columns.field')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {columns.map((column) => (
                <Table.Tr key={column.index} data-testid="import-column">
                  <Table.Td c="dimmed">{column.letter}</Table.Td>
                  {/* What is left out is greyed, so the columns that will be read stand out. */}
                  <Table.Td fw={500} c={fieldOf(column.index) === SKIP ? 'dimmed' : undefined}>
                    {column.header || t('columns.unnamed', { letter: column.letter })}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" lineClamp={1} maw={420}>
                      {column.samples.filter((s) => s !== '').join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      searchable
                      allowDeselect={false}
                      value={fieldOf(column.index)}
                      onChange={(v) => pickField(column.index, v)}
                      data={fieldOptions}
                      aria-label={column.header || column.letter}
                      comboboxProps={{ withinPortal: true }}
                      data-testid={`import-field-${column.letter}`}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {headerRow !== null && missing.length > 0 && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} py="xs" data-testid="import-missing-fields">
          {t('columns.missing', { fields: missing.map((f) => t(`fields.${f}`)).join(t('preview.listJoiner')) })}
        </Alert>
      )}
      <Group>
        <Button variant="default" onClick={onBack}>
          {t('back')}
        </Button>
        <Button onClick={next} disabled={headerRow === null || missing.length > 0 || records === 0} data-testid="import-to-preview">
          {t('columns.preview')}
        </Button>
      </Group>
    </Stack>
  );
}
