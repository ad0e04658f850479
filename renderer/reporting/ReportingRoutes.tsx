import { Stack } from '@mantine/core';
import { IconChartLine, IconReportAnalytics, IconSchool, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { TrainingsPage } from '../trainings/TrainingsPage';
import { AreaTabs } from '../ui/AreaTabs';
import { ProgressPage } from './progress/ProgressPage';
import { SubmissionsRoutes } from './submissions/SubmissionsRoutes';
import { SummaryPage } from './summary/SummaryPage';

const TABS = [
  { path: 'progress', icon: IconReportAnalytics },
  { path: 'summary', icon: IconChartLine },
  { path: 'trainings', icon: IconSchool, needs: 'trainings.list' },
  { path: 'submissions', icon: IconSend, needs: 'reports.submissions' },
] as const;

type Tab = (typeof TABS)[number]['path'];

/** `/reporting/*`: the yearly 进展情况表 and the short courses it counts. */
export function ReportingRoutes() {
  const { t } = useTranslation('reporting');
  return (
    <Stack gap="md">
      <AreaTabs area="reporting" tabs={TABS} label={(path) => t(`tabs.${path as Tab}`)} />
      <Routes>
        <Route index element={<Navigate to="progress" replace />} />
        <Route path="progress" element={<ProgressPage />} />
        <Route path="summary" element={<SummaryPage />} />
        <Route path="submissions/*" element={<SubmissionsRoutes />} />
        <Route path="trainings" element={<TrainingsPage />} />
      </Routes>
    </Stack>
  );
}
