import { Badge, Group, Paper, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Batch } from '../../../electron/contract/allowanceBatches';
import { chinaToday } from '../../../electron/contract/dates';
import { currentLocale } from '../../i18n';

/** Where the batch's public notice stands, when its policy needs one. */
export function NoticeStatus({ batch }: { batch: Batch }) {
  const { t } = useTranslation('allowances');
  if (batch.noticeDays === 0) return null;
  const over = batch.noticeEndsOn !== null && chinaToday(new Date()) > batch.noticeEndsOn;
  return (
    <Group gap="xs" data-testid="batch-notice-status">
      <Text size="sm">{t('workflow.noticeNeeded', { days: batch.noticeDays })}：</Text>
      {batch.noticeFrom ? (
        <>
          <Text size="sm">{t('workflow.noticeRange', { from: batch.noticeFrom, to: batch.noticeEndsOn })}</Text>
          <Badge color={over ? 'green' : 'orange'} variant="light">
            {t(over ? 'workflow.noticeOver' : 'workflow.noticeOpen')}
          </Badge>
        </>
      ) : (
        <Badge color="gray" variant="light">
          {t('workflow.noticeNotPosted')}
        </Badge>
      )}
    </Group>
  );
}

/** 办理记录: each step with who took it, when, and the comment or reason. */
export function BatchSteps({ batch }: { batch: Batch }) {
  const { t } = useTranslation('allowances');
  const at = (iso: string) => new Date(iso).toLocaleString(currentLocale(), { hour12: false, dateStyle: 'short', timeStyle: 'short' });
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        {t('workflow.steps')}
      </Title>
      {batch.steps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('workflow.noSteps')}
        </Text>
      ) : (
        <Timeline active={batch.steps.length - 1} bulletSize={14} lineWidth={2}>
          {batch.steps.map((s, i) => (
            <Timeline.Item key={i} title={t(`workflow.${s.action}`)} color={s.action === 'return' ? 'orange' : undefined} data-testid="batch-step">
              <Text size="xs" c="dimmed">
                {s.userName} · {at(s.at)}
              </Text>
              {s.note && <Text size="sm">{s.note}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Paper>
  );
}
