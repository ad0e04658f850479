import { Checkbox, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MissingGroups as Missing } from '../../../electron/contract/importStudents';

export const anyMissing = (m: Missing) => m.cohorts.length + m.majors.length + m.classes.length > 0;

/** The cohorts, majors and classes the file names that the register lacks, with the choice to make them in the same step. */
export function MissingGroups({ missing, create, onCreate, busy }: { missing: Missing; create: boolean; onCreate: (create: boolean) => void; busy: boolean }) {
  const { t } = useTranslation('imports');
  const join = (names: string[]) => names.join(t('preview.listJoiner'));
  const lines = [
    { key: 'cohorts', label: t('preview.missingCohorts'), names: missing.cohorts.map((c) => t('preview.cohort', { project: c.project, name: c.name })) },
    { key: 'majors', label: t('preview.missingMajors'), names: missing.majors },
    { key: 'classes', label: t('preview.missingClasses'), names: missing.classes.map((c) => t('preview.klass', { name: c.name, cohort: c.cohort })) },
  ].filter((l) => l.names.length > 0);
  return (
    <Paper withBorder p="sm" bg="yellow.0" data-testid="preview-missing">
      <Stack gap={6}>
        <Title order={5}>{t('preview.missingTitle')}</Title>
        <Text size="sm" c="dimmed">
          {t('preview.missingIntro')}
        </Text>
        {lines.map((l) => (
          <Text key={l.key} size="sm">
            <Text span fw={500}>
              {l.label}
            </Text>
            {join(l.names)}
          </Text>
        ))}
        <Checkbox
          mt={4}
          label={t('preview.createMissing')}
          checked={create}
          disabled={busy}
          onChange={(e) => onCreate(e.currentTarget.checked)}
          data-testid="preview-create-missing"
        />
      </Stack>
    </Paper>
  );
}
