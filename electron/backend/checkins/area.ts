import { sql } from 'drizzle-orm';
import { checkins, students } from '../../../db/schema';
import type { BackendArea } from '../area';
import type { Handlers } from '../rpc/context';
import { coverageHandlers } from './coverageHandlers';
import { followUpsHandlers } from './followups';
import { monthView } from './monthView';
import { quickNormal } from './quick';
import { getCheckin } from './record';
import { saveCheckin } from './save';
import { warningsHandlers } from './warnings';

const handlers: Handlers<'checkins.month' | 'checkins.get' | 'checkins.save' | 'checkins.quickNormal'> = {
  'checkins.month': (input, { db, user, now }) => monthView(db, user, input, now()),
  'checkins.get': getCheckin,
  'checkins.save': saveCheckin,
  'checkins.quickNormal': quickNormal,
};

/** 月度监测: each student's monthly check-in, in the months they are in school. */
export const checkinsArea: BackendArea<keyof typeof handlers | keyof typeof warningsHandlers | keyof typeof followUpsHandlers | keyof typeof coverageHandlers> = {
  handlers: { ...handlers, ...warningsHandlers, ...followUpsHandlers, ...coverageHandlers },
  // "黄小明 2025-03": whose check-in, and for which month.
  auditEntities: {
    checkin: (id) =>
      sql`SELECT ${students.name} || ' ' || ${checkins.month} FROM ${checkins} JOIN ${students} ON ${students.id} = ${checkins.studentId} WHERE ${checkins.id} = ${id}`,
  },
};
