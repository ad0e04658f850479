import type { Handlers } from '../rpc/context';
import { coverage, overdue } from './coverage';
import { coverageExportHandlers } from './coverageExport';
import { coverageStudents } from './coverageStudents';
import { summary } from './summary';

/** 覆盖情况 with the students behind each figure, 逾期未填 and 月度监测汇总, and the coverage page's exports. */
export const coverageHandlers: Handlers<
  'checkins.coverage' | 'checkins.coverageStudents' | 'checkins.overdue' | 'checkins.summary' | 'checkins.coverageExport' | 'checkins.coverageStudentsExport' | 'checkins.overdueExport'
> = {
  'checkins.coverage': ({ from, to }, { db, user, now }) => coverage(db, user, from, to, now()),
  'checkins.coverageStudents': (input, { db, user, now }) => coverageStudents(db, user, input, now()),
  'checkins.overdue': (input, { db, user, now }) => overdue(db, user, input, now()),
  'checkins.summary': ({ month }, { db, user, now }) => summary(db, user, month, now()),
  ...coverageExportHandlers,
};
