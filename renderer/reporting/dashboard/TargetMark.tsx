import { Badge, Group, Text } from '@mantine/core';
import { IconCheck, IconHourglass, IconMinus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TargetMark as Mark } from '../../../electron/contract/reportingDashboard';

/** A figure's target and whether it is reached, in colour and in words (达标 / 未达标 / 进行中 / 未设目标). */
export function TargetMark({ mark, testId }: { mark: Mark; testId: string }) {
  const { t } = useTranslation('dashboard');
  if (mark.percent === null) {
    return (
      <Badge color="gray" variant="light" leftSection={<IconMinus size={12} />} data-testid={testId} data-met="none">
        {t('target.none')}
      </Badge>
    );
  }
  const [color, Icon, word] =
    mark.met === null
      ? mark.pending
        ? ['gray', IconHourglass, t('target.pending')]
        : ['gray', IconMinus, t('target.noData')]
      : mark.met
        ? ['teal', IconCheck, t('target.met')]
        : ['red', IconX, t('target.missed')];
  return (
    <Group gap={6} data-testid={testId} data-met={mark.met === null ? (mark.pending ? 'pending' : 'unknown') : String(mark.met)}>
      <Badge color={color} variant="filled" leftSection={<Icon size={12} />}>
        {word}
      </Badge>
      <Text size="xs" c="dimmed">
        {mark.year === null ? t('target.set', { percent: mark.percent }) : t('target.since', { percent: mark.percent, year: mark.year })}
      </Text>
    </Group>
  );
}
