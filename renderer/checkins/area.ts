import { IconClipboardCheck, IconTimeline } from '@tabler/icons-react';
import { later, type RendererArea } from '../area';
import { checkinCoverage as coverageEn } from '../i18n/en/checkinCoverage';
import { checkins as en } from '../i18n/en/checkins';
import { checkinCoverage as coverageZh } from '../i18n/zh/checkinCoverage';
import { checkins as zh } from '../i18n/zh/checkins';

/** 月度监测: counsellors log each student's month; the office sees who is covered. Finance has no part. */
export const checkinsArea = {
  routes: [{ path: 'checkins/*', page: later(() => import('./CheckinRoutes'), 'CheckinRoutes') }],
  nav: { to: '/checkins', label: 'common:nav.checkins', icon: IconClipboardCheck, needs: 'checkins.month' },
  studentTabs: [
    { value: 'checkins', label: 'checkins:timeline.tab', icon: IconTimeline, panel: later(() => import('./timeline/StudentCheckins'), 'StudentCheckins'), needs: 'checkins.ofStudent' },
  ],
  homeCards: [
    { key: 'checkins-month', card: later(() => import('./home/MonthCard'), 'MonthCard'), needs: 'checkins.month', order: 5 },
    { key: 'checkins-warnings', card: later(() => import('./warnings/WarningsCard'), 'WarningsCard'), needs: 'checkins.warnings', order: 6 },
  ],
  auditRecords: { checkin: { page: null, texts: 'checkins' } },
  texts: { zh: { checkins: zh, checkinCoverage: coverageZh }, en: { checkins: en, checkinCoverage: coverageEn } },
} satisfies RendererArea<{ checkins: typeof zh; checkinCoverage: typeof coverageZh }>;
