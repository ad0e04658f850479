import { IconHistory, IconId, IconUsers } from '@tabler/icons-react';
import { later, type RendererArea } from '../area';
import { students as en } from '../i18n/en/students';
import { students as zh } from '../i18n/zh/students';

/** The register: the student list, a student's page and form. */
export const studentsArea = {
  routes: [{ path: 'students/*', page: later(() => import('./StudentRoutes'), 'StudentRoutes') }],
  nav: { to: '/students', label: 'common:nav.students', icon: IconUsers, needs: 'students.list' },
  studentTabs: [
    { value: 'info', label: 'students:tabs.info', icon: IconId, panel: later(() => import('./detail/StudentInfo'), 'StudentInfo'), needs: 'students.get' },
    { value: 'history', label: 'students:tabs.history', icon: IconHistory, panel: later(() => import('./detail/StatusHistory'), 'StatusHistory'), needs: 'students.history' },
  ],
  texts: { zh: { students: zh }, en: { students: en } },
} satisfies RendererArea<{ students: typeof zh }>;
