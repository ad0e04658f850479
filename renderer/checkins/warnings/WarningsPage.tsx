import { Anchor, Button, Paper, SegmentedControl, Stack, Table, Text, Title, Group, List } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Warning } from '../../../electron/contract/warnings';
import { useApi, useApiMutation } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { TextField } from '../../forms/fields';
import { formatDateTime } from '../../format';
import { currentLocale } from '../../i18n';
import { param, useUrlState } from '../../lists/urlState';
import { RecordFormModal } from '../../records/RecordFormModal';
import { Tag } from '../../ui/Tag';
import { usePhone } from '../../ui/usePhone';
import { CheckinPages } from '../shared/CheckinPages';
import { reasonText } from './reasonText';

const SCHEMA = { show: param.oneOfOr(['open', 'all'] as const, 'open') };

/** `/checkins/warnings`: the students flagged now, why, and whether the office has looked at it. */
export function WarningsPage() {
  const { t } = useTranslation('checkins');
  const { current, update } = useUrlState(SCHEMA);
  const flags = useApi('checkins.warnings', {});
  const canReview = useCanCall('checkins.reviewWarning');
  const review = useApiMutation('checkins.reviewWarning', { notifyErrors: false });
  const [reviewing, setReviewing] = useState<Warning | null>(null);
  const all = flags.data ?? [];
  const rows = current.show === 'open' ? all.filter((w) => !w.review) : all;
  const phone = usePhone();

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Group gap="md">
            <Title order={3}>{t('warnings.title')}</Title>
            <CheckinPages />
          </Group>
          <Text size="sm" c="dimmed">
            {t('warnings.intro')}
          </Text>
        </div>
        <SegmentedControl
          value={current.show}
          onChange={(v) => update({ show: v as 'open' | 'all' })}
          data={[
            { value: 'open', label: `${t('warnings.show.open')} ${all.filter((w) => !w.review).length}` },
            { value: 'all', label: `${t('warnings.show.all')} ${all.length}` },
          ]}
          data-testid="warnings-show"
        />
      </Group>
      <Paper withBorder style={{ overflowX: 'auto' }}>
        <Table verticalSpacing={8} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('warnings.columns.name')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('warnings.columns.className')}</Table.Th>
              <Table.Th visibleFrom="md">{t('warnings.columns.counsellor')}</Table.Th>
              {!phone && (
                <>
                  <Table.Th>{t('warnings.columns.reasons')}</Table.Th>
                  <Table.Th>{t('warnings.columns.review')}</Table.Th>
                </>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((w) => (
              <WarningRow key={w.studentId} warning={w} phone={phone} onReview={canReview ? () => setReviewing(w) : null} />
            ))}
          </Table.Tbody>
        </Table>
        {flags.data && rows.length === 0 && (
          <Text c="dimmed" ta="center" py="xl" size="sm">
            {all.length ? t('warnings.noneOpen') : t('warnings.none')}
          </Text>
        )}
      </Paper>
      <RecordFormModal<{ note: string }>
        opened={reviewing !== null}
        title={t('warnings.reviewTitle', { name: reviewing?.name ?? '' })}
        labels="checkins"
        formKey={reviewing ? `${reviewing.studentId}:${reviewing.reasonsKey}` : 'none'}
        initialValues={{ note: '' }}
        onSave={({ note }) => review.mutateAsync({ studentId: reviewing!.studentId, reasonsKey: reviewing!.reasonsKey, note })}
        onClose={() => setReviewing(null)}
      >
        {(form) => <TextField form={form} name="note" label={t('warnings.note')} required data-autofocus />}
      </RecordFormModal>
    </Stack>
  );
}

/** One flagged student; on a phone in one column, the class, why and what was done under the name. */
function WarningRow({ warning: w, phone, onReview }: { warning: Warning; phone: boolean; onReview: (() => void) | null }) {
  const { t } = useTranslation('checkins');
  const locale = currentLocale();
  const reasons = (
    <List size="sm" spacing={2}>
      {w.reasons.map((r) => (
        <List.Item key={r.rule} data-testid="warning-reason">
          {reasonText(t, r, locale)}
        </List.Item>
      ))}
    </List>
  );
  const handled = w.review ? (
    <Text size="xs" c="dimmed" title={t('warnings.reviewed', { by: w.review.by ?? '—', at: formatDateTime(w.review.at), note: w.review.note })}>
      <Tag color="teal">{t('warnings.reviewedShort')}</Tag> {w.review.note}
    </Text>
  ) : (
    onReview && (
      <Button size={phone ? 'md' : 'compact-sm'} variant="light" onClick={onReview} data-testid="warning-review">
        {t('warnings.review')}
      </Button>
    )
  );
  return (
    <Table.Tr data-testid="warning-row">
      <Table.Td style={{ whiteSpace: phone ? undefined : 'nowrap' }}>
        <Anchor component={Link} to={`/students/${w.studentId}`} size="sm">
          {w.name}
        </Anchor>
        {phone && (
          <Stack gap={6} mt={2}>
            <Text size="xs" c="dimmed">
              {w.className ?? '—'}
            </Text>
            {reasons}
            {handled}
          </Stack>
        )}
      </Table.Td>
      <Table.Td visibleFrom="sm">{w.className ?? '—'}</Table.Td>
      <Table.Td visibleFrom="md">{w.counsellorName ?? '—'}</Table.Td>
      {!phone && (
        <>
          <Table.Td>{reasons}</Table.Td>
          <Table.Td>{handled}</Table.Td>
        </>
      )}
    </Table.Tr>
  );
}
