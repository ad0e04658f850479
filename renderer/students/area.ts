import { IconHistory, IconId, IconUsers } from '@tabler/icons-react';
import { later, type RendererArea } from '../area';
import { overview as enOverview } from '../i18n/en/overview';
import { students as en } from '../i18n/en/students';
import { overview as zhOverview } from '../i18n/zh/overview';
import { students as zh } from '../i18n/zh/students';

/** The register: the student list, a student's page and form, and its cards on the home page. */
export const studentsArea = {
  routes: [{ path: 'students/*', page: later(() => import('./StudentRoutes'), 'StudentRoutes') }],
  nav: { to: '/students', label: 'common:nav.students', icon: IconUsers, needs: 'students.list' },
  studentTabs: [
    { value: 'info', label: 'students:tabs.info', icon: IconId, panel: later(() => import('./detail/StudentInfo'), 'StudentInfo'), needs: 'students.get' },
    { value: 'history', label: 'students:tabs.history', icon: IconHistory, panel: later(() => import('./detail/StatusHistory'), 'StatusHistory'), needs: 'students.history' },
  ],
  homeCards: [
    { key: 'students-overview', card: later(() => import('./home/OverviewCard'), 'OverviewCard'), needs: 'students.overview', order: 10 },
    { key: 'my-classes', card: later(() => import('./home/MyClassesCard'), 'MyClassesCard'), needs: 'students.myClasses', order: 10 },
  ],
  auditRecords: { student: { page: '/students/:id', texts: 'students' } },
  texts: { zh: { students: zh, overview: zhOverview }, en: { students: en, overview: enOverview } },
} satisfies RendererArea<{ students: typeof zh; overview: typeof zhOverview }>;
