import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintMode } from '../../electron/backend/ipc/bridge';

/** In the desktop app main prints a report route from a hidden window; in a browser the preview page uses the browser's print. */
export const printsThroughDesktop = (): boolean => !!window.bangfu;

/**
 * Prints or saves a report route through the desktop app (main draws it in a hidden window), and
 * says how it went: the file a PDF went to, or why nothing was printed. A cancelled dialog is
 * no news.
 */
export function usePrintReport() {
  const { t } = useTranslation('reports');
  const [busy, setBusy] = useState<PrintMode | null>(null);
  const print = async (mode: PrintMode, path: string, fileName: string): Promise<boolean> => {
    if (!window.bangfu) return false;
    setBusy(mode);
    try {
      const outcome = await window.bangfu.print({ mode, path, fileName });
      if (outcome.ok && outcome.file) notifications.show({ color: 'teal', message: t('dialog.saved', { file: outcome.file }), autoClose: 8000 });
      if (!outcome.ok && outcome.reason === 'failed') {
        notifications.show({ color: 'red', message: t('dialog.failed', { message: outcome.message ?? '' }), autoClose: 10000 });
      }
      return outcome.ok;
    } finally {
      setBusy(null);
    }
  };
  return { print, busy };
}
