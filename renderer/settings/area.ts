import { IconSettings } from '@tabler/icons-react';
import { later, type RendererArea } from '../area';
import { settings as en } from '../i18n/en/settings';
import { settings as zh } from '../i18n/zh/settings';
import { dataPackageEn, dataPackageZh } from './backups/packageTexts';

/** Settings: school, projects and cohorts, majors and classes, users, audit log. */
export const settingsArea = {
  routes: [{ path: 'settings/*', page: later(() => import('./SettingsRoutes'), 'SettingsRoutes') }],
  nav: { to: '/settings', label: 'common:nav.settings', icon: IconSettings, needs: 'settings.get' },
  auditRecords: {
    user: { page: '/settings/users', texts: 'settings' },
    project: { page: '/settings/projects', texts: 'settings' },
    cohort: { page: '/settings/projects', texts: 'settings' },
    major: { page: '/settings/classes', texts: 'settings' },
    class: { page: '/settings/classes', texts: 'settings' },
    settings: { page: '/settings/general', texts: 'settings' },
    audit: { page: null, texts: 'settings' },
  },
  texts: { zh: { settings: zh, dataPackage: dataPackageZh }, en: { settings: en, dataPackage: dataPackageEn } },
} satisfies RendererArea<{ settings: typeof zh; dataPackage: typeof dataPackageZh }>;
