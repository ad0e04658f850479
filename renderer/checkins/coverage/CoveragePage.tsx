import { Group, Stack, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { addMonths } from '../../../electron/contract/schoolMonths';
import { useApi } from '../../api/hooks';
import { ExportButton } from '../../export/ExportButton';
import { currentLocale } from '../../i18n';
import { param, useUrlState } from '../../lists/urlState';
import { SummaryPrintButton } from '../../reports/checkins/SummaryPrintButton';
import { CheckinPages } from '../shared/CheckinPages';
import { thisMonth } from '../shared/months';
import { CoverageMonths } from './CoverageMonths';
import { OverdueList } from './OverdueList';
import { OVERDUE_GROUPINGS } from './overdueGroups';

/** `month`: another page's link to one month, which the range then ends with (so its groups show) and marks. */
const SCHEMA = { from: param.yearMonth(), to: param.yearMonth(), month: param.yearMonth(), by: param.oneOfOr(OVERDUE_GROUPINGS, 'counsellor') };

/** The range shown when the URL names none: the twelve months up to this one. */
const YEAR = 11;

/** `/checkins/coverage`: coverage month by month (table and chart, each figure opening its students), the students with overdue months, the printed summary. */
export function CoveragePage() {
  const { t } = useTranslation('checkinCoverage');
  const { current, update } = useUrlState(SCHEMA);
  const to = current.to ?? current.month ?? thisMonth();
  const from = current.from ?? addMonths(to, -YEAR);
  const coverage = useApi('checkins.coverage', { from, to });
  const fieldError = (field: string) => coverage.error?.fields.find((f) => f.field === field)?.message;
  const picker = (field: 'from' | 'to', value: string) => (
    <MonthPickerInput
      label={t(field)}
      value={`${value}-01`}
      maxDate={`${thisMonth()}-01`}
      valueFormat={currentLocale() === 'en' ? 'MMM YYYY' : 'YYYY年M月'}
      onChange={(v) => v && update({ [field]: v.slice(0, 7) })}
      error={fieldError(field)}
      w={140}
      data-testid={`coverage-${field}`}
    />
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Group gap="md">
          <Title order={3}>{t('title')}</Title>
          <CheckinPages />
        </Group>
        <Group gap="sm" align="flex-end">
          {picker('from', from)}
          {picker('to', to)}
          <ExportButton method="checkins.coverageExport" input={{ from, to }} count={coverage.data?.months.length} />
          <SummaryPrintButton month={to} />
        </Group>
      </Group>
      {coverage.data && <CoverageMonths coverage={coverage.data} month={current.month} />}
      <OverdueList by={current.by} onGroup={(by) => update({ by })} />
    </Stack>
  );
}
