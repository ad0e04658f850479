import { Anchor, Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FOLLOW_UPS_MAX, type FollowUp } from '../../../electron/contract/followups';
import { useApi } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { formatDateTime } from '../../format';
import { currentLocale } from '../../i18n';
import { param, useUrlState } from '../../lists/urlState';
import { Tag } from '../../ui/Tag';
import { usePhone } from '../../ui/usePhone';
import { formHref } from '../month/formHref';
import { CheckinPages } from '../shared/CheckinPages';
import { monthLabel } from '../shared/months';
import { CompleteFollowUpModal } from './CompleteFollowUpModal';

const SCHEMA = { show: param.oneOfOr(['open', 'done'] as const, 'open') };

/** `/checkins/followups`: what check-ins asked to be followed up, soonest due first, the overdue in red; or those done lately. */
export function FollowUpsPage() {
  const { t } = useTranslation('checkins');
  const { current, update } = useUrlState(SCHEMA);
  const done = current.show === 'done';
  const list = useApi('checkins.followups', { done });
  const canComplete = useCanCall('checkins.completeFollowUp');
  const [completing, setCompleting] = useState<FollowUp | null>(null);
  const rows = list.data?.rows ?? [];
  // A fingertip's button on a phone; on a PC a small one keeps the rows short.
  const phone = usePhone();

  return (
    <Stack gap="sm" maw={1100}>
      <Group justify="space-between" align="center" gap="sm">
        <Group gap="md">
          <Title order={3}>{t('followups.title')}</Title>
          <CheckinPages />
        </Group>
        <SegmentedControl
          value={current.show}
          onChange={(v) => update({ show: v as 'open' | 'done' })}
          data={[
            { value: 'open', label: t('followups.show.open') },
            { value: 'done', label: t('followups.show.done') },
          ]}
          data-testid="followup-show"
        />
      </Group>
      {list.error && <Text c="red">{list.error.message}</Text>}
      {list.data?.more && (
        <Text size="sm" c="dimmed">
          {t('followups.more', { count: FOLLOW_UPS_MAX })}
        </Text>
      )}
      <Paper withBorder style={{ overflowX: 'auto' }}>
        <Table verticalSpacing={8} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('followups.columns.student')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('followups.columns.followUp')}</Table.Th>
              {done ? (
                <>
                  <Table.Th visibleFrom="sm">{t('followups.columns.outcome')}</Table.Th>
                  <Table.Th visibleFrom="sm">{t('followups.columns.doneBy')}</Table.Th>
                </>
              ) : (
                <>
                  <Table.Th visibleFrom="sm">{t('followups.columns.due')}</Table.Th>
                  <Table.Th visibleFrom="md">{t('followups.columns.author')}</Table.Th>
                  {canComplete && <Table.Th />}
                </>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr
                key={r.checkinId}
                data-testid="followup-row"
                data-overdue={r.overdue || undefined}
                bg={r.overdue ? 'var(--mantine-color-red-light)' : undefined}
              >
                <Table.Td>
                  <Anchor component={Link} to={formHref(r.month, r.studentId)} title={t('followups.openForm')} data-testid="followup-open">
                    {r.studentName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {[monthLabel(r.month, currentLocale()), r.className].filter(Boolean).join(' · ')}
                  </Text>
                  {/* A phone has room for one column: what is to be done, by when or how it ended, go under the name. */}
                  <Stack gap={4} mt={4} hiddenFrom="sm">
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {r.followUp}
                    </Text>
                    {done ? <Outcome row={r} /> : <Due row={r} />}
                  </Stack>
                </Table.Td>
                <Table.Td visibleFrom="sm" data-testid="followup-text" style={{ whiteSpace: 'pre-wrap', minWidth: 120 }}>
                  {r.followUp}
                </Table.Td>
                {done ? (
                  <>
                    <Table.Td visibleFrom="sm" data-testid="followup-outcome">
                      <Outcome row={r} />
                    </Table.Td>
                    <Table.Td visibleFrom="sm" style={{ whiteSpace: 'nowrap' }}>
                      {r.followUpDoneByName ?? '—'}
                      <Text size="xs" c="dimmed">
                        {r.followUpDoneAt && formatDateTime(r.followUpDoneAt)}
                      </Text>
                    </Table.Td>
                  </>
                ) : (
                  <>
                    <Table.Td visibleFrom="sm" style={{ whiteSpace: 'nowrap' }}>
                      <Due row={r} />
                    </Table.Td>
                    <Table.Td visibleFrom="md">{r.authorName ?? '—'}</Table.Td>
                    {canComplete && (
                      <Table.Td ta="right">
                        <Button size={phone ? 'md' : 'compact-sm'} variant="light" onClick={() => setCompleting(r)} data-testid="followup-complete">
                          {t('followups.complete')}
                        </Button>
                      </Table.Td>
                    )}
                  </>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.data && rows.length === 0 && (
          <Text c="dimmed" ta="center" py="xl" size="sm">
            {done ? t('followups.noneDone') : t('followups.none')}
          </Text>
        )}
      </Paper>
      {completing && (
        <CompleteFollowUpModal
          followUp={completing}
          onReloadLatest={async () => {
            const fresh = (await list.refetch()).data?.rows.find((r) => r.checkinId === completing.checkinId);
            setCompleting(fresh ?? null);
          }}
          onClose={() => setCompleting(null)}
        />
      )}
    </Stack>
  );
}

function Outcome({ row }: { row: FollowUp }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {row.followUpOutcome}
    </Text>
  );
}

/** The due date, in red with 逾期 once it has passed. */
function Due({ row }: { row: FollowUp }) {
  const { t } = useTranslation('checkins');
  if (!row.followUpDue)
    return (
      <Text size="sm" c="dimmed">
        {t('followups.noDue')}
      </Text>
    );
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c={row.overdue ? 'red.8' : undefined} fw={row.overdue ? 600 : undefined} data-testid="followup-due">
        {row.followUpDue}
      </Text>
      {row.overdue && <Tag color="red">{t('followups.overdue')}</Tag>}
    </Group>
  );
}
