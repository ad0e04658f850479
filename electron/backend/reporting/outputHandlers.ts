import { reporting as enTexts } from '../../../renderer/i18n/en/reporting';
import { reporting as zhTexts } from '../../../renderer/i18n/zh/reporting';
import type { ProgressColumnKey } from '../../contract/reportingColumns';
import { hand } from '../export/audited';
import type { Handlers } from '../rpc/context';
import { readProgressColumns, writeProgressColumns } from './columns';
import { progressColumnTitle, progressWorkbook } from './progressExport';

/** The 进展情况表's 列设置 and its workbook (printing is the renderer's: /print/progress). */
export const progressOutputHandlers: Handlers<'reports.progressColumns' | 'reports.setProgressColumns' | 'reports.progressExport'> = {
  'reports.progressColumns': (_input, { db }) => readProgressColumns(db),

  'reports.setProgressColumns': ({ columns }, ctx) => {
    const before = readProgressColumns(ctx.db);
    writeProgressColumns(ctx.db, columns, ctx.now());
    // Logged as the headings read in the writer's language, as this area's exports are.
    const w = ctx.locale === 'en' ? enTexts : zhTexts;
    const titles = (keys: readonly ProgressColumnKey[]) => keys.map((key) => progressColumnTitle(w, key));
    ctx.audit({ action: 'update', entity: 'report', entityId: null, before: { columns: titles(before) }, after: { columns: titles(columns) } });
    return readProgressColumns(ctx.db);
  },

  'reports.progressExport': {
    prepare: async (input, { db, user, locale, now }) => progressWorkbook(db, user, locale, now(), input),
    run: (_input, ctx, prepared) => hand(ctx, prepared),
  },
};
