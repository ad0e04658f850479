import { Box, Checkbox, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MonthRow } from '../../../electron/contract/checkins';
import { RiskBadge, StateBadge } from '../shared/badges';
import { formHref } from './formHref';

export interface MonthListProps {
  month: string;
  rows: MonthRow[];
  /** the rows still without a check-in, those the quick 正常 may take */
  todo: MonthRow[];
  /** the quick 正常's choice, for those who may log */
  selection: {
    chosen: number;
    has(id: number): boolean;
    toggle(id: number, on: boolean): void;
    setAll(on: boolean): void;
  } | null;
}

/**
 * The month's students on a phone: one line each that opens the form wherever it is tapped, with
 * what the counsellor needs to pick the next one (class, this month's state); a thumb-sized tick
 * for the quick 正常 beside it.
 */
export function MonthList({ month, rows, selection }: MonthListProps) {
  const { t } = useTranslation('checkins');
  return (
    <Stack gap={0}>
      {rows.map((r, i) => (
        <Group
          key={r.studentId}
          gap={0}
          wrap="nowrap"
          data-testid="checkin-row"
          data-state={r.state}
          style={{ borderTop: i ? '1px solid var(--mantine-color-default-border)' : undefined }}
        >
          {selection && (
            // The whole strip left of the name ticks the box: a fingertip misses a 24px square.
            <Box component="label" w={52} pl="md" style={{ alignSelf: 'stretch', display: 'flex', alignItems: 'center', cursor: 'pointer' }}>
              {r.state !== 'done' && (
                <Checkbox
                  size="md"
                  aria-label={t('quick.select', { name: r.name })}
                  checked={selection.has(r.studentId)}
                  onChange={(e) => selection.toggle(r.studentId, e.currentTarget.checked)}
                />
              )}
            </Box>
          )}
          <UnstyledButton component={Link} to={formHref(month, r.studentId)} data-testid="checkin-open" flex={1} miw={0} px="md" py="sm" mih={60}>
            <Group gap="sm" wrap="nowrap">
              <div style={{ flex: 1, minWidth: 0 }}>
                <Text fw={600} truncate>
                  {r.name}
                </Text>
                <Text size="sm" c="dimmed" truncate>
                  {r.className ?? '—'}
                </Text>
              </div>
              <StateBadge state={r.state} />
              <RiskBadge risk={r.risk} />
              <IconChevronRight size={18} color="var(--mantine-color-dimmed)" />
            </Group>
          </UnstyledButton>
        </Group>
      ))}
    </Stack>
  );
}
