import { Stack, Tabs, Title } from '@mantine/core';
import { IconAdjustments, IconBuildingCommunity, IconHistory, IconSchool, IconUserCog } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import type { MethodName } from '../../electron/contract';
import { canRoleCall } from '../auth/permissions';
import { RequireCall } from '../auth/RequireCall';
import { useCurrentUser } from '../auth/session';
import { AuditLogPage } from './audit/AuditLogPage';
import { GeneralSettings } from './general/GeneralSettings';
import { ClassesPage } from './org/ClassesPage';
import { ProjectsPage } from './org/ProjectsPage';
import { UsersPage } from './users/UsersPage';

interface SettingsTab {
  path: 'general' | 'projects' | 'classes' | 'users' | 'audit';
  icon: ComponentType<{ size?: number }>;
  page: ComponentType;
  /** the contract method whose roles decide who sees this tab */
  needs?: MethodName;
}

const TABS: SettingsTab[] = [
  { path: 'general', icon: IconAdjustments, page: GeneralSettings },
  { path: 'projects', icon: IconBuildingCommunity, page: ProjectsPage },
  { path: 'classes', icon: IconSchool, page: ClassesPage },
  { path: 'users', icon: IconUserCog, page: UsersPage, needs: 'users.list' },
  { path: 'audit', icon: IconHistory, page: AuditLogPage, needs: 'audit.list' },
];

/**
 * `/settings/*`: one tab per sub-route; users and the audit log only for the roles the contract
 * lets read them (others reaching them by address are told they may not).
 */
export function SettingsRoutes() {
  const { t } = useTranslation('settings');
  const navigate = useNavigate();
  const current = useLocation().pathname.split('/')[2] ?? 'general';
  const role = useCurrentUser().role;
  const tabs = TABS.filter((tab) => !tab.needs || canRoleCall(role, tab.needs));

  return (
    <Stack gap="md">
      <Title order={3}>{t('title')}</Title>
      <Tabs value={current} onChange={(v) => v && navigate(`/settings/${v}`)}>
        <Tabs.List>
          {tabs.map(({ path, icon: Icon }) => (
            <Tabs.Tab key={path} value={path} leftSection={<Icon size={16} />} data-testid={`settings-tab-${path}`}>
              {t(`tabs.${path}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Routes>
        {TABS.map(({ path, page: Page, needs }) => (
          <Route
            key={path}
            path={path}
            element={
              needs ? (
                <RequireCall method={needs}>
                  <Page />
                </RequireCall>
              ) : (
                <Page />
              )
            }
          />
        ))}
        <Route path="*" element={<Navigate to="/settings/general" replace />} />
      </Routes>
    </Stack>
  );
}
