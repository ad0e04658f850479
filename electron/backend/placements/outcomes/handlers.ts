import { hand } from '../../export/audited';
import type { Handlers } from '../../rpc/context';
import { dropoutRows } from './dropout';
import { outcomesSheet } from './export';
import { outcomeStats } from './stats';
import { dropoutStudents, outcomeStudents } from './students';

export const outcomesHandlers: Handlers<
  'placements.outcomes' | 'placements.outcomeStudents' | 'placements.dropout' | 'placements.dropoutStudents' | 'placements.outcomesExport'
> = {
  'placements.outcomes': (filters, { db, user }) => outcomeStats(db, user, filters),
  'placements.outcomeStudents': (input, { db, user }) => outcomeStudents(db, user, input),
  'placements.dropout': ({ projectId }, { db, user, now }) => dropoutRows(db, user, projectId, now()),
  'placements.dropoutStudents': ({ projectId, academicYear, side }, { db, user, now }) => dropoutStudents(db, user, projectId, academicYear, side, now()),
  'placements.outcomesExport': {
    prepare: async (filters, { db, user, locale, now }) => outcomesSheet(db, user, locale, now(), filters, outcomeStats(db, user, filters)),
    run: (_input, ctx, prepared) => hand(ctx, prepared),
  },
};
