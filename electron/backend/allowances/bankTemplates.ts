import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { bankTemplates } from '../../../db/schema';
import type { BankTemplate } from '../../contract/allowanceBankFiles';
import { labelOf } from '../../contract/labels';
import { changedFields } from '../audit/record';
import type { Handlers } from '../rpc/context';
import { unlessTaken } from '../rpc/errors';
import { mustFind, updateVersioned } from '../rpc/versioned';

type Row = typeof bankTemplates.$inferSelect;

const asTemplate = (row: Row) => row as BankTemplate;

/** Templates in use first, then by name as people sort them. */
export function listTemplates(db: Db): BankTemplate[] {
  return db
    .select()
    .from(bankTemplates)
    .all()
    .map(asTemplate)
    .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'zh-CN'));
}

export const getTemplate = (db: Db, id: number): BankTemplate => asTemplate(mustFind(db.select().from(bankTemplates).where(eq(bankTemplates.id, id)).get()));

const uniqueName = <T>(name: string, write: () => T): T => unlessTaken(write, 'name', 'duplicate_value', { field: { key: 'field_name' }, value: name });

/**
 * What the audit log keeps of a template: its columns as the file's header words, which read the
 * same in the log as in the file (the codes would not), and nothing of the bookkeeping.
 */
function logged({ id: _i, version: _v, createdAt: _c, updatedAt: _u, columns, ...fields }: BankTemplate) {
  return { ...fields, columnNames: columns.map((c) => labelOf('bankColumn', c, 'zh')) };
}

export const bankTemplatesHandlers: Handlers<'bankTemplates.list' | 'bankTemplates.create' | 'bankTemplates.update'> = {
  'bankTemplates.list': (_input, { db }) => listTemplates(db),

  'bankTemplates.create': (fields, ctx) => {
    const ts = ctx.now().toISOString();
    const { id } = uniqueName(fields.name, () =>
      ctx.db
        .insert(bankTemplates)
        .values({ ...fields, createdAt: ts, updatedAt: ts })
        .returning({ id: bankTemplates.id })
        .get(),
    );
    const created = getTemplate(ctx.db, id);
    ctx.audit({ action: 'create', entity: 'bank_template', entityId: id, after: logged(created) });
    return created;
  },

  'bankTemplates.update': ({ id, version, ...fields }, ctx) => {
    const before = getTemplate(ctx.db, id);
    uniqueName(fields.name, () => updateVersioned(ctx.db, bankTemplates, 'bank_template', id, version, fields, ctx.now(), ctx.locale));
    const after = getTemplate(ctx.db, id);
    ctx.audit({ action: 'update', entity: 'bank_template', entityId: id, ...changedFields(logged(before), logged(after)) });
    return after;
  },
};
