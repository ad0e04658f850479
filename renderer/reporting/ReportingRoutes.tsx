import { Stack } from '@mantine/core';
import { IconChartLine, IconGauge, IconReportAnalytics, IconSchool, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { useCanCall } from '../auth/permissions';
import { TrainingsPage } from '../trainings/TrainingsPage';
import { AreaTabs } from '../ui/AreaTabs';
import { DashboardPage } from './dashboard/DashboardPage';
import { ProgressPage } from './progress/ProgressPage';
import { SubmissionsRoutes } from './submissions/SubmissionsRoutes';
import { SummaryPage } from './summary/SummaryPage';

const TABS = [
  { path: 'dashboard', icon: IconGauge, needs: 'reports.dashboard' },
  { path: 'progress', icon: IconReportAnalytics },
  { path: 'summary', icon: IconChartLine },
  { path: 'trainings', icon: IconSchool, needs: 'trainings.list' },
  { path: 'submissions', icon: IconSend, needs: 'reports.submissions' },
] as const;

type Tab = (typeof TABS)[number]['path'];

/** `/reporting/*`: the leader dashboard (its landing page for those who may read it), the yearly 进展情况表 and the short courses it counts. */
export function ReportingRoutes() {
  const { t } = useTranslation('reporting');
  // Leaders land on their dashboard; finance, who may not read it, on the 进展情况表.
  const first = useCanCall('reports.dashboard') ? 'dashboard' : 'progress';
  return (
    <Stack gap="md">
      <AreaTabs area="reporting" tabs={TABS} label={(path) => t(`tabs.${path as Tab}`)} />
      <Routes>
        <Route index element={<Navigate to={first} replace />} />
        <Route path="dashboard" element={<DashboardPage />} />
        <Route path="progress" element={<ProgressPage />} />
        <Route path="summary" element={<SummaryPage />} />
        <Route path="submissions/*" element={<SubmissionsRoutes />} />
        <Route path="trainings" element={<TrainingsPage />} />
      </Routes>
    </Stack>
  );
}
