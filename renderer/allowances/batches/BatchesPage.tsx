import { Anchor, Badge, Button, Group, Select, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BatchStatus } from '../../../electron/contract/allowanceBatches';
import { chinaToday } from '../../../electron/contract/dates';
import { useApi } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { RecordTable } from '../../records/RecordTable';
import { yuan } from '../../format';

export const STATUS_COLOURS: Record<BatchStatus, string> = { draft: 'gray', submitted: 'blue', reviewed: 'cyan', approved: 'teal', paid: 'green' };

/** 发放批次: every batch, newest first, of one policy or all. */
export function BatchesPage() {
  const { t } = useTranslation('allowances');
  const canMake = useCanCall('allowances.createBatch');
  const [policyId, setPolicyId] = useState<number | null>(null);
  const policies = useApi('allowances.policies', {});
  const batches = useApi('allowances.batches', { policyId });
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('batches.title')}</Title>
        <Group>
          <Select
            aria-label={t('batches.policy')}
            placeholder={t('batches.allPolicies')}
            clearable
            data={(policies.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
            value={policyId === null ? null : String(policyId)}
            onChange={(v) => setPolicyId(v ? Number(v) : null)}
            data-testid="batches-policy"
          />
          {canMake && (
            <Button component={Link} to="/allowances/batches/new" leftSection={<IconPlus size={16} />} data-testid="create-batch">
              {t('batches.create')}
            </Button>
          )}
        </Group>
      </Group>
      <RecordTable
        rowTestId="row-batch"
        rows={batches.data}
        error={batches.error?.message}
        columns={[
          {
            key: 'batchNo',
            header: t('batches.batchNo'),
            nowrap: true,
            render: (b) => (
              <Anchor component={Link} to={`/allowances/batches/${b.id}`} size="sm">
                {b.batchNo}
              </Anchor>
            ),
          },
          { key: 'policy', header: t('batches.policy'), nowrap: true, render: (b) => b.policyName },
          { key: 'period', header: t('batches.period'), nowrap: true, render: (b) => b.period },
          {
            key: 'status',
            header: t('batches.status'),
            render: (b) => (
              <Badge color={STATUS_COLOURS[b.status]} variant="light">
                {t(`batchStatus.${b.status}`)}
              </Badge>
            ),
          },
          { key: 'count', header: t('batches.count'), numeric: true, render: (b) => b.lineCount },
          { key: 'total', header: t('batches.total'), numeric: true, nowrap: true, render: (b) => yuan(b.totalFen) },
          { key: 'preparedBy', header: t('batches.preparedBy'), nowrap: true, render: (b) => b.preparedByName },
          { key: 'createdAt', header: t('batches.createdAt'), nowrap: true, render: (b) => chinaToday(new Date(b.createdAt)) },
        ]}
      />
    </Stack>
  );
}
