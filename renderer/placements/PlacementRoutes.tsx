import { Stack } from '@mantine/core';
import { IconBuildingFactory2, IconChartBar, IconPhoneCall, IconTool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { AreaTabs } from '../ui/AreaTabs';
import { CompaniesPage } from './companies/CompaniesPage';
import { FollowUpsPage } from './followups/FollowUpsPage';
import { InternshipsPage } from './internships/InternshipsPage';
import { OutcomesPage } from './outcomes/OutcomesPage';

const TABS = [
  { path: 'internships', icon: IconTool },
  { path: 'follow-ups', icon: IconPhoneCall },
  { path: 'outcomes', icon: IconChartBar },
  { path: 'companies', icon: IconBuildingFactory2 },
] as const;

type Tab = (typeof TABS)[number]['path'];

/** `/placements/*`: internships across students, the follow-ups due, the outcome statistics and the company directory. */
export function PlacementRoutes() {
  const { t } = useTranslation('placements');
  return (
    <Stack gap="md">
      <AreaTabs area="placements" tabs={TABS} label={(path) => t(`tabs.${path as Tab}`)} />
      <Routes>
        <Route index element={<Navigate to="internships" replace />} />
        <Route path="internships" element={<InternshipsPage />} />
        <Route path="follow-ups" element={<FollowUpsPage />} />
        <Route path="outcomes" element={<OutcomesPage />} />
        <Route path="companies" element={<CompaniesPage />} />
      </Routes>
    </Stack>
  );
}
