import { Button, Checkbox, SimpleGrid, Switch, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEES_WHOLE_IDS } from '../../../electron/contract/roles';
import { useCurrentUser } from '../../auth/session';
import { PRINT_COLUMNS, reportPaths, type PrintColumn, type RosterSelection } from '../paths';
import { PrintDialog } from '../PrintDialog';
import { DEFAULT_COLUMNS } from './rosterColumns';

const STORAGE_KEY = 'bangfu.rosterColumns';

/** The columns last printed on this PC (people print the same roster again and again), else the usual ones. */
function storedColumns(): PrintColumn[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (Array.isArray(stored)) return PRINT_COLUMNS.filter((c) => stored.includes(c));
  } catch {
    // an unreadable entry is as good as none
  }
  return [...DEFAULT_COLUMNS];
}

/** The register's 打印花名册: the columns to print and, for roles that see them, whole 身份证号; then print or preview. */
export function RosterPrintButton({ selection, count }: { selection: RosterSelection; count: number }) {
  const { t } = useTranslation('reports');
  const [opened, setOpened] = useState(false);
  const [columns, setColumns] = useState<PrintColumn[]>(storedColumns);
  const [wholeIds, setWholeIds] = useState(false);
  // The backend gives whole numbers only to these roles anyway; the switch is not offered to others.
  const mayWholeIds = SEES_WHOLE_IDS.includes(useCurrentUser().role);
  const withIds = columns.includes('idNumber');
  const choose = (chosen: string[]) => {
    // In the roster's column order, whatever order they were ticked in.
    const next = PRINT_COLUMNS.filter((c) => chosen.includes(c));
    setColumns(next);
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  };

  return (
    <>
      <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => setOpened(true)} disabled={count === 0} data-testid="print-roster">
        {t('roster.button')}
      </Button>
      <PrintDialog
        title={t('roster.dialogTitle')}
        opened={opened}
        onClose={() => setOpened(false)}
        path={columns.length ? reportPaths.roster(selection, columns, mayWholeIds && withIds && wholeIds) : null}
        fileName={t('roster.fileName')}
      >
        <Text size="sm">{t('roster.intro', { count })}</Text>
        <Checkbox.Group label={t('roster.columnsLabel')} value={columns} onChange={choose} error={columns.length ? undefined : t('roster.noColumns')}>
          <SimpleGrid cols={4} spacing="xs" verticalSpacing="xs" mt="xs">
            {PRINT_COLUMNS.map((column) => (
              <Checkbox key={column} value={column} label={t(`roster.columns.${column}`)} data-testid={`roster-column-${column}`} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        {mayWholeIds && (
          <Switch
            label={t('roster.wholeIds')}
            checked={withIds && wholeIds}
            disabled={!withIds}
            onChange={(e) => setWholeIds(e.currentTarget.checked)}
            description={withIds ? t('roster.wholeIdsHint') : t('roster.wholeIdsNeedsColumn')}
            data-testid="roster-whole-ids"
          />
        )}
      </PrintDialog>
    </>
  );
}
