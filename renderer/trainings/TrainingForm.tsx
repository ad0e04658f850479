import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contract, InputOf } from '../../electron/contract';
import { chinaToday } from '../../electron/contract/dates';
import type { Training } from '../../electron/contract/trainings';
import { useApi, useApiMutation } from '../api/hooks';
import { DateField, NumberField, SelectField, SuggestField, TextareaField, TextField } from '../forms/fields';
import { RecordFormModal } from '../records/RecordFormModal';

type Input = InputOf<Contract['trainings.create']>;
/** The counts may still be empty while typing; the backend says what they must be. */
type Draft = Omit<Input, 'participants' | 'registeredParticipants'> & { participants: number | null; registeredParticipants: number | null };

/** Courses the programme often runs, offered while typing (as the office names them, whatever the UI language); any other may be typed. */
const COMMON_COURSES = ['电工', '焊工', '中式烹调', '中式面点', '电子商务', '家政服务', '养老护理', '育婴员', '汽车维修', '农业实用技术'];

function blank(): Draft {
  const today = chinaToday(new Date());
  return { course: '', startDate: today, endDate: today, region: '', projectId: null, participants: null, registeredParticipants: null, organiser: '', notes: '' };
}

/** 新建 or edit one course; `regions` are those already written, offered so one place is written one way. */
export function TrainingForm({ training, regions, onClose }: { training: Training | null; regions: string[]; onClose(): void }) {
  const { t } = useTranslation('trainings');
  const projects = useApi('projects.list', {});
  const create = useApiMutation('trainings.create', { notifyErrors: false });
  const update = useApiMutation('trainings.update', { notifyErrors: false });
  const initialValues: Draft = training
    ? (({ id: _i, projectName: _p, createdAt: _c, updatedAt: _u, version: _v, ...fields }) => fields)(training)
    : blank();
  return (
    <RecordFormModal<Draft>
      opened
      title={training ? t('edit') : t('create')}
      labels="trainings"
      formKey={training ? `${training.id}-${training.version}` : 'new'}
      initialValues={initialValues}
      onClose={onClose}
      onSave={(values) => {
        const input = { ...values, participants: values.participants ?? 0, registeredParticipants: values.registeredParticipants ?? 0 };
        return training ? update.mutateAsync({ ...input, id: training.id, version: training.version }) : create.mutateAsync(input);
      }}
    >
      {(form) => (
        <>
          <SuggestField form={form} name="course" required data={COMMON_COURSES} data-autofocus />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField form={form} name="startDate" required />
            <DateField form={form} name="endDate" required />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <SuggestField form={form} name="region" required data={regions} />
            <SelectField
              form={form}
              name="projectId"
              placeholder={t('noProjectHint')}
              data={(projects.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberField form={form} name="participants" required min={1} />
            <NumberField form={form} name="registeredParticipants" required min={0} />
          </SimpleGrid>
          <TextField form={form} name="organiser" />
          <TextareaField form={form} name="notes" minRows={2} />
        </>
      )}
    </RecordFormModal>
  );
}
