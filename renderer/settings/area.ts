import { IconSettings } from '@tabler/icons-react';
import { later, type RendererArea } from '../area';
import { settings as en } from '../i18n/en/settings';
import { settings as zh } from '../i18n/zh/settings';

/** Settings: school, projects and cohorts, majors and classes, users, audit log. */
export const settingsArea = {
  routes: [{ path: 'settings/*', page: later(() => import('./SettingsRoutes'), 'SettingsRoutes') }],
  nav: { to: '/settings', label: 'common:nav.settings', icon: IconSettings, needs: 'settings.get' },
  texts: { zh: { settings: zh }, en: { settings: en } },
} satisfies RendererArea<{ settings: typeof zh }>;
