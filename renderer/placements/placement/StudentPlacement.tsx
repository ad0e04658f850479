import { Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contract, InputOf } from '../../../electron/contract';
import { CHANNELS, CONTRACT_KINDS, DESTINATIONS, OUTCOMES, type Placement } from '../../../electron/contract/placements';
import type { Student } from '../../../electron/contract/students';
import { useApi, useApiMutation } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { yuan } from '../../format';
import { DateField, MoneyField, SelectField, SwitchField, TextareaField, TextField } from '../../forms/fields';
import { RecordFormModal } from '../../records/RecordFormModal';
import { CompanyField } from '../companies/CompanyField';

type Draft = InputOf<Contract['placements.save']>;

/** The student page's 就业 tab: where the graduate went, recorded once they have graduated or completed. */
export function StudentPlacement({ student }: { student: Student }) {
  const { t } = useTranslation('placements');
  const placement = useApi('placements.ofStudent', { studentId: student.id });
  const canEdit = useCanCall('placements.save');
  const [editing, setEditing] = useState(false);
  const finished = student.status === 'graduated' || student.status === 'completed';
  if (placement.error) return <Text c="red">{placement.error.message}</Text>;
  if (placement.data === undefined) return null;
  const p = placement.data;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={760}>
          {finished ? t('placement.hint') : t('placement.notYet')}
        </Text>
        {canEdit && finished && (
          <Button leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)} data-testid="edit-placement">
            {p ? t('placement.edit') : t('placement.record')}
          </Button>
        )}
      </Group>
      {p && <Facts placement={p} />}
      {p && <FollowUps placement={p} />}
      {finished && !p && <Text c="dimmed">{t('placement.none')}</Text>}
      {editing && <PlacementModal studentId={student.id} placement={p} onClose={() => setEditing(false)} />}
    </Stack>
  );
}

/** 回访记录: each follow-up at its point, the latest last, which says where the graduate works now. */
function FollowUps({ placement }: { placement: Placement }) {
  const { t } = useTranslation('placements');
  const followUps = useApi('placementFollowUps.ofStudent', { studentId: placement.studentId });
  if (!followUps.data?.length) return null;
  // The latest follow-up says where the graduate works now: at the placement's employer, another, or nowhere.
  const last = followUps.data.reduce((a, b) => (b.doneOn >= a.doneOn ? b : a));
  const employer = last.sameEmployer ? placement.companyName : last.companyName;
  const salary = last.monthlySalaryFen ?? (last.sameEmployer ? placement.monthlySalaryFen : null);
  const now = last.stillEmployed ? [t('followUps.employed'), employer, salary === null ? null : yuan(salary)].filter(Boolean).join(' · ') : t('followUps.left');
  return (
    <Paper withBorder p="sm">
      <Text fw={600} size="sm" mb="xs">
        {t('followUps.tab')}
      </Text>
      <Text size="sm" mb="xs" data-testid="placement-now">
        {t('followUps.now', { date: last.doneOn, what: now })}
      </Text>
      <Stack gap={4}>
        {followUps.data.map((f) => (
          <Text key={f.id} size="sm" data-testid="placement-follow-up">
            {t('followUps.months', { count: f.point })} · {f.doneOn} ·{' '}
            {f.stillEmployed ? `${t('followUps.employed')} · ${f.sameEmployer ? t('followUps.same') : `${t('followUps.changed')} ${f.companyName ?? ''}`}` : t('followUps.left')}
            {f.monthlySalaryFen !== null && ` · ${yuan(f.monthlySalaryFen)}`}
            {f.changeReason && ` · ${f.changeReason}`}
            {f.notes && ` · ${f.notes}`}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}

function Facts({ placement: p }: { placement: Placement }) {
  const { t } = useTranslation('placements');
  const fact = (label: string, value: ReactNode) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || '—'}</Text>
    </div>
  );
  return (
    <Paper withBorder p="md" data-testid="placement">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {fact(t('fields.outcome'), t(`outcome.${p.outcome}`))}
        {fact(t('placement.employer'), p.companyName)}
        {fact(t('fields.position'), [p.industry, p.position].filter(Boolean).join(' · '))}
        {fact(t('fields.city'), [p.province, p.city].filter(Boolean).join(' '))}
        {fact(t('fields.destination'), `${t(`destination.${p.destination}`)}${p.destinationSetByHand ? '' : t('placement.derived')}`)}
        {fact(t('fields.startDate'), p.startDate)}
        {fact(t('fields.monthlySalaryFen'), p.monthlySalaryFen === null ? '' : yuan(p.monthlySalaryFen))}
        {fact(t('fields.relatedToMajor'), t(p.relatedToMajor ? 'placement.yes' : 'placement.no'))}
        {fact(t('fields.contractKind'), p.contractKind && t(`contractKind.${p.contractKind}`))}
        {fact(t('fields.socialInsurance'), t(p.socialInsurance ? 'placement.yes' : 'placement.no'))}
        {fact(t('fields.channel'), p.channel && t(`channel.${p.channel}`))}
        {fact(t('fields.notes'), p.notes)}
      </SimpleGrid>
    </Paper>
  );
}

function PlacementModal({ studentId, placement: p, onClose }: { studentId: number; placement: Placement | null; onClose(): void }) {
  const { t } = useTranslation('placements');
  const save = useApiMutation('placements.save', { notifyErrors: false });
  const initialValues: Draft = p
    ? (({ id: _i, companyName: _n, destinationSetByHand, createdAt: _c, updatedAt: _u, ...fields }) => ({
        ...fields,
        destination: destinationSetByHand ? fields.destination : null,
      }))(p)
    : { studentId, outcome: 'contract', companyId: null, industry: '', position: '', province: '', city: '', destination: null, relatedToMajor: true, startDate: null, monthlySalaryFen: null, contractKind: null, socialInsurance: false, channel: null, notes: '', version: null };
  const options = <C extends string>(codes: readonly C[], set: 'outcome' | 'destination' | 'contractKind' | 'channel') => codes.map((c) => ({ value: c, label: t(`${set}.${c}` as 'outcome.contract') }));
  return (
    <RecordFormModal<Draft>
      opened
      title={p ? t('placement.edit') : t('placement.record')}
      labels="placements"
      formKey={p ? `${p.id}-${p.version}` : 'new'}
      initialValues={initialValues}
      onClose={onClose}
      onSave={(values) => save.mutateAsync(values)}
    >
      {(form) => (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <SelectField form={form} name="outcome" required allowDeselect={false} data={options(OUTCOMES, 'outcome')} />
            <CompanyField form={form} name="companyId" label={t('placement.employer')} current={p && p.companyId !== null ? { id: p.companyId, name: p.companyName ?? '' } : null} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextField form={form} name="industry" />
            <TextField form={form} name="position" />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextField form={form} name="province" />
            <TextField form={form} name="city" />
            <SelectField form={form} name="destination" placeholder={t('placement.byCity')} data={options(DESTINATIONS, 'destination')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField form={form} name="startDate" />
            <MoneyField form={form} name="monthlySalaryFen" />
            <SelectField form={form} name="contractKind" data={options(CONTRACT_KINDS, 'contractKind')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <SelectField form={form} name="channel" data={options(CHANNELS, 'channel')} />
            <SwitchField form={form} name="relatedToMajor" mt="lg" />
            <SwitchField form={form} name="socialInsurance" mt="lg" />
          </SimpleGrid>
          <TextareaField form={form} name="notes" autosize minRows={1} />
        </>
      )}
    </RecordFormModal>
  );
}
