import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TimelineCheckin } from '../../../electron/contract/followups';
import type { Student } from '../../../electron/contract/students';
import { useApi } from '../../api/hooks';
import { formatDateTime } from '../../format';
import { currentLocale } from '../../i18n';
import { Tag } from '../../ui/Tag';
import { formHref } from '../month/formHref';
import { RiskBadge } from '../shared/badges';
import { monthLabel } from '../shared/months';
import { RiskChart } from './RiskChart';

/** The student page's 月度监测 tab: risk and attendance over time, then every check-in, newest first, each opening its form. */
export function StudentCheckins({ student }: { student: Student }) {
  const { t } = useTranslation('checkins');
  const { t: tc } = useTranslation();
  const timeline = useApi('checkins.ofStudent', { studentId: student.id });
  if (!timeline.data) return <Text c="dimmed">{timeline.error?.message ?? tc('loading')}</Text>;
  if (timeline.data.length === 0) return <Text c="dimmed">{t('timeline.empty')}</Text>;
  const locale = currentLocale();

  return (
    <Stack gap="md">
      <Paper withBorder p="sm">
        <Title order={5} mb="xs">
          {t('timeline.chartTitle')}
        </Title>
        <RiskChart checkins={timeline.data} />
      </Paper>
      <Paper withBorder style={{ overflowX: 'auto' }}>
        <Table striped verticalSpacing={8} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('timeline.columns.month')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('timeline.columns.date')}</Table.Th>
              <Table.Th visibleFrom="md">{t('timeline.columns.method')}</Table.Th>
              <Table.Th>{t('timeline.columns.risk')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('timeline.columns.attendance')}</Table.Th>
              <Table.Th visibleFrom="md">{t('timeline.columns.help')}</Table.Th>
              <Table.Th>{t('timeline.columns.followUp')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {timeline.data.map((c) => (
              <Table.Tr key={c.id} data-testid="timeline-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component={Link} to={formHref(c.month, student.id)} size="sm" data-testid="timeline-open">
                    {monthLabel(c.month, locale)}
                  </Anchor>
                </Table.Td>
                <Table.Td visibleFrom="sm">{c.date}</Table.Td>
                <Table.Td visibleFrom="md">{t(`checkinMethod.${c.method}`)}</Table.Td>
                <Table.Td>
                  <RiskBadge risk={c.risk} />
                </Table.Td>
                <Table.Td visibleFrom="sm">{c.attendancePct === null ? '—' : `${c.attendancePct}%`}</Table.Td>
                <Table.Td visibleFrom="md">{helpText(c, (k) => t(`help.${k}`)) || '—'}</Table.Td>
                <Table.Td data-testid="timeline-followup">
                  <FollowUpCell checkin={c} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}

const helpText = (c: TimelineCheckin, label: (code: TimelineCheckin['help'][number]) => string) =>
  c.help.map((code) => (code === 'other' && c.helpOther ? c.helpOther : label(code))).join('、');

/** The follow-up with its state: to do (by when), overdue, or done by whom, when, and how it ended. */
function FollowUpCell({ checkin: c }: { checkin: TimelineCheckin }) {
  const { t } = useTranslation('checkins');
  if (!c.followUp) return <Text size="sm">—</Text>;
  const state = c.followUpDoneAt ? 'done' : c.overdue ? 'overdue' : 'open';
  return (
    <Stack gap={2}>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        <Tag color={{ done: 'teal', overdue: 'red', open: 'blue' }[state]} mr={6} data-state={state}>
          {t(`timeline.followUpState.${state}`)}
        </Tag>
        {c.followUp}
      </Text>
      {c.followUpDoneAt ? (
        <Text size="xs" c="dimmed">
          {t('timeline.doneBy', { name: c.followUpDoneByName ?? '—', at: formatDateTime(c.followUpDoneAt), outcome: c.followUpOutcome })}
        </Text>
      ) : (
        c.followUpDue && (
          <Text size="xs" c={c.overdue ? 'red.8' : 'dimmed'}>
            {t('followups.columns.due')} {c.followUpDue}
          </Text>
        )
      )}
    </Stack>
  );
}
