import { Button, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DOSSIER_MAX } from '../../../electron/contract/dossiers';
import type { Student } from '../../../electron/contract/students';
import { useApi } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { reportPaths } from '../paths';
import { PrintDialog } from '../PrintDialog';

interface DialogButtonProps {
  label: string;
  title: string;
  /** null: nothing to print (too many students) */
  path: string | null;
  fileName: string;
  testId: string;
  disabled?: boolean;
  children: ReactNode;
}

function DossierDialogButton(props: DialogButtonProps) {
  const { t } = useTranslation('dossier');
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => setOpened(true)} disabled={props.disabled} data-testid={props.testId}>
        {props.label}
      </Button>
      <PrintDialog title={props.title} opened={opened} onClose={() => setOpened(false)} path={props.path} fileName={props.fileName}>
        {props.children}
        <Text size="sm" c="dimmed">
          {t('masked')}
        </Text>
      </PrintDialog>
    </>
  );
}

/** The student page's 打印个人档案, for the roles that read every part of it. */
export function DossierPrintButton({ student }: { student: Student }) {
  const { t } = useTranslation('dossier');
  if (!useCanCall('dossiers.get')) return null;
  return (
    <DossierDialogButton
      label={t('button')}
      title={t('dialogTitle', { name: student.name })}
      path={reportPaths.dossier({ ids: [student.id] })}
      fileName={`${t('title')}_${student.name}`}
      testId="print-dossier"
    >
      <Text size="sm">{t('intro', { name: student.name })}</Text>
    </DossierDialogButton>
  );
}

/**
 * The register's 打印本班个人档案 once it is filtered to one class: the whole class as the caller
 * reaches it (a counsellor their own students of it), whatever else the list is filtered by.
 */
export function ClassDossierButton({ classId }: { classId: number | null }) {
  const canPrint = useCanCall('dossiers.get');
  return canPrint && classId !== null ? <ClassButton classId={classId} /> : null;
}

function ClassButton({ classId }: { classId: number }) {
  const { t } = useTranslation('dossier');
  const whole = useApi('students.list', { classId, sort: 'name', dir: 'asc', pageSize: 1 }).data;
  const className = whole?.rows[0]?.className ?? '';
  const count = whole?.total ?? 0;
  const tooMany = count > DOSSIER_MAX;
  return (
    <DossierDialogButton
      label={t('classButton')}
      title={t('classDialogTitle', { className })}
      path={tooMany ? null : reportPaths.dossier({ classId })}
      fileName={`${t('title')}_${className}`}
      testId="print-class-dossiers"
      disabled={count === 0}
    >
      <Text size="sm">{t('classIntro', { className, count })}</Text>
      {tooMany && (
        <Text size="sm" c="red">
          {t('classTooMany', { max: DOSSIER_MAX })}
        </Text>
      )}
    </DossierDialogButton>
  );
}
