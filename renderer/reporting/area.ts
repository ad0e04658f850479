import { IconReportAnalytics } from '@tabler/icons-react';
import { later, type RendererArea } from '../area';
import { dashboard as dashboardEn } from '../i18n/en/dashboard';
import { dashboard as dashboardZh } from '../i18n/zh/dashboard';
import { reporting as en } from '../i18n/en/reporting';
import { reporting as zh } from '../i18n/zh/reporting';
import { submissions as submissionsEn } from '../i18n/en/submissions';
import { submissions as submissionsZh } from '../i18n/zh/submissions';
import { summary as summaryEn } from '../i18n/en/summary';
import { summary as summaryZh } from '../i18n/zh/summary';

/** 统计报表: the leader dashboard, the yearly 进展情况表 with the lists behind its figures, and the short-course register it counts. */
export const reportingArea = {
  routes: [{ path: 'reporting/*', page: later(() => import('./ReportingRoutes'), 'ReportingRoutes') }],
  nav: { to: '/reporting', label: 'common:nav.reporting', icon: IconReportAnalytics, needs: 'reports.progress' },
  auditRecords: {
    report: { page: '/reporting/progress', texts: 'reporting' },
    report_submission: { page: '/reporting/submissions/:id', texts: 'submissions' },
  },
  homeCards: [{ key: 'dashboard', card: later(() => import('./home/DashboardCard'), 'DashboardCard'), needs: 'reports.dashboard', order: 1 }],
  texts: {
    zh: { reporting: zh, submissions: submissionsZh, summary: summaryZh, dashboard: dashboardZh },
    en: { reporting: en, submissions: submissionsEn, summary: summaryEn, dashboard: dashboardEn },
  },
} satisfies RendererArea<{ reporting: typeof zh; submissions: typeof submissionsZh; summary: typeof summaryZh; dashboard: typeof dashboardZh }>;
