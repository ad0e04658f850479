import { IconClipboardCheck } from '@tabler/icons-react';
import { later, type RendererArea } from '../area';
import { checkins as en } from '../i18n/en/checkins';
import { checkins as zh } from '../i18n/zh/checkins';

/** 月度监测: counsellors log each student's month; the office sees who is covered. Finance has no part. */
export const checkinsArea = {
  routes: [{ path: 'checkins/*', page: later(() => import('./CheckinRoutes'), 'CheckinRoutes') }],
  nav: { to: '/checkins', label: 'common:nav.checkins', icon: IconClipboardCheck, needs: 'checkins.month' },
  homeCards: [{ key: 'checkins-month', card: later(() => import('./home/MonthCard'), 'MonthCard'), needs: 'checkins.month', order: 5 }],
  auditRecords: { checkin: { page: null, texts: 'checkins' } },
  texts: { zh: { checkins: zh }, en: { checkins: en } },
} satisfies RendererArea<{ checkins: typeof zh }>;
