import { hand } from '../../export/audited';
import type { Handlers } from '../../rpc/context';
import { summaryListSheet } from './export';
import { summaryList } from './lists';
import { programmeSummary } from './summary';
import { summaryTrend } from './trend';
import { summaryWorkbook } from './workbook';

export const summaryHandlers: Handlers<'reports.summary' | 'reports.summaryTrend' | 'reports.summaryList' | 'reports.summaryListExport' | 'reports.summaryExport'> = {
  'reports.summary': (input, { db, user }) => programmeSummary(db, user, input),
  'reports.summaryTrend': ({ projectId }, { db, user }) => summaryTrend(db, user, projectId),
  'reports.summaryList': (input, { db, user }) => summaryList(db, user, input),
  'reports.summaryListExport': {
    prepare: async (input, { db, user, locale, now }) => summaryListSheet(db, user, locale, now(), input),
    run: (_input, ctx, prepared) => hand(ctx, prepared),
  },
  'reports.summaryExport': {
    prepare: async (input, { db, user, locale, now }) => summaryWorkbook(db, user, locale, now(), input),
    run: (_input, ctx, prepared) => hand(ctx, prepared),
  },
};
