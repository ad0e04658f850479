import { Button, Switch, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Student } from '../../../electron/contract/students';
import { reportPaths } from '../paths';
import { PrintDialog } from '../PrintDialog';

/** The student page's 打印登记表: whole numbers or not (for roles that have them), then print or preview. */
export function RegisterPrintButton({ student }: { student: Student }) {
  const { t } = useTranslation('reports');
  const [opened, setOpened] = useState(false);
  const [wholeIds, setWholeIds] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => setOpened(true)} data-testid="print-register">
        {t('register.button')}
      </Button>
      <PrintDialog
        title={t('register.dialogTitle', { name: student.name })}
        opened={opened}
        onClose={() => setOpened(false)}
        path={reportPaths.student(student.id, wholeIds && !student.sensitiveMasked)}
        fileName={`${t('register.title')}_${student.name}`}
      >
        <Text size="sm">{t('register.intro', { name: student.name })}</Text>
        {/* The backend sends masked numbers to roles that may not see them whole: nothing to ask them. */}
        {!student.sensitiveMasked && (
          <Switch
            label={t('register.wholeIds')}
            description={t('register.wholeIdsHint')}
            checked={wholeIds}
            onChange={(e) => setWholeIds(e.currentTarget.checked)}
            data-testid="register-whole-ids"
          />
        )}
      </PrintDialog>
    </>
  );
}
