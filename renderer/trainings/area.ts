import type { RendererArea } from '../area';
import { trainings as en } from '../i18n/en/trainings';
import { trainings as zh } from '../i18n/zh/trainings';

/** 短期培训: no route of its own; the reports area shows TrainingsPage as one of its tabs. */
export const trainingsArea = {
  routes: [],
  auditRecords: { training: { page: '/reporting/trainings', texts: 'trainings' } },
  texts: { zh: { trainings: zh }, en: { trainings: en } },
} satisfies RendererArea<{ trainings: typeof zh }>;
