import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { chinaToday } from '../../electron/contract/dates';
import type { Training } from '../../electron/contract/trainings';
import { useApi, useApiMutation } from '../api/hooks';
import { useCanCall } from '../auth/permissions';
import { ConfirmDialog } from '../records/ConfirmDialog';
import { TrainingForm } from './TrainingForm';
import { TrainingsTable } from './TrainingsTable';

/** The first year anyone may pick: the programme's courses are counted from 2013. */
const FIRST_YEAR = 2013;
/** In the URL, `year=all` is every year; no `year` is this year. */
const ALL = 'all';

/**
 * 短期培训: the courses of a year (this year unless another is chosen) or of all years, of one
 * project or all, with what they add up to. The office enters and corrects them; others read.
 */
export function TrainingsPage() {
  const { t } = useTranslation('trainings');
  const { t: tc } = useTranslation();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(chinaToday(new Date()).slice(0, 4));
  const yearParam = params.get('year') ?? String(thisYear);
  const year = yearParam === ALL ? null : Number(yearParam);
  const projectId = params.get('project') ? Number(params.get('project')) : null;
  const list = useApi('trainings.list', { year, projectId });
  const projects = useApi('projects.list', {});
  const canEdit = useCanCall('trainings.update');
  const remove = useApiMutation('trainings.delete', { notifyErrors: false });
  const [editing, setEditing] = useState<{ training: Training | null } | null>(null);
  const [deleting, setDeleting] = useState<Training | null>(null);

  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  // Next year too: a course may be entered before it starts.
  const years = Array.from({ length: thisYear + 1 - FIRST_YEAR + 1 }, (_, i) => String(thisYear + 1 - i));
  const totals = list.data?.totals;
  const regions = [...new Set(list.data?.rows.map((r) => r.region))];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('title')}</Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('hint')}
          </Text>
        </div>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ training: null })} data-testid="training-create">
            {t('create')}
          </Button>
        )}
      </Group>
      <Group gap="sm">
        <Select
          w={140}
          allowDeselect={false}
          value={yearParam}
          onChange={(v) => set('year', v === String(thisYear) ? null : v)}
          data={[{ value: ALL, label: t('allYears') }, ...years.map((y) => ({ value: y, label: t('year', { year: y }) }))]}
          data-testid="trainings-year"
        />
        <Select
          w={180}
          placeholder={t('allProjects')}
          clearable
          value={projectId === null ? null : String(projectId)}
          onChange={(v) => set('project', v)}
          data={(projects.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
          data-testid="trainings-project"
        />
      </Group>
      {totals && (
        <Text fw={500} data-testid="trainings-totals">
          {t('totals', {
            scope: year === null ? t('allYears') : t('year', { year }),
            courses: totals.courses,
            participants: totals.participants.toLocaleString(),
            registered: totals.registeredParticipants.toLocaleString(),
          })}
        </Text>
      )}
      <TrainingsTable
        rows={list.data?.rows}
        error={list.error?.message}
        onEdit={canEdit ? (training) => setEditing({ training }) : undefined}
        onDelete={canEdit ? setDeleting : undefined}
      />
      {editing && <TrainingForm training={editing.training} regions={regions} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('deleteTitle')}
        message={deleting ? t('deleteMessage', { name: `${deleting.course} ${deleting.startDate}`, participants: deleting.participants }) : ''}
        confirmLabel={tc('action.delete')}
        doneMessage={t('deleted')}
        failedTitle={tc('records.deleteFailed')}
        danger
        onConfirm={() => remove.mutateAsync({ id: deleting!.id, version: deleting!.version })}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
