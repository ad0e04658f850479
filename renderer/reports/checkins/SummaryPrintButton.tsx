import { Button, Text } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { monthLabel, thisMonth } from '../../checkins/shared/months';
import { currentLocale } from '../../i18n';
import { reportPaths } from '../paths';
import { PrintDialog } from '../PrintDialog';

/** 打印月度监测汇总 on the coverage page: which month (the page's last, unless another is chosen), then print or preview. */
export function SummaryPrintButton({ month }: { month: string }) {
  const { t } = useTranslation('checkinCoverage');
  const [opened, setOpened] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const printed = chosen ?? month;
  return (
    <>
      <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => setOpened(true)} data-testid="print-summary">
        {t('print')}
      </Button>
      <PrintDialog
        title={t('print')}
        opened={opened}
        onClose={() => setOpened(false)}
        path={reportPaths.checkinSummary(printed)}
        fileName={`${t('summary.title')}_${printed}`}
      >
        <MonthPickerInput
          label={t('summary.month')}
          value={`${printed}-01`}
          maxDate={`${thisMonth()}-01`}
          valueFormat={currentLocale() === 'en' ? 'MMM YYYY' : 'YYYY年M月'}
          onChange={(v) => v && setChosen(v.slice(0, 7))}
          w={160}
          data-testid="summary-month"
        />
        <Text size="sm">{t('summary.intro', { month: monthLabel(printed, currentLocale()) })}</Text>
      </PrintDialog>
    </>
  );
}
