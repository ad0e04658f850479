import { IconReportAnalytics } from '@tabler/icons-react';
import { later, type RendererArea } from '../area';
import { reporting as en } from '../i18n/en/reporting';
import { reporting as zh } from '../i18n/zh/reporting';

/** 统计报表: the yearly 进展情况表 with the lists behind its figures, and the short-course register it counts. */
export const reportingArea = {
  routes: [{ path: 'reporting/*', page: later(() => import('./ReportingRoutes'), 'ReportingRoutes') }],
  nav: { to: '/reporting', label: 'common:nav.reporting', icon: IconReportAnalytics, needs: 'reports.progress' },
  auditRecords: { report: { page: '/reporting/progress', texts: 'reporting' } },
  texts: { zh: { reporting: zh }, en: { reporting: en } },
} satisfies RendererArea<{ reporting: typeof zh }>;
