import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { submissionPrintPath } from '../../reports/progressSubmission/path';
import type { Picked } from '../progress/FigureDrawer';
import { MoneyTables } from '../progress/MoneyTables';
import { ProgressTable } from '../progress/ProgressTable';
import { FrozenDrawer } from './FrozenDrawer';
import { SentPdf } from './SentPdf';
import { sentAt } from './sentAt';
import { SubmitButton } from './SubmitButton';
import { differenceKey, TodayMark } from './TodayMark';

/**
 * One submission as sent: the table exactly as frozen (read-only), today's value beside each number
 * that would differ now, and a click on a number lists who was behind it then and what changed since.
 */
export function SubmissionPage() {
  const { t } = useTranslation('submissions');
  const id = Number(useParams().id);
  const detail = useApi('reports.submission', { id }, { staleTime: 0 });
  const canSubmit = useCanCall('reports.submit');
  const [picked, setPicked] = useState<Picked | null>(null);
  const data = detail.data;
  const differences = useMemo(() => new Map(data?.differences.map((d) => [differenceKey(d.projectId, d.column), d])), [data]);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Anchor component={Link} to="/reporting/submissions" size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} />
            {t('detail.back')}
          </Group>
        </Anchor>
        {data && (
          <Group gap="sm">
            {canSubmit && data.supersededBy === null && (
              <SubmitButton period={data} supersedes={data} label={t('detail.supersede')} variant="default" />
            )}
            <Button component={Link} to={submissionPrintPath(data.id)} leftSection={<IconPrinter size={16} />} data-testid="submission-print">
              {t('detail.print')}
            </Button>
          </Group>
        )}
      </Group>
      {detail.error && <Text c="red">{detail.error.message}</Text>}
      {data && (
        <>
          <Title order={2}>{t('detail.title', { year: data.year, id: data.id })}</Title>
          <Paper withBorder p="sm">
            <Stack gap={4}>
              <Text fw={600} data-testid="submission-sent">
                {t('detail.sent', { at: sentAt(data.submittedAt), recipient: data.recipient, by: data.submittedBy })}
              </Text>
              <Text size="sm">{t('period', { from: data.from, to: data.to })}</Text>
              {data.note && <Text size="sm">{t('detail.note', { note: data.note })}</Text>}
              {data.supersedes !== null && <Text size="sm">{t('supersedes', { id: data.supersedes, reason: data.supersedeReason })}</Text>}
              {data.supersededBy !== null && (
                <Anchor component={Link} to={`/reporting/submissions/${data.supersededBy}`} size="sm">
                  {t('superseded', { id: data.supersededBy })}
                </Anchor>
              )}
              <Text size="xs" c="dimmed" ff="monospace">
                SHA-256 {data.sha256}
              </Text>
            </Stack>
          </Paper>
          <SentPdf id={data.id} pdf={data.pdf} />
          {!data.intact && (
            <Alert color="red" data-testid="submission-broken">
              {t('detail.broken')}
            </Alert>
          )}
          <Group gap="sm">
            <Badge size="lg" color={data.differences.length ? 'orange' : 'teal'} variant="light" style={{ textTransform: 'none' }} data-testid="submission-differences">
              {data.differences.length ? t('detail.differences', { count: data.differences.length }) : t('detail.same')}
            </Badge>
            <Text size="sm" c="dimmed">
              {t('detail.hint')}
            </Text>
          </Group>
          <ProgressTable
            report={data.report}
            columns={data.columns}
            onPick={setPicked}
            mark={(row, column) => <TodayMark column={column} difference={differences.get(differenceKey(row.projectId, column))} />}
          />
          <Title order={5}>{t('detail.money')}</Title>
          <MoneyTables report={data.report} onPick={setPicked} />
        </>
      )}
      <FrozenDrawer id={id} picked={picked} onClose={() => setPicked(null)} />
    </Stack>
  );
}
