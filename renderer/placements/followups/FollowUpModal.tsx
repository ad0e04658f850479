import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DueFollowUp } from '../../../electron/contract/placementFollowUps';
import { chinaToday } from '../../../electron/contract/dates';
import { useApiMutation } from '../../api/hooks';
import { DateField, MoneyField, SwitchField, TextareaField, TextField } from '../../forms/fields';
import { RecordFormModal } from '../../records/RecordFormModal';
import { CompanyField } from '../companies/CompanyField';

type Draft = {
  doneOn: string;
  stillEmployed: boolean;
  sameEmployer: boolean;
  companyId: number | null;
  monthlySalaryFen: number | null;
  changeReason: string;
  notes: string;
};

/** One follow-up as asked: still employed, by the same employer, for how much; a change of job and why. */
export function FollowUpModal({ due, onClose }: { due: DueFollowUp; onClose(): void }) {
  const { t } = useTranslation('placements');
  const record = useApiMutation('placementFollowUps.record', { notifyErrors: false });
  return (
    <RecordFormModal<Draft>
      opened
      labels="placements"
      title={t('followUps.title', { name: due.studentName, months: due.point })}
      formKey={`${due.placementId}-${due.point}`}
      initialValues={{ doneOn: chinaToday(new Date()), stillEmployed: true, sameEmployer: true, companyId: null, monthlySalaryFen: null, changeReason: '', notes: '' }}
      savedMessage={t('followUps.saved')}
      onClose={onClose}
      onSave={(v) => record.mutateAsync({ ...v, placementId: due.placementId, point: due.point })}
    >
      {(form) => {
        const { stillEmployed, sameEmployer } = form.getValues();
        return (
          <>
            <Text size="sm" c="dimmed">
              {t('followUps.started', { company: due.companyName ?? '—', date: due.startDate })}
            </Text>
            <DateField form={form} name="doneOn" required data-autofocus />
            <SwitchField form={form} name="stillEmployed" />
            {stillEmployed && <SwitchField form={form} name="sameEmployer" />}
            {stillEmployed && !sameEmployer && <CompanyField form={form} name="companyId" label={t('followUps.newEmployer')} />}
            {stillEmployed && <MoneyField form={form} name="monthlySalaryFen" />}
            {(!stillEmployed || !sameEmployer) && <TextField form={form} name="changeReason" />}
            <TextareaField form={form} name="notes" autosize minRows={2} />
          </>
        );
      }}
    </RecordFormModal>
  );
}
