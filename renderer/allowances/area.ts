import { IconCoinYuan, IconReportMoney } from '@tabler/icons-react';
import { later, type RendererArea } from '../area';
import { allowances as en } from '../i18n/en/allowances';
import { bankFiles as bankFilesEn } from '../i18n/en/bankFiles';
import { allowances as zh } from '../i18n/zh/allowances';
import { bankFiles as bankFilesZh } from '../i18n/zh/bankFiles';

/** 资助发放: the allowance policies, their batches and each student's ledger; the bank templates their bank files are laid out by. */
export const allowancesArea = {
  routes: [{ path: 'allowances/*', page: later(() => import('./AllowanceRoutes'), 'AllowanceRoutes') }],
  nav: { to: '/allowances', label: 'common:nav.allowances', icon: IconCoinYuan, needs: 'allowances.policies' },
  studentTabs: [
    { value: 'allowances', label: 'allowances:ledger.tab', icon: IconReportMoney, panel: later(() => import('./ledger/StudentLedger'), 'StudentLedger'), needs: 'allowances.ledger' },
  ],
  homeCards: [{ key: 'allowance-batches', card: later(() => import('./home/BatchesCard'), 'BatchesCard'), needs: 'allowances.batches', order: 7 }],
  auditRecords: {
    allowance_policy: { page: '/allowances/policies', texts: 'allowances' },
    allowance_batch: { page: '/allowances/batches/:id', texts: 'allowances' },
    hardship_request: { page: '/allowances/hardship', texts: 'allowances' },
    bank_template: { page: '/allowances/banks', texts: 'bankFiles' },
  },
  texts: { zh: { allowances: zh, bankFiles: bankFilesZh }, en: { allowances: en, bankFiles: bankFilesEn } },
} satisfies RendererArea<{ allowances: typeof zh; bankFiles: typeof bankFilesZh }>;
