import { IconBriefcase } from '@tabler/icons-react';
import { later, type RendererArea } from '../area';
import { placements as en } from '../i18n/en/placements';
import { placements as zh } from '../i18n/zh/placements';

/** 实习就业: the company directory (internships, placements and follow-ups to come). */
export const placementsArea = {
  routes: [{ path: 'placements/*', page: later(() => import('./PlacementRoutes'), 'PlacementRoutes') }],
  nav: { to: '/placements', label: 'common:nav.placements', icon: IconBriefcase, needs: 'companies.list' },
  auditRecords: { company: { page: '/placements/companies', texts: 'placements' } },
  texts: { zh: { placements: zh }, en: { placements: en } },
} satisfies RendererArea<{ placements: typeof zh }>;
