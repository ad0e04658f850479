import { sql } from 'drizzle-orm';
import { trainings } from '../../../db/schema';
import type { BackendArea } from '../area';
import { trainingsHandlers } from './handlers';

/** 短期培训: the light register of short courses the yearly progress report counts. */
export const trainingsArea: BackendArea<keyof typeof trainingsHandlers> = {
  handlers: trainingsHandlers,
  auditEntities: {
    // 电工 2025-04-12
    training: (id) => sql`SELECT ${trainings.course} || ' ' || ${trainings.startDate} FROM ${trainings} WHERE ${trainings.id} = ${id}`,
  },
};
