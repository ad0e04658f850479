import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { chinaToday } from '../../../electron/contract/dates';
import { useApi } from '../../api/hooks';
import { yuan } from '../../format';
import { percentText } from '../dashboard/figures';
import { TargetMark } from '../dashboard/TargetMark';

function Figure({ label, value, testId, children }: { label: string; value: string; testId: string; children?: ReactNode }) {
  return (
    <Stack gap={4} data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700} lh={1.1}>
        {value}
      </Text>
      {children}
    </Stack>
  );
}

/** 领导看板 on the home page: this year's four key figures against their targets, and the way to the whole dashboard. */
export function DashboardCard() {
  const { t } = useTranslation('dashboard');
  const year = Number(chinaToday(new Date()).slice(0, 4));
  const data = useApi('reports.dashboard', { year }, { staleTime: 0 }).data;
  if (!data) return null;
  return (
    <Stack gap="sm" data-testid="dashboard-card">
      <Group justify="space-between">
        <Title order={4}>{t('home.title', { year })}</Title>
        <Button size="xs" variant="subtle" component={Link} to="/reporting/dashboard">
          {t('home.go')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
        <Figure label={`${t('employment.title')} · ${t('employment.cohort', { year })}`} value={percentText(data.employment.rate)} testId="dashboard-card-employment">
          <TargetMark mark={data.employment.mark} testId="dashboard-card-employment-mark" />
        </Figure>
        <Figure label={t('coverage.title')} value={percentText(data.coverage.coverage)} testId="dashboard-card-coverage">
          <TargetMark mark={data.coverage.mark} testId="dashboard-card-coverage-mark" />
        </Figure>
        <Figure label={t('atRisk.title')} value={String(data.atRisk)} testId="dashboard-card-at-risk" />
        <Figure label={t('money.title')} value={yuan(data.paidFen)} testId="dashboard-card-money">
          <Text size="xs" c="dimmed">
            {t('money.students', { count: data.paidStudents })}
          </Text>
        </Figure>
      </SimpleGrid>
    </Stack>
  );
}
