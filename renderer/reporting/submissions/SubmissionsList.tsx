import { Anchor, Badge, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { chinaToday } from '../../../electron/contract/dates';
import type { SubmissionSummary } from '../../../electron/contract/reportingSubmissions';
import { useApi } from '../../api/hooks';
import { RecordTable } from '../../records/RecordTable';
import { sentAt } from './sentAt';

/** The first year offered: the programme began reporting in 2013. */
const FIRST_YEAR = 2013;

/** 已报送: every report sent, newest first, of a year or all; one sent wrongly shows what replaced it. */
export function SubmissionsList() {
  const { t } = useTranslation('submissions');
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || null;
  const list = useApi('reports.submissions', { year }, { staleTime: 0 });
  const thisYear = Number(chinaToday(new Date()).slice(0, 4));
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => String(thisYear - i));
  const state = (s: SubmissionSummary) =>
    s.supersededBy === null ? (
      <Badge color="teal" variant="light">
        {t('current')}
      </Badge>
    ) : (
      <Badge color="gray" variant="light">
        {t('superseded', { id: s.supersededBy })}
      </Badge>
    );
  return (
    <Stack gap="md">
      <Title order={2}>{t('title')}</Title>
      <Text size="sm" c="dimmed" maw={820}>
        {t('intro')}
      </Text>
      <Select
        w={140}
        label={t('columns.year')}
        value={year === null ? '' : String(year)}
        onChange={(v) => setParams(v ? { year: v } : {}, { replace: true })}
        data={[{ value: '', label: t('allYears') }, ...years.map((y) => ({ value: y, label: t('yearOption', { year: y }) }))]}
        data-testid="submissions-year"
      />
      {list.data?.length === 0 ? (
        <Text c="dimmed" data-testid="submissions-empty">
          {t('empty')}
        </Text>
      ) : (
        <RecordTable<SubmissionSummary>
          rowTestId="submission-row"
          rows={list.data}
          error={list.error?.message}
          columns={[
            {
              key: 'no',
              header: t('columns.no'),
              nowrap: true,
              render: (s) => (
                <Anchor component={Link} to={`/reporting/submissions/${s.id}`} size="sm">
                  {t('no', { id: s.id })}
                </Anchor>
              ),
            },
            { key: 'year', header: t('columns.year'), nowrap: true, render: (s) => t('yearOption', { year: s.year }) },
            { key: 'period', header: t('columns.period'), nowrap: true, render: (s) => t('period', { from: s.from, to: s.to }) },
            { key: 'recipient', header: t('columns.recipient'), nowrap: true, render: (s) => s.recipient },
            { key: 'by', header: t('columns.by'), nowrap: true, render: (s) => s.submittedBy },
            { key: 'at', header: t('columns.at'), nowrap: true, render: (s) => sentAt(s.submittedAt) },
            {
              key: 'state',
              header: t('columns.state'),
              fill: true,
              render: (s) => (
                <Stack gap={2}>
                  {state(s)}
                  {s.supersedes !== null && (
                    <Text size="xs" c="dimmed">
                      {t('supersedes', { id: s.supersedes, reason: s.supersedeReason })}
                    </Text>
                  )}
                </Stack>
              ),
            },
          ]}
        />
      )}
    </Stack>
  );
}
