import { Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClassOverview } from '../../../electron/contract/overview';
import { useApi } from '../../api/hooks';
import { useCurrentUser } from '../../auth/session';
import { CountLink, CountsByStatus, StatusBar, formatCount, sumOf } from './counts';

/** 我的班级: a counsellor's classes, each with its students by status, each number opening the register at them. */
export function MyClassesCard() {
  const { t } = useTranslation('overview');
  const classes = useApi('students.myClasses', {}).data;
  if (!classes)
    return (
      <Center h={120}>
        <Loader size="sm" />
      </Center>
    );
  const total = classes.reduce((sum, c) => sum + sumOf(c.counts), 0);
  return (
    <Stack gap="md">
      <Group gap="sm" align="baseline">
        <Title order={4}>{t('classes.title')}</Title>
        <Text size="sm" c="dimmed" data-testid="my-classes-total">
          {t('total', { n: formatCount(total) })}
        </Text>
      </Group>
      {classes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('classes.empty')}
        </Text>
      ) : (
        <div style={{ containerType: 'inline-size' }}>
          <SimpleGrid type="container" cols={{ base: 1, '600px': 2, '960px': 3 }} spacing="md">
            {classes.map((c) => (
              <ClassTile key={c.id ?? 'unplaced'} klass={c} />
            ))}
          </SimpleGrid>
        </div>
      )}
    </Stack>
  );
}

function ClassTile({ klass }: { klass: ClassOverview }) {
  const { t } = useTranslation('overview');
  const me = useCurrentUser().id;
  const testId = `class-${klass.id ?? 'unplaced'}`;
  // The register has no filter for "no class": those students are counted, not linked.
  const filter = klass.id === null ? null : { classId: klass.id };
  const placement = [klass.projectName, klass.cohortName, klass.majorName].filter(Boolean).join(' · ');
  // Named only when it is someone else: a class the counsellor heads is theirs without saying.
  const headTeacher = klass.headTeacherId !== me && klass.headTeacherName && t('classes.headTeacher', { name: klass.headTeacherName });
  return (
    <Paper withBorder radius="md" p="sm" data-testid={testId}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="baseline">
          <Text fw={600} truncate="end" title={klass.name ?? undefined}>
            {klass.name ?? t('classes.unplaced')}
          </Text>
          <CountLink count={sumOf(klass.counts)} filter={filter} fw={700} testId={`${testId}-total`} />
        </Group>
        <Text size="xs" c="dimmed" lineClamp={2}>
          {klass.id === null ? t('classes.unplacedHint') : [placement, headTeacher].filter(Boolean).join('　')}
        </Text>
        {sumOf(klass.counts) > 0 && <StatusBar counts={klass.counts} />}
        <CountsByStatus counts={klass.counts} filter={filter} size="sm" testId={testId} />
      </Stack>
    </Paper>
  );
}
