import { Button, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SubmissionSummary } from '../../../electron/contract/reportingSubmissions';
import { useApiMutation } from '../../api/hooks';
import { TextareaField, TextField } from '../../forms/fields';
import { RecordFormModal } from '../../records/RecordFormModal';

interface Draft {
  recipient: string;
  note: string;
  supersedeReason: string;
}

/** The authorities the office reports to most; any other may be typed. */
const DEFAULT_RECIPIENT = '省人社厅';

/**
 * 提交报送: freezes a period's report as it stands, sent to whom and why; or, from a submission
 * sent wrongly, sends its period again in its place with the reason. Opens the frozen report after.
 */
export function SubmitButton({
  period,
  supersedes,
  label,
  variant,
}: {
  period: { year: number; from: string; to: string };
  supersedes?: SubmissionSummary;
  label?: string;
  variant?: 'default' | 'filled';
}) {
  const { t } = useTranslation('submissions');
  const navigate = useNavigate();
  const submit = useApiMutation('reports.submit', { notifyErrors: false });
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant={variant ?? 'filled'} leftSection={<IconSend size={16} />} onClick={() => setOpened(true)} data-testid="submission-submit">
        {label ?? t('submit.button')}
      </Button>
      <RecordFormModal<Draft>
        opened={opened}
        title={supersedes ? t('submit.supersedeTitle', { id: supersedes.id }) : t('submit.title', { year: period.year })}
        labels="submissions"
        formKey={`${period.year}-${period.from}-${period.to}-${supersedes?.id ?? ''}`}
        initialValues={{ recipient: supersedes?.recipient ?? DEFAULT_RECIPIENT, note: '', supersedeReason: '' }}
        onClose={() => setOpened(false)}
        saveLabel={t('submit.save')}
        savedMessage={t('submit.done')}
        onSave={async (values) => {
          const sent = await submit.mutateAsync({
            ...period,
            recipient: values.recipient,
            note: values.note,
            supersedes: supersedes?.id ?? null,
            supersedeReason: supersedes ? values.supersedeReason : '',
          });
          navigate(`/reporting/submissions/${sent.id}`);
        }}
      >
        {(form) => (
          <>
            <Text size="sm">{t('submit.intro', { from: period.from, to: period.to })}</Text>
            <TextField form={form} name="recipient" required data-autofocus />
            {supersedes && <TextField form={form} name="supersedeReason" required />}
            <TextareaField form={form} name="note" minRows={2} />
          </>
        )}
      </RecordFormModal>
    </>
  );
}
