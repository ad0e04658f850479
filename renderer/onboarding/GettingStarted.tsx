import { Anchor, Button, CloseButton, Group, Paper, Progress, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconCircleDashed } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/hooks';
import { canRoleCall } from '../auth/permissions';
import { useCurrentUser, useSchoolName } from '../auth/session';
import { setupSteps, type SetupStep } from './setupSteps';

const STORAGE_KEY = 'bangfu.gettingStarted';
/** 'open': shown unfinished on this PC, so it stays until dismissed; 'dismissed': never again. */
type Seen = 'open' | 'dismissed' | null;

function readSeen(): Seen {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'open' || v === 'dismissed' ? v : null;
  } catch {
    return null;
  }
}
function writeSeen(v: Exclude<Seen, null>): void {
  try {
    localStorage.setItem(STORAGE_KEY, v);
  } catch {
    // Private mode: the card simply shows again next time.
  }
}

/**
 * 开始使用: on the home page for the roles that set the system up, a checklist of what a new
 * install needs, each step ticked once done and linked to where it is done. It stays until
 * dismissed after the last tick; an install that was already complete never shows it.
 */
export function GettingStarted() {
  const [seen, setSeen] = useState(readSeen);
  const role = useCurrentUser().role;
  if (seen === 'dismissed' || !canRoleCall(role, 'projects.create')) return null;
  return (
    <Checklist
      seen={seen}
      onSeen={() => {
        writeSeen('open');
        setSeen('open');
      }}
      onDismiss={() => {
        writeSeen('dismissed');
        setSeen('dismissed');
      }}
    />
  );
}

function Checklist({ seen, onSeen, onDismiss }: { seen: Seen; onSeen(): void; onDismiss(): void }) {
  const { t } = useTranslation();
  const role = useCurrentUser().role;
  const steps = useSetupSteps()?.filter((s) => canRoleCall(role, s.method));
  const done = steps?.filter((s) => s.done).length ?? 0;
  const allDone = steps !== undefined && done === steps.length;
  const unfinished = steps !== undefined && !allDone;
  useEffect(() => {
    if (unfinished && seen !== 'open') onSeen();
  }, [unfinished, seen, onSeen]);
  if (!steps || (allDone && seen !== 'open')) return null;
  return (
    <Paper withBorder p="md" bg={allDone ? 'teal.0' : 'blue.0'} data-testid="getting-started">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Title order={5}>{t('gettingStarted.title')}</Title>
          <Text size="sm" c="dimmed">
            {allDone ? t('gettingStarted.allDone') : t('gettingStarted.intro')}
          </Text>
        </Stack>
        {allDone && <CloseButton onClick={onDismiss} aria-label={t('gettingStarted.dismiss')} />}
      </Group>
      <Progress value={(done / steps.length) * 100} size="sm" my="sm" color="teal" aria-label={t('gettingStarted.progress', { done, total: steps.length })} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="xs">
        {steps.map((step) => (
          <StepRow key={step.key} step={step} />
        ))}
      </SimpleGrid>
      {allDone && (
        <Group justify="flex-end" mt="sm">
          <Button size="xs" variant="light" onClick={onDismiss} data-testid="getting-started-dismiss">
            {t('gettingStarted.dismiss')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}

function StepRow({ step }: { step: SetupStep }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" data-testid={`setup-step-${step.key}`} data-done={step.done}>
      <ThemeIcon size={22} radius="xl" color={step.done ? 'teal' : 'gray'} variant={step.done ? 'filled' : 'light'}>
        {step.done ? <IconCheck size={14} /> : <IconCircleDashed size={14} />}
      </ThemeIcon>
      <div>
        <Anchor component={Link} to={step.to} size="sm" fw={500} c={step.done ? 'dimmed' : undefined} td={step.done ? 'line-through' : undefined}>
          {t(`gettingStarted.steps.${step.key}.label`)}
        </Anchor>
        {!step.done && (
          <Text size="xs" c="dimmed">
            {t(`gettingStarted.steps.${step.key}.hint`)}
          </Text>
        )}
      </div>
    </Group>
  );
}

/** The steps from what exists now; undefined until every count is known (no flash of unticked steps). */
function useSetupSteps(): SetupStep[] | undefined {
  const schoolName = useSchoolName();
  const projects = useApi('projects.list', {}).data;
  const cohorts = useApi('cohorts.list', {}).data;
  const majors = useApi('majors.list', {}).data;
  const classes = useApi('classes.list', {}).data;
  const counsellors = useApi('users.options', { role: 'counsellor' }).data;
  const students = useApi('students.list', { pageSize: 1 }).data;
  if (!projects || !cohorts || !majors || !classes || !counsellors || !students) return undefined;
  return setupSteps({
    schoolName,
    projects: projects.length,
    cohorts: cohorts.length,
    majors: majors.length,
    classes: classes.length,
    counsellors: counsellors.length,
    students: students.total,
  });
}
