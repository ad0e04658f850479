import { Button } from '@mantine/core';
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PrintMode } from '../../../electron/backend/ipc/bridge';
import type { ProgressInput } from '../../../electron/contract/reporting';
import { progressPrintPath } from '../../reporting/progress/progressParams';
import { printsThroughDesktop, usePrintReport } from '../usePrintReport';

/**
 * 打印 and 导出PDF of the 进展情况表 for the period shown. The desktop app prints or saves it
 * straight away; a browser opens its preview, whose print saves a PDF too.
 */
export function ProgressPrintButtons({ period }: { period: ProgressInput }) {
  const { t } = useTranslation('reporting');
  const navigate = useNavigate();
  const { print, busy } = usePrintReport();
  const path = progressPrintPath(period);
  const fileName = t('progressOutput.fileName', { title: t('progress.title'), year: period.year });
  const send = (mode: PrintMode) => (printsThroughDesktop() ? void print(mode, path, fileName) : navigate(path));
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconPrinter size={16} />}
        loading={busy === 'print'}
        disabled={busy === 'pdf'}
        onClick={() => send('print')}
        data-testid="progress-print"
      >
        {t('progressOutput.print')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconFileTypePdf size={16} />}
        loading={busy === 'pdf'}
        disabled={busy === 'print'}
        onClick={() => send('pdf')}
        data-testid="progress-pdf"
      >
        {t('progressOutput.pdf')}
      </Button>
    </>
  );
}
