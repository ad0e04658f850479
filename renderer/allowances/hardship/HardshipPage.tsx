import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HARDSHIP_STATUSES, type AskingCheckin, type HardshipRequest, type HardshipStatus } from '../../../electron/contract/hardship';
import { useApi } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { formatDateTime, yuan } from '../../format';
import { RecordTable } from '../../records/RecordTable';
import { STATUS_COLOURS } from '../batches/BatchesPage';
import { DecideModal, RequestModal } from './HardshipDialogs';

const COLOURS: Record<HardshipStatus, string> = { pending: 'orange', approved: 'green', rejected: 'gray' };

/**
 * 困难补助: requests for one student each (临时困难补助 and other aid for chosen students), the
 * check-ins still asking for one, and each request's decision and the batch paying it.
 */
export function HardshipPage() {
  const { t } = useTranslation('allowances');
  const [status, setStatus] = useState<HardshipStatus | 'all'>('pending');
  const [dialog, setDialog] = useState<{ kind: 'request'; from?: AskingCheckin } | { kind: 'decide'; request: HardshipRequest } | null>(null);
  const requests = useApi('hardship.list', { status: status === 'all' ? null : status });
  const decides = useCanCall('hardship.decide');

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('hardship.hint')}
      </Text>
      {decides && <Asking onRequest={(from) => setDialog({ kind: 'request', from })} />}
      <Group justify="space-between">
        <SegmentedControl
          value={status}
          onChange={(v) => setStatus(v as HardshipStatus | 'all')}
          data={[...HARDSHIP_STATUSES.map((s) => ({ value: s, label: t(`hardshipStatus.${s}`) })), { value: 'all', label: t('hardship.all') }]}
          data-testid="hardship-status"
        />
        {decides && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'request' })} data-testid="hardship-new">
            {t('hardship.new')}
          </Button>
        )}
      </Group>
      <RecordTable
        rowTestId="hardship-row"
        rows={requests.data}
        error={requests.error?.message}
        actions={decides ? (r) => r.status === 'pending' && (
          <Button size="xs" variant="light" onClick={() => setDialog({ kind: 'decide', request: r })} data-testid="hardship-decide">
            {t('hardship.decide')}
          </Button>
        ) : undefined}
        columns={[
          { key: 'student', header: t('batches.name'), nowrap: true, render: (r) => <Anchor component={Link} to={`/students/${r.studentId}?tab=allowances`} size="sm">{r.studentName}</Anchor> },
          { key: 'class', header: t('batches.className'), nowrap: true, render: (r) => r.className },
          { key: 'policy', header: t('batches.policy'), nowrap: true, render: (r) => r.policyName },
          { key: 'amount', header: t('batches.amount'), numeric: true, nowrap: true, render: (r) => yuan(r.amountFen) },
          { key: 'reason', header: t('fields.reason'), fill: true, render: (r) => <Reason request={r} /> },
          { key: 'status', header: t('batches.status'), nowrap: true, render: (r) => <Status request={r} /> },
        ]}
      />
      {dialog?.kind === 'request' && <RequestModal from={dialog.from} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'decide' && <DecideModal request={dialog.request} onClose={() => setDialog(null)} />}
    </Stack>
  );
}

/** The check-ins of the last months whose help was 申请困难补助, no request made yet. */
function Asking({ onRequest }: { onRequest(from: AskingCheckin): void }) {
  const { t } = useTranslation('allowances');
  const asking = useApi('hardship.asking', {});
  if (!asking.data?.length) return null;
  return (
    <Paper withBorder p="sm" data-testid="hardship-asking">
      <Title order={5} mb="xs">
        {t('hardship.asking', { count: asking.data.length })}
      </Title>
      <Table fz="sm" verticalSpacing={4}>
        <Table.Tbody>
          {asking.data.map((c) => (
            <Table.Tr key={c.checkinId} data-testid="hardship-asking-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.month}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {c.studentName} · {c.className}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.counsellorName}</Table.Td>
              <Table.Td>{c.notes}</Table.Td>
              <Table.Td ta="right">
                <Button size="xs" variant="light" onClick={() => onRequest(c)} data-testid="hardship-from-checkin">
                  {t('hardship.fromCheckin')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function Reason({ request: r }: { request: HardshipRequest }) {
  const { t } = useTranslation('allowances');
  return (
    <Stack gap={2}>
      <Text size="sm">{r.reason}</Text>
      <Text size="xs" c="dimmed">
        {t('hardship.asked', { name: r.requestedByName, at: formatDateTime(r.createdAt) })}
        {r.checkinMonth && ` · ${t('hardship.checkin', { month: r.checkinMonth })}`}
      </Text>
      {r.decidedAt && (
        <Text size="xs" c="dimmed">
          {t('hardship.decided', { name: r.decidedByName, at: formatDateTime(r.decidedAt) })}
          {r.decisionNote && `：${r.decisionNote}`}
        </Text>
      )}
    </Stack>
  );
}

function Status({ request: r }: { request: HardshipRequest }) {
  const { t } = useTranslation('allowances');
  return (
    // max-content: beside the reason column, which takes the width, the badges would shrink to nothing.
    <Group gap={4} wrap="nowrap" miw="max-content">
      <Badge color={COLOURS[r.status]} variant="light">
        {t(`hardshipStatus.${r.status}`)}
      </Badge>
      {r.batch && (
        <Anchor component={Link} to={`/allowances/batches/${r.batch.id}`} size="xs">
          <Badge color={STATUS_COLOURS[r.batch.status]} variant="outline">
            {r.batch.batchNo} {t(`batchStatus.${r.batch.status}`)}
          </Badge>
        </Anchor>
      )}
    </Group>
  );
}
