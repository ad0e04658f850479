import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Internship } from '../../../electron/contract/internships';
import { VISIT_METHODS, VISIT_RATINGS, type InternshipVisit, type VisitMethod, type VisitRating } from '../../../electron/contract/internshipVisits';
import { chinaToday } from '../../../electron/contract/dates';
import { useApi, useApiMutation } from '../../api/hooks';
import { useCurrentUser } from '../../auth/session';
import { DateField, SegmentedField, SelectField, TextareaField, TextField } from '../../forms/fields';
import { RecordFormModal } from '../../records/RecordFormModal';

const RATING_COLOR: Record<VisitRating, string> = { excellent: 'green', good: 'teal', pass: 'gray', fail: 'red' };

/** 走访记录 of each of a student's internships: the supervisor's visits, newest first, and the overall evaluation once written. */
export function InternshipVisits({ studentId, internships, canEdit }: { studentId: number; internships: Internship[]; canEdit: boolean }) {
  const { t } = useTranslation('placements');
  const visits = useApi('internships.visits', { studentId });
  const [adding, setAdding] = useState<Internship | null>(null);
  const [removing, setRemoving] = useState<InternshipVisit | null>(null);
  if (!internships.length) return null;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" maw={760}>
        {t('visits.hint')}
      </Text>
      {visits.error && <Text c="red">{visits.error.message}</Text>}
      {internships.map((i) => {
        const own = visits.data?.filter((v) => v.internshipId === i.id) ?? [];
        const period = i.endDate ? t('internships.period', { from: i.startDate, to: i.endDate }) : t('internships.since', { from: i.startDate });
        return (
          <Paper key={i.id} withBorder p="sm" data-testid="internship-visits">
            <Group justify="space-between" mb={4}>
              <Text fw={600} size="sm">
                {t('visits.heading', { company: i.companyName, period })}
              </Text>
              {canEdit && (
                <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAdding(i)} data-testid="add-visit">
                  {t('visits.add')}
                </Button>
              )}
            </Group>
            <Stack gap={4}>
              {visits.data && !own.length && (
                <Text size="sm" c="dimmed">
                  {t('visits.none')}
                </Text>
              )}
              {own.map((v) => (
                <Group key={v.id} gap="xs" wrap="nowrap" align="flex-start" data-testid="internship-visit">
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {v.visitedOn} · {t(`method.${v.method}`)} · {v.visitor}
                  </Text>
                  {v.rating && (
                    <Badge color={RATING_COLOR[v.rating]} variant="light" miw="max-content">
                      {t(`rating.${v.rating}`)}
                    </Badge>
                  )}
                  <Text size="sm" c="dimmed" style={{ flex: 1 }}>
                    {v.findings}
                  </Text>
                  {canEdit && (
                    <Tooltip label={t('visits.remove')}>
                      <ActionIcon size="sm" variant="subtle" color="red" aria-label={t('visits.remove')} onClick={() => setRemoving(v)} data-testid="remove-visit">
                        <IconTrash size={14} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Group>
              ))}
              {i.evaluation && (
                <Text size="sm" mt={4}>
                  {t('visits.evaluation', { text: i.evaluation })}
                </Text>
              )}
            </Stack>
          </Paper>
        );
      })}
      {adding && <VisitModal internship={adding} onClose={() => setAdding(null)} />}
      {removing && <RemoveVisitModal visit={removing} onClose={() => setRemoving(null)} />}
    </Stack>
  );
}

type Draft = { visitedOn: string; visitor: string; method: VisitMethod; rating: VisitRating | null; findings: string };

/** One visit: on the day (today, or the internship's last day once it is over), by the user unless another teacher went. */
function VisitModal({ internship: i, onClose }: { internship: Internship; onClose(): void }) {
  const { t } = useTranslation('placements');
  const me = useCurrentUser();
  const add = useApiMutation('internships.addVisit', { notifyErrors: false });
  const today = chinaToday(new Date());
  const day = i.endDate !== null && i.endDate < today ? i.endDate : today;
  return (
    <RecordFormModal<Draft>
      opened
      labels="placements"
      title={t('visits.addTitle', { company: i.companyName })}
      formKey={`visit-${i.id}`}
      initialValues={{ visitedOn: day, visitor: me.displayName, method: 'onsite', rating: null, findings: '' }}
      savedMessage={t('visits.saved')}
      onClose={onClose}
      onSave={(v) => add.mutateAsync({ ...v, internshipId: i.id })}
    >
      {(form) => (
        <>
          <Group grow align="flex-start">
            <DateField form={form} name="visitedOn" required data-autofocus />
            <TextField form={form} name="visitor" required />
          </Group>
          <Group grow align="flex-start">
            <SegmentedField form={form} name="method" required data={VISIT_METHODS.map((m) => ({ value: m, label: t(`method.${m}`) }))} />
            <SelectField form={form} name="rating" data={VISIT_RATINGS.map((r) => ({ value: r, label: t(`rating.${r}`) }))} />
          </Group>
          <TextareaField form={form} name="findings" autosize minRows={3} />
        </>
      )}
    </RecordFormModal>
  );
}

function RemoveVisitModal({ visit: v, onClose }: { visit: InternshipVisit; onClose(): void }) {
  const { t } = useTranslation('placements');
  const remove = useApiMutation('internships.removeVisit', { notifyErrors: false });
  return (
    <RecordFormModal
      opened
      labels="placements"
      title={t('visits.removeTitle', { date: v.visitedOn, visitor: v.visitor })}
      formKey={`remove-visit-${v.id}@${v.version}`}
      saveLabel={t('internships.remove')}
      savedMessage={t('visits.removed')}
      initialValues={{ reason: '' }}
      onSave={({ reason }) => remove.mutateAsync({ id: v.id, version: v.version, reason })}
      onClose={onClose}
    >
      {(form) => <TextareaField form={form} name="reason" required autosize minRows={2} data-autofocus />}
    </RecordFormModal>
  );
}
