import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MissingGroups as Missing } from '../../../electron/contract/importStudents';
import { MissingPanel } from '../wizard/MissingPanel';

export const anyMissing = (m: Missing) => m.cohorts.length + m.majors.length + m.classes.length > 0;

/** The cohorts, majors and classes the file names that the register lacks, with the choice to make them in the same step. */
export function MissingGroups({ missing, ...choice }: { missing: Missing; create: boolean; onCreate: (create: boolean) => void; busy: boolean }) {
  const { t } = useTranslation('imports');
  const join = (names: string[]) => names.join(t('preview.listJoiner'));
  const lines = [
    { key: 'cohorts', label: t('preview.missingCohorts'), names: missing.cohorts.map((c) => t('preview.cohort', { project: c.project, name: c.name })) },
    { key: 'majors', label: t('preview.missingMajors'), names: missing.majors },
    { key: 'classes', label: t('preview.missingClasses'), names: missing.classes.map((c) => t('preview.klass', { name: c.name, cohort: c.cohort })) },
  ].filter((l) => l.names.length > 0);
  return (
    <MissingPanel title={t('preview.missingTitle')} intro={t('preview.missingIntro')} createLabel={t('preview.createMissing')} {...choice}>
      {lines.map((l) => (
        <Text key={l.key} size="sm">
          <Text span fw={500}>
            {l.label}
          </Text>
          {join(l.names)}
        </Text>
      ))}
    </MissingPanel>
  );
}
