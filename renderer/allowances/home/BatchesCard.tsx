import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BATCH_STATUSES } from '../../../electron/contract/allowanceBatches';
import { useApi } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { STATUS_COLOURS } from '../batches/BatchesPage';
import { yuan } from '../../format';

const LATEST = 5;

/** 发放批次 on the home page: how many batches wait at each step, and the latest ones. */
export function BatchesCard() {
  const { t } = useTranslation('allowances');
  const canMake = useCanCall('allowances.createBatch');
  const batches = useApi('allowances.batches', { policyId: null }).data;
  if (!batches) return null;
  const waiting = BATCH_STATUSES.filter((s) => s !== 'paid')
    .map((s) => ({ status: s, count: batches.filter((b) => b.status === s).length }))
    .filter((w) => w.count > 0);
  return (
    <Stack gap="xs" data-testid="batches-card">
      <Group justify="space-between">
        <Title order={4}>{t('batches.title')}</Title>
        <Group gap="xs">
          {canMake && (
            <Button size="xs" variant="light" component={Link} to="/allowances/batches/new">
              {t('batches.create')}
            </Button>
          )}
          <Button size="xs" variant="subtle" component={Link} to="/allowances/batches">
            {t('card.all')}
          </Button>
        </Group>
      </Group>
      {batches.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('batches.empty')}
        </Text>
      ) : (
        <>
          <Group gap="md" data-testid="batches-card-waiting">
            {waiting.length === 0 && <Text size="sm">{t('card.allPaid')}</Text>}
            {waiting.map((w) => (
              <Text key={w.status} size="sm">
                {t(`batchStatus.${w.status}`)} {w.count}
              </Text>
            ))}
          </Group>
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing={4}>
              <Table.Tbody>
                {batches.slice(0, LATEST).map((b) => (
                  <Table.Tr key={b.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/allowances/batches/${b.id}`} size="sm">
                        {b.batchNo}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {b.policyName} {b.period}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLOURS[b.status]} variant="light">
                        {t(`batchStatus.${b.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{yuan(b.totalFen)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
