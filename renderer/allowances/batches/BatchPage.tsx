import { ActionIcon, Alert, Badge, Button, Group, Menu, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDots, IconLock, IconPlus, IconReceiptRefund, IconSearch } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Batch, BatchLine } from '../../../electron/contract/allowanceBatches';
import { chinaToday } from '../../../electron/contract/dates';
import { useApi } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { RecordTable } from '../../records/RecordTable';
import { BatchPrintButtons } from '../../reports/allowances/BatchPrintButtons';
import { BankFileButton } from '../bankfile/BankFileButton';
import { BackToBatches } from '../shared/BackToBatches';
import { yuan } from '../../format';
import { BatchActions } from './BatchActions';
import { BatchSteps, NoticeStatus } from './BatchSteps';
import { STATUS_COLOURS } from './BatchesPage';
import { LineDialogs, type LineDialog } from './LineDialogs';

/** One batch: what it pays, to whom, where it stands, and the step it may take next. */
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
          <Group gap="sm" justify="space-between">
            <Group gap="sm">
              <Title order={2} data-testid="batch-title">
                {b.policyName} {b.period}
              </Title>
              <Badge color={STATUS_COLOURS[b.status]} variant="light" size="lg" data-testid="batch-status">
                {t(`batchStatus.${b.status}`)}
              </Badge>
            </Group>
            <Group gap="xs">
              <BatchPrintButtons batchId={b.id} noticeDays={b.noticeDays} />
              <BankFileButton batch={b} />
              <BatchActions batch={b} onReloadLatest={() => void batch.refetch()} />
            </Group>
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
            <Stack gap={4} mt="sm">
              <NoticeStatus batch={b} />
              {b.paidOn && (
                <Text size="sm" data-testid="batch-paid">
                  {t('workflow.paid', { date: b.paidOn, ref: b.bankRef })}
                </Text>
              )}
            </Stack>
          </Paper>
          <Lines batch={b} onReloadLatest={() => void batch.refetch()} />
          <BatchSteps batch={b} />
        </>
      )}
    </Stack>
  );
}

/** The lines, found by name or class; changed only in draft, objected to once the notice is up. */
function Lines({ batch, onReloadLatest }: { batch: Batch; onReloadLatest(): void }) {
  const { t } = useTranslation('allowances');
  const [dialog, setDialog] = useState<LineDialog | null>(null);
  const [filter, setFilter] = useState('');
  const mayEdit = useCanCall('allowances.changeLine');
  const draft = batch.status === 'draft' && mayEdit;
  const objecting = batch.noticeFrom !== null && mayEdit;
  const q = filter.trim();
  const rows = q ? batch.lines.filter((l) => l.name.includes(q) || l.className?.includes(q) || l.studentNo?.includes(q)) : batch.lines;
  const lineMenu = (line: BatchLine) => (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" aria-label={t('lines.actions')} data-testid="line-menu">
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {draft && (
          <Menu.Item onClick={() => setDialog({ kind: 'change', line })} data-testid="line-change">
            {t('lines.change')}
          </Menu.Item>
        )}
        {draft && (
          <Menu.Item color="red" onClick={() => setDialog({ kind: 'remove', line })} data-testid="line-remove">
            {t('lines.remove')}
          </Menu.Item>
        )}
        {objecting && (
          <Menu.Item onClick={() => setDialog({ kind: 'objection', line })} data-testid="line-objection">
            {t('lines.objection')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <TextInput
          leftSection={<IconSearch size={16} />}
          placeholder={`${t('batches.name')} / ${t('batches.className')}`}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          data-testid="line-filter"
        />
        {draft && (
          <Group gap="xs">
            <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'add' })} data-testid="line-add">
              {t('lines.add')}
            </Button>
            <Button variant="light" leftSection={<IconReceiptRefund size={16} />} onClick={() => setDialog({ kind: 'reversal' })} data-testid="line-reversal">
              {t('lines.reversal')}
            </Button>
          </Group>
        )}
      </Group>
      {batch.status !== 'draft' && (
        <Alert variant="light" color="gray" icon={<IconLock size={16} />} p="xs">
          {t('workflow.locked', { status: t(`batchStatus.${batch.status}`) })}
        </Alert>
      )}
      <RecordTable
        rowTestId="batch-line"
        rows={rows}
        actions={draft || objecting ? lineMenu : undefined}
        columns={[
          { key: 'class', header: t('batches.className'), nowrap: true, render: (l) => l.className },
          { key: 'name', header: t('batches.name'), nowrap: true, render: (l) => l.name },
          { key: 'no', header: t('batches.studentNo'), nowrap: true, render: (l) => l.studentNo },
          { key: 'amount', header: t('batches.amount'), numeric: true, nowrap: true, render: (l) => <AmountCell line={l} /> },
          { key: 'reason', header: t('batches.lineReason'), fill: true, render: (l) => <LineNote line={l} /> },
        ]}
      />
      {dialog && <LineDialogs dialog={dialog} batch={batch} onReloadLatest={onReloadLatest} onClose={() => setDialog(null)} />}
    </Stack>
  );
}

function AmountCell({ line }: { line: BatchLine }) {
  const { t } = useTranslation('allowances');
  return (
    <>
      <Text size="sm" c={line.amountFen < 0 ? 'red' : undefined}>
        {yuan(line.amountFen)}
      </Text>
      {line.proposedFen !== null && (
        <Text size="xs" c="dimmed" td="line-through" title={t('lines.proposed', { amount: yuan(line.proposedFen) })}>
          {yuan(line.proposedFen)}
        </Text>
      )}
    </>
  );
}

function LineNote({ line }: { line: BatchLine }) {
  const { t } = useTranslation('allowances');
  return (
    <Stack gap={2}>
      {line.reverses && (
        <Text size="xs" c="red">
          {t('lines.reverses', line.reverses)}
        </Text>
      )}
      {line.reason && <Text size="sm">{line.reason}</Text>}
      {line.objections.map((o) => (
        <Text key={o.id} size="xs" c="orange" data-testid="line-objection-text">
          {t('lines.objectionLabel')} {o.receivedOn}：{o.content}（{o.recordedByName}）
        </Text>
      ))}
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
