import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { chinaToday } from '../../../electron/contract/dates';
import { useApi } from '../../api/hooks';
import { RecordTable } from '../../records/RecordTable';
import { BackToBatches } from '../shared/BackToBatches';
import { yuan } from '../shared/yuan';
import { STATUS_COLOURS } from './BatchesPage';

/** One batch: what it pays, to whom, and where it stands. */
export function BatchPage() {
  const { t } = useTranslation('allowances');
  const id = Number(useParams().id);
  const batch = useApi('allowances.batch', { id });
  const b = batch.data;
  return (
    <Stack>
      <BackToBatches />
      {batch.error && <Text c="red">{batch.error.message}</Text>}
      {b && (
        <>
          <Group gap="sm">
            <Title order={2} data-testid="batch-title">
              {b.policyName} {b.period}
            </Title>
            <Badge color={STATUS_COLOURS[b.status]} variant="light" size="lg" data-testid="batch-status">
              {t(`batchStatus.${b.status}`)}
            </Badge>
          </Group>
          <Paper withBorder p="md">
            <SimpleGrid cols={{ base: 2, sm: 5 }}>
              <Fact label={t('batches.batchNo')} value={b.batchNo} />
              <Fact label={t('batches.count')} value={b.lineCount} />
              <Fact label={t('batches.total')} value={<span data-testid="batch-total">{yuan(b.totalFen)}</span>} />
              <Fact label={t('batches.preparedBy')} value={b.preparedByName} />
              <Fact label={t('batches.createdAt')} value={chinaToday(new Date(b.createdAt))} />
            </SimpleGrid>
            {b.notes && (
              <Text size="sm" mt="sm">
                {t('batches.notes')}：{b.notes}
              </Text>
            )}
          </Paper>
          <RecordTable
            rowTestId="batch-line"
            rows={b.lines}
            columns={[
              { key: 'class', header: t('batches.className'), nowrap: true, render: (l) => l.className },
              { key: 'name', header: t('batches.name'), nowrap: true, render: (l) => l.name },
              { key: 'no', header: t('batches.studentNo'), nowrap: true, render: (l) => l.studentNo },
              { key: 'amount', header: t('batches.amount'), numeric: true, nowrap: true, render: (l) => yuan(l.amountFen) },
              { key: 'reason', header: t('batches.lineReason'), fill: true, render: (l) => l.reason },
            ]}
          />
        </>
      )}
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={500}>{value}</Text>
    </div>
  );
}
