import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { currentPeriod } from '../../../electron/contract/allowancePeriods';
import type { Policy } from '../../../electron/contract/allowancePolicies';
import { chinaToday } from '../../../electron/contract/dates';
import { useApi, useApiMutation } from '../../api/hooks';
import { RecordTable } from '../../records/RecordTable';
import { BackToBatches } from '../shared/BackToBatches';
import { yuan } from '../../format';

/** 新建发放批次: pick the policy and period, see who is due and who is left out and why, then make the draft. */
export function NewBatchPage() {
  const { t } = useTranslation('allowances');
  const navigate = useNavigate();
  const today = chinaToday(new Date());
  const policies = useApi('allowances.policies', {});
  const active = (policies.data ?? []).filter((p) => p.active);
  const [policy, setPolicy] = useState<Policy | null>(null);
  const [period, setPeriod] = useState('');
  const [debounced] = useDebouncedValue(period.trim(), 400);
  const proposal = useApi('allowances.propose', { policyId: policy?.id ?? 0, period: debounced }, { enabled: policy !== null && debounced !== '', retry: false });
  const make = useApiMutation('allowances.createBatch', { notifyErrors: false });
  const periodError = proposal.error?.fields.find((f) => f.field === 'period')?.message ?? make.error?.fields.find((f) => f.field === 'period')?.message;

  const pick = (id: string | null) => {
    const chosen = active.find((p) => String(p.id) === id) ?? null;
    setPolicy(chosen);
    if (chosen) setPeriod(currentPeriod(chosen.period, today));
  };
  const submit = () =>
    make.mutate(
      { policyId: policy!.id, period: debounced, notes: '' },
      {
        onSuccess: (batch) => {
          notifications.show({ color: 'green', message: t('batches.made', { batchNo: batch.batchNo }) });
          navigate(`/allowances/batches/${batch.id}`);
        },
      },
    );

  const p = proposal.data;
  const year = today.slice(0, 4);
  return (
    <Stack>
      <BackToBatches />
      <div>
        <Title order={2}>{t('batches.newTitle')}</Title>
        <Text size="sm" c="dimmed" maw={760}>
          {t('batches.newHint')}
        </Text>
      </div>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} maw={720}>
          <Select
            label={t('batches.policy')}
            data={active.map((x) => ({ value: String(x.id), label: x.name }))}
            value={policy ? String(policy.id) : null}
            onChange={pick}
            searchable
            data-testid="batch-policy"
          />
          <TextInput
            label={t('batches.period')}
            value={period}
            onChange={(e) => setPeriod(e.currentTarget.value)}
            disabled={!policy}
            description={policy ? t(`batches.periodHint.${policy.period}`, { example: currentPeriod(policy.period, today), year }) : undefined}
            error={periodError}
            name="period"
            data-testid="batch-period"
          />
        </SimpleGrid>
      </Paper>
      {make.error && !make.error.fields.length && <Alert color="red">{make.error.message}</Alert>}
      {p && !periodError && (
        <>
          <Group justify="space-between">
            <Text fw={500} data-testid="batch-proposal">
              {p.lines.length ? t('batches.proposal', { count: p.lines.length, total: yuan(p.totalFen), rate: yuan(p.rateFen) }) : t('batches.noLines')}
            </Text>
            <Button onClick={submit} loading={make.isPending} disabled={p.lines.length === 0} data-testid="batch-make">
              {t('batches.make')}
            </Button>
          </Group>
          <Title order={4}>{t('batches.lines')}</Title>
          <RecordTable
            rowTestId="proposed-line"
            rows={p.lines.map((l) => ({ ...l, id: l.studentId }))}
            columns={[
              { key: 'class', header: t('batches.className'), nowrap: true, render: (l) => l.className },
              { key: 'name', header: t('batches.name'), nowrap: true, render: (l) => l.name },
              { key: 'no', header: t('batches.studentNo'), nowrap: true, render: (l) => l.studentNo },
              { key: 'amount', header: t('batches.amount'), numeric: true, nowrap: true, render: (l) => yuan(l.amountFen) },
              { key: 'reason', header: t('batches.lineReason'), fill: true, render: (l) => l.reason },
            ]}
          />
          {p.left.length > 0 && (
            <>
              <Title order={4}>{t('batches.left', { count: p.left.length })}</Title>
              <RecordTable
                rowTestId="left-out"
                rows={p.left.map((l) => ({ ...l, id: l.studentId }))}
                columns={[
                  { key: 'class', header: t('batches.className'), nowrap: true, render: (l) => l.className },
                  { key: 'name', header: t('batches.name'), nowrap: true, render: (l) => l.name },
                  {
                    key: 'reason',
                    header: t('batches.reason'),
                    nowrap: true,
                    render: (l) => (
                      <Text size="sm" c="orange.8" fw={500}>
                        {t(`leftOut.${l.reason}`)}
                      </Text>
                    ),
                  },
                  { key: 'detail', header: t('batches.detail'), fill: true, render: (l) => l.detail },
                ]}
              />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
