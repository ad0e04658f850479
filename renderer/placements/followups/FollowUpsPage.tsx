import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DueFollowUp } from '../../../electron/contract/placementFollowUps';
import { useApi } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { RecordTable } from '../../records/RecordTable';
import { FollowUpModal } from './FollowUpModal';

/** 跟踪回访: the follow-ups due by today, oldest first, as the check-ins' overdue list is. */
export function FollowUpsPage() {
  const { t } = useTranslation('placements');
  const due = useApi('placementFollowUps.due', {});
  const canRecord = useCanCall('placementFollowUps.record');
  const [recording, setRecording] = useState<DueFollowUp | null>(null);
  return (
    <Stack>
      <div>
        <Title order={2}>{t('followUps.heading')}</Title>
        <Text size="sm" c="dimmed" maw={760}>
          {t('followUps.hint')}
        </Text>
      </div>
      {due.data?.length === 0 && <Text c="dimmed">{t('followUps.none')}</Text>}
      <RecordTable
        rowTestId="follow-up-due"
        rows={due.data?.map((d) => ({ ...d, id: d.placementId * 100 + d.point }))}
        error={due.error?.message}
        columns={[
          { key: 'due', header: t('followUps.dueOn'), nowrap: true, render: (d) => d.dueOn },
          { key: 'point', header: t('fields.point'), nowrap: true, render: (d) => t('followUps.months', { count: d.point }) },
          {
            key: 'name',
            header: t('followUps.student'),
            nowrap: true,
            render: (d) => (
              <Anchor component={Link} to={`/students/${d.studentId}?tab=placement`} size="sm">
                {d.studentName}
              </Anchor>
            ),
          },
          { key: 'class', header: t('followUps.class'), nowrap: true, render: (d) => d.className },
          { key: 'company', header: t('placement.employer'), fill: true, render: (d) => d.companyName },
          { key: 'start', header: t('followUps.start'), nowrap: true, render: (d) => d.startDate },
          { key: 'counsellor', header: t('followUps.counsellor'), nowrap: true, render: (d) => d.counsellorName },
        ]}
        actions={
          canRecord
            ? (d) => (
                <Button size="xs" variant="light" onClick={() => setRecording(d)} data-testid="record-follow-up">
                  {t('followUps.record')}
                </Button>
              )
            : undefined
        }
      />
      {recording && <FollowUpModal due={recording} onClose={() => setRecording(null)} />}
    </Stack>
  );
}
