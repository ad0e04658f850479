import { IconBriefcase, IconCertificate, IconTool } from '@tabler/icons-react';
import { later, type RendererArea } from '../area';
import { placements as en } from '../i18n/en/placements';
import { placements as zh } from '../i18n/zh/placements';
import { outcomes as enOutcomes } from '../i18n/en/outcomes';
import { outcomes as zhOutcomes } from '../i18n/zh/outcomes';

/** 实习就业: the company directory and each student's internships (placements and follow-ups to come). */
export const placementsArea = {
  routes: [{ path: 'placements/*', page: later(() => import('./PlacementRoutes'), 'PlacementRoutes') }],
  nav: { to: '/placements', label: 'common:nav.placements', icon: IconBriefcase, needs: 'companies.list' },
  studentTabs: [
    { value: 'internships', label: 'placements:internships.tab', icon: IconTool, panel: later(() => import('./internships/StudentInternships'), 'StudentInternships'), needs: 'internships.ofStudent' },
    { value: 'placement', label: 'placements:placement.tab', icon: IconCertificate, panel: later(() => import('./placement/StudentPlacement'), 'StudentPlacement'), needs: 'placements.ofStudent' },
  ],
  auditRecords: {
    company: { page: '/placements/companies', texts: 'placements' },
    internship: { page: null, texts: 'placements' },
    internship_visit: { page: null, texts: 'placements' },
    placement: { page: null, texts: 'placements' },
  },
  homeCards: [{ key: 'outcomes', card: later(() => import('./home/OutcomesCard'), 'OutcomesCard'), needs: 'placements.outcomes', order: 8 }],
  texts: { zh: { placements: zh, outcomes: zhOutcomes }, en: { placements: en, outcomes: enOutcomes } },
} satisfies RendererArea<{ placements: typeof zh; outcomes: typeof zhOutcomes }>;
