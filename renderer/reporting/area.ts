import { IconReportAnalytics } from '@tabler/icons-react';
import { later, type RendererArea } from '../area';
import { reporting as en } from '../i18n/en/reporting';
import { reporting as zh } from '../i18n/zh/reporting';
import { submissions as submissionsEn } from '../i18n/en/submissions';
import { submissions as submissionsZh } from '../i18n/zh/submissions';
import { summary as summaryEn } from '../i18n/en/summary';
import { summary as summaryZh } from '../i18n/zh/summary';

/** 统计报表: the yearly 进展情况表 with the lists behind its figures, and the short-course register it counts. */
export const reportingArea = {
  routes: [{ path: 'reporting/*', page: later(() => import('./ReportingRoutes'), 'ReportingRoutes') }],
  nav: { to: '/reporting', label: 'common:nav.reporting', icon: IconReportAnalytics, needs: 'reports.progress' },
  auditRecords: {
    report: { page: '/reporting/progress', texts: 'reporting' },
    report_submission: { page: '/reporting/submissions/:id', texts: 'submissions' },
  },
  texts: { zh: { reporting: zh, submissions: submissionsZh, summary: summaryZh }, en: { reporting: en, submissions: submissionsEn, summary: summaryEn } },
} satisfies RendererArea<{ reporting: typeof zh; submissions: typeof submissionsZh; summary: typeof summaryZh }>;
