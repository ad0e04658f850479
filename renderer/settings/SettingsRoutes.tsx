import { Stack, Title } from '@mantine/core';
import { IconAdjustments, IconBuildingCommunity, IconDatabase, IconHistory, IconNetwork, IconSchool, IconUserCog } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { RequireCall } from '../auth/RequireCall';
import { AreaTabs, type AreaTab } from '../ui/AreaTabs';
import { AuditLogPage } from './audit/AuditLogPage';
import { BackupsPage } from './backups/BackupsPage';
import { GeneralSettings } from './general/GeneralSettings';
import { NetworkPage } from './network/NetworkPage';
import { ClassesPage } from './org/ClassesPage';
import { ProjectsPage } from './org/ProjectsPage';
import { UsersPage } from './users/UsersPage';

interface SettingsTab extends AreaTab {
  path: 'general' | 'projects' | 'classes' | 'users' | 'audit' | 'backups' | 'network';
  page: ComponentType;
}

const TABS: SettingsTab[] = [
  { path: 'general', icon: IconAdjustments, page: GeneralSettings },
  { path: 'projects', icon: IconBuildingCommunity, page: ProjectsPage },
  { path: 'classes', icon: IconSchool, page: ClassesPage },
  { path: 'users', icon: IconUserCog, page: UsersPage, needs: 'users.list' },
  { path: 'audit', icon: IconHistory, page: AuditLogPage, needs: 'audit.list' },
  { path: 'backups', icon: IconDatabase, page: BackupsPage, needs: 'backups.list' },
  { path: 'network', icon: IconNetwork, page: NetworkPage, needs: 'network.status' },
];

type Tab = (typeof TABS)[number]['path'];

/**
 * `/settings/*`: one tab per sub-route; users and the audit log only for the roles the contract
 * lets read them (others reaching them by address are told they may not).
 */
export function SettingsRoutes() {
  const { t } = useTranslation('settings');

  return (
    <Stack gap="md">
      <Title order={3}>{t('title')}</Title>
      <AreaTabs area="settings" tabs={TABS} label={(path) => t(`tabs.${path as Tab}`)} />
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
