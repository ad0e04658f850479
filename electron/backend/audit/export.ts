import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { users } from '../../../db/schema';
import type { AuditEntry, auditFilters } from '../../contract/audit';
import { EXPORT_MAX_ROWS } from '../../contract/export';
import type { Locale } from '../../contract/messages';
import type { AuditNamer } from '../area';
import { fill, uiText, type UiText } from '../export/catalog';
import { hand, prepareExport, withinLimit, type Prepared } from '../export/audited';
import { exportFileName, headingLine } from '../export/heading';
import type { ExportColumn } from '../export/workbook';
import type { Handlers, SessionUser } from '../rpc/context';
import { changesWriter } from './exportChanges';
import { entityName, listAudit } from './handlers';

type Filters = z.output<typeof auditFilters>;

const entityLabel = (ui: UiText, entity: string) => (ui.settings.audit.entity as Record<string, string>)[entity] ?? entity;
const actionLabel = (ui: UiText, action: string) => (ui.settings.audit.actions as Record<string, string>)[action] ?? action;

/** The log's columns, as its page heads them; the changes in words, one entry a row. */
function columns(ui: UiText, changes: (e: AuditEntry) => string): ExportColumn<AuditEntry>[] {
  const a = ui.settings.audit;
  return [
    { header: a.time, type: 'datetime', value: (e) => e.at },
    { header: a.user, type: 'text', value: (e) => e.userName ?? a.nobody },
    { header: a.action, type: 'text', value: (e) => actionLabel(ui, e.action) },
    { header: a.entityFilter, type: 'text', value: (e) => entityLabel(ui, e.entity) },
    { header: a.target, type: 'text', value: (e) => e.entityName ?? (e.entityId === null ? null : `#${e.entityId}`) },
    { header: ui.export.columns.entityId, type: 'number', value: (e) => e.entityId },
    { header: a.changes, type: 'text', value: changes, maxWidth: 80 },
  ];
}

/** The filters in use, as the log's filter boxes show them. */
function filterWords(db: Db, ui: UiText, { entity, entityId, userId, from, to }: Filters): string[] {
  const words = ui.export.heading;
  const user = userId === null ? null : (db.select({ name: users.displayName }).from(users).where(eq(users.id, userId)).get()?.name ?? `#${userId}`);
  const dates = from && to ? fill(words.dates, { from, to }) : from ? fill(words.fromOnly, { from }) : to ? fill(words.toOnly, { to }) : null;
  return [entity ? entityLabel(ui, entity) + (entityId ? ` #${entityId}` : '') : null, user, dates].filter((w): w is string => !!w);
}

function exportAudit(db: Db, namers: Record<string, AuditNamer>, user: SessionUser, filters: Filters, locale: Locale, at: Date): Prepared {
  const ui = uiText(locale);
  const names = entityName(namers);
  withinLimit(listAudit(db, names, filters, 1, 1).total);
  const { rows } = listAudit(db, names, filters, 1, EXPORT_MAX_ROWS);
  const title = ui.settings.tabs.audit;
  const heading = { locale, title, filters: filterWords(db, ui, filters), count: rows.length, user: user.displayName, at };
  const used = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== null && v !== ''));
  return prepareExport(
    { sheetName: title, title: headingLine(heading), columns: columns(ui, changesWriter(db, ui, namers)), rows },
    exportFileName(locale, title, at),
    { action: 'export', entity: 'audit', entityId: null, after: { ...used, rows: rows.length } },
  );
}

/** The audit log as a spreadsheet, for administrators as the log itself; the export is itself logged. */
export const auditExportHandlers = (namers: Record<string, AuditNamer>): Handlers<'audit.export'> => ({
  'audit.export': {
    prepare: async (filters, ctx) => exportAudit(ctx.db, namers, ctx.user, filters, ctx.locale, ctx.now()),
    run: (_filters, ctx, prepared) => hand(ctx, prepared),
  },
});
