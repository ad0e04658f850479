import { hand } from '../export/audited';
import type { Handlers } from '../rpc/context';
import { progressListSheet } from './export';
import { progressList } from './lists';
import { progressOutputHandlers } from './outputHandlers';
import { progressReport } from './progress';

export const reportingHandlers: Handlers<'reports.progress' | 'reports.progressList' | 'reports.progressListExport' | keyof typeof progressOutputHandlers> = {
  ...progressOutputHandlers,
  'reports.progress': (input, { db, now }) => progressReport(db, input, now()),
  'reports.progressList': (input, { db, now }) => progressList(db, input, now()),
  'reports.progressListExport': {
    prepare: async (input, { db, user, locale, now }) => progressListSheet(db, user, locale, now(), input),
    run: (_input, ctx, prepared) => hand(ctx, prepared),
  },
};
