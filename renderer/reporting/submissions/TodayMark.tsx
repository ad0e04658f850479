import { Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRateColumn, type ProgressColumnKey } from '../../../electron/contract/reportingColumns';
import type { SubmissionDifference } from '../../../electron/contract/reportingSubmissions';
import { figureText } from '../progress/progressColumns';

/** Where a row's number is found among the differences. */
export const differenceKey = (projectId: number | null, column: string) => `${projectId ?? 'total'}:${column}`;

const todayText = (column: ProgressColumnKey, value: number | null) =>
  value === null ? '—' : isRateColumn(column) ? `${value.toFixed(1)}%` : figureText(column, value);

/** The orange 今日 mark (a badge would cut its number short in a narrow column) beside a frozen number the register would give differently today. */
export function TodayMark({ difference, column }: { difference: SubmissionDifference | undefined; column: ProgressColumnKey }) {
  const { t } = useTranslation('submissions');
  if (!difference) return null;
  const value = todayText(column, difference.today);
  return (
    <Tooltip label={t('detail.todayHint', { value })} withArrow>
      <Text
        size="xs"
        fw={600}
        c="orange.9"
        bg="orange.1"
        px={4}
        mt={2}
        style={{ whiteSpace: 'nowrap', borderRadius: 4, display: 'inline-block' }}
        data-testid="today-badge"
        data-column={column}
      >
        {t('detail.today', { value })}
      </Text>
    </Tooltip>
  );
}
