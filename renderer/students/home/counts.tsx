import { Anchor, ColorSwatch, Group, Progress, Stack, Text, Tooltip, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StatusCounts } from '../../../electron/contract/overview';
import { STATUSES, type StudentStatus } from '../../../electron/contract/students';
import { currentLocale } from '../../i18n';
import { STATUS_COLORS } from '../shared/StatusBadge';
import { registerHref, type CountFilter } from './registerHref';

export const sumOf = (counts: StatusCounts): number => STATUSES.reduce((sum, s) => sum + counts[s], 0);

export const formatCount = (n: number): string => n.toLocaleString(currentLocale());

/**
 * A number of students that opens the register filtered to exactly them; none, or students no
 * filter can single out (`filter` null), is plain text.
 */
export function CountLink({ count, filter, size = 'sm', fw = 500, testId }: { count: number; filter: CountFilter | null; size?: MantineSize; fw?: number; testId?: string }) {
  const { t } = useTranslation('overview');
  if (count === 0 || !filter)
    return (
      <Text span size={size} fw={fw} c={count === 0 ? 'dimmed' : undefined} data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatCount(count)}
      </Text>
    );
  return (
    <Anchor component={Link} to={registerHref(filter)} size={size} fw={fw} data-testid={testId} title={t('open', { count })} style={{ fontVariantNumeric: 'tabular-nums' }}>
      {formatCount(count)}
    </Anchor>
  );
}

/** A status's name with its colour, as the charts and bars show it. */
export function StatusName({ status, size = 'xs' }: { status: StudentStatus; size?: MantineSize }) {
  const { t } = useTranslation('students');
  return (
    <Group gap={6} wrap="nowrap">
      <ColorSwatch color={`var(--mantine-color-${STATUS_COLORS[status]}-6)`} size={8} withShadow={false} />
      <Text span size={size} c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {t(`status.${status}`)}
      </Text>
    </Group>
  );
}

/** Each status's count under its name, each opening the register at those students. */
export function CountsByStatus({ counts, filter, size, testId }: { counts: StatusCounts; filter: CountFilter | null; size: 'sm' | 'lg'; testId: string }) {
  return (
    <Group gap={size === 'lg' ? 'xl' : 'md'} style={{ rowGap: 'var(--mantine-spacing-xs)' }}>
      {STATUSES.map((status) => (
        <Stack key={status} gap={0}>
          <StatusName status={status} size={size === 'lg' ? 'sm' : 'xs'} />
          <CountLink
            count={counts[status]}
            filter={filter && { ...filter, status }}
            size={size === 'lg' ? 'xl' : 'md'}
            fw={size === 'lg' ? 700 : 600}
            testId={`${testId}-${status}`}
          />
        </Stack>
      ))}
    </Group>
  );
}

/** The share of each status in one bar. */
export function StatusBar({ counts }: { counts: StatusCounts }) {
  const { t } = useTranslation('students');
  const total = sumOf(counts);
  return (
    <Progress.Root size="sm">
      {STATUSES.filter((s) => counts[s] > 0).map((status) => (
        <Tooltip key={status} label={`${t(`status.${status}`)} ${formatCount(counts[status])}`}>
          <Progress.Section value={(counts[status] / total) * 100} color={STATUS_COLORS[status]} />
        </Tooltip>
      ))}
    </Progress.Root>
  );
}
