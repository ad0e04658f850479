import { Anchor, Button, Group, Menu, Paper, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BULK_KINDS, type BulkKind } from '../../../electron/contract/bulk';
import { BulkModal } from './BulkModal';
import type { BulkSelectionState } from './useBulkSelection';

/**
 * Above the table while students are ticked: how many, the offer to take every student the filter
 * finds, and the 批量操作 menu.
 */
export function BulkBar({ selection, total }: { selection: BulkSelectionState; total: number }) {
  const { t } = useTranslation('students');
  const [kind, setKind] = useState<BulkKind | null>(null);
  if (selection.count === 0 && kind === null) return null;
  return (
    <Paper withBorder px="sm" py={6} bg="blue.0" data-testid="bulk-bar">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs">
          <Text size="sm" fw={500} data-testid="bulk-count">
            {selection.allMatching ? t('bulk.allSelected', { count: total }) : t('bulk.selected', { count: selection.count })}
          </Text>
          {!selection.allMatching && total > selection.count && (
            <>
              <Text size="sm" c="dimmed">
                ·
              </Text>
              <Anchor component="button" type="button" size="sm" onClick={selection.selectAllMatching} data-testid="bulk-select-all">
                {t('bulk.selectAll', { count: total })}
              </Anchor>
            </>
          )}
          <Text size="sm" c="dimmed">
            ·
          </Text>
          <Anchor component="button" type="button" size="sm" onClick={selection.clear}>
            {t('bulk.clear')}
          </Anchor>
        </Group>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button size="xs" rightSection={<IconChevronDown size={14} />} data-testid="bulk-menu">
              {t('bulk.menu')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {BULK_KINDS.map((k) => (
              <Menu.Item key={k} onClick={() => setKind(k)} data-testid={`bulk-${k}`}>
                {t(`bulk.kind.${k}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      {kind && <BulkModal kind={kind} selection={selection} onClose={() => setKind(null)} />}
    </Paper>
  );
}
