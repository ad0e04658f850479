import { IconCoinYuan } from '@tabler/icons-react';
import { later, type RendererArea } from '../area';
import { allowances as en } from '../i18n/en/allowances';
import { allowances as zh } from '../i18n/zh/allowances';

/** 资助发放: the allowance policies (batches, notices, sheets and bank files to come). */
export const allowancesArea = {
  routes: [{ path: 'allowances/*', page: later(() => import('./AllowanceRoutes'), 'AllowanceRoutes') }],
  nav: { to: '/allowances', label: 'common:nav.allowances', icon: IconCoinYuan, needs: 'allowances.policies' },
  homeCards: [{ key: 'allowance-batches', card: later(() => import('./home/BatchesCard'), 'BatchesCard'), needs: 'allowances.batches', order: 7 }],
  auditRecords: {
    allowance_policy: { page: '/allowances/policies', texts: 'allowances' },
    allowance_batch: { page: '/allowances/batches/:id', texts: 'allowances' },
  },
  texts: { zh: { allowances: zh }, en: { allowances: en } },
} satisfies RendererArea<{ allowances: typeof zh }>;
