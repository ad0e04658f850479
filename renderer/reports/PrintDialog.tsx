import { Button, Group, Modal, Stack } from '@mantine/core';
import { IconEye, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { printsThroughDesktop, usePrintReport } from './usePrintReport';

interface PrintDialogProps {
  title: string;
  opened: boolean;
  onClose: () => void;
  /** the report route for the options chosen, or null while they cannot be printed */
  path: string | null;
  /** suggested for a saved PDF */
  fileName: string;
  /** what may be chosen before printing (columns, whole numbers…) */
  children: ReactNode;
}

/**
 * The options of a report, then where it goes. In the desktop app: printed through the system
 * dialog or saved as a PDF straight away, or previewed first; in a browser: its preview page,
 * which prints with the browser's print.
 */
export function PrintDialog({ title, opened, onClose, path, fileName, children }: PrintDialogProps) {
  const { t } = useTranslation('reports');
  const navigate = useNavigate();
  const { print, busy } = usePrintReport();
  const desktop = printsThroughDesktop();
  const preview = () => path && navigate(path);
  const send = async (mode: 'print' | 'pdf') => {
    if (path && (await print(mode, path, fileName))) onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" data-testid="print-dialog">
      <Stack gap="md">
        {children}
        <Group justify="flex-end" gap="xs">
          {desktop ? (
            <>
              <Button variant="default" leftSection={<IconEye size={16} />} disabled={!path} onClick={preview} data-testid="print-preview">
                {t('dialog.previewDesktop')}
              </Button>
              <Button
                variant="default"
                leftSection={<IconFileTypePdf size={16} />}
                disabled={!path || (busy !== null && busy !== 'pdf')}
                loading={busy === 'pdf'}
                onClick={() => void send('pdf')}
                data-testid="print-pdf"
              >
                {t('toolbar.savePdf')}
              </Button>
              <Button
                leftSection={<IconPrinter size={16} />}
                disabled={!path || (busy !== null && busy !== 'print')}
                loading={busy === 'print'}
                onClick={() => void send('print')}
                data-testid="print-send"
              >
                {t('toolbar.printDesktop')}
              </Button>
            </>
          ) : (
            <Button leftSection={<IconPrinter size={16} />} disabled={!path} onClick={preview} data-testid="print-preview">
              {t('dialog.preview')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
