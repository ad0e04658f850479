import { Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { reportPaths } from '../paths';
import { PrintDialog } from '../PrintDialog';

type Paper = 'sheet' | 'summary' | 'notice';

const PATHS: Record<Paper, (id: number) => string> = {
  sheet: reportPaths.allowanceSheet,
  summary: reportPaths.allowanceSummary,
  notice: reportPaths.allowanceNotice,
};

/**
 * The batch page's 打印: the 发放表, the 发放汇总表 and, for a policy with public notice, the 公示名单;
 * each then printed or previewed as the other reports are.
 */
export function BatchPrintButtons({ batchId, noticeDays }: { batchId: number; noticeDays: number }) {
  const { t } = useTranslation('allowances');
  const [paper, setPaper] = useState<Paper | null>(null);
  // Kept while the dialog closes, so its text does not vanish during the animation.
  const [shown, setShown] = useState<Paper>('sheet');
  // The batch page has read it already: the name a saved PDF is offered under comes from the cache.
  const batch = useApi('allowances.batch', { id: batchId }).data;
  const papers: Paper[] = noticeDays > 0 ? ['sheet', 'summary', 'notice'] : ['sheet', 'summary'];
  const open = (p: Paper) => {
    setShown(p);
    setPaper(p);
  };
  const title = t(`sheets.${shown}.title`, { policy: batch?.policyName ?? '' });

  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" leftSection={<IconPrinter size={16} />} rightSection={<IconChevronDown size={14} />} data-testid="print-batch">
            {t('sheets.print')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {papers.map((p) => (
            <Menu.Item key={p} onClick={() => open(p)} data-testid={`print-batch-${p}`}>
              {t(`sheets.${p}.menu`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <PrintDialog
        title={t(`sheets.${shown}.menu`)}
        opened={paper !== null}
        onClose={() => setPaper(null)}
        path={PATHS[shown](batchId)}
        fileName={batch ? t('sheets.fileName', { title, batchNo: batch.batchNo }) : title}
      >
        <Text size="sm">{t(`sheets.${shown}.intro`)}</Text>
      </PrintDialog>
    </>
  );
}
