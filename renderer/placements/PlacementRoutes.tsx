import { Stack, Tabs } from '@mantine/core';
import { IconBuildingFactory2, IconChartBar, IconPhoneCall, IconTool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
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

/** `/placements/*`: internships across students, the follow-ups due, the outcome statistics and the company directory. */
export function PlacementRoutes() {
  const { t } = useTranslation('placements');
  const navigate = useNavigate();
  const current = useLocation().pathname.split('/')[2] ?? 'internships';
  return (
    <Stack gap="md">
      <Tabs value={current} onChange={(v) => v && navigate(`/placements/${v}`)}>
        <Tabs.List>
          {TABS.map(({ path, icon: Icon }) => (
            <Tabs.Tab key={path} value={path} leftSection={<Icon size={16} />} data-testid={`placements-tab-${path}`}>
              {t(`tabs.${path}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
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
