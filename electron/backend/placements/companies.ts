import { and, asc, count, eq, like, ne, or } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { companies } from '../../../db/schema';
import { COMPANIES_MAX, companyNameKey, type Company } from '../../contract/companies';
import { changedFields } from '../audit/record';
import type { AuthedCtx, Handlers } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { mustFind, updateVersioned } from '../rpc/versioned';

const fields = {
  id: companies.id,
  name: companies.name,
  creditCode: companies.creditCode,
  industry: companies.industry,
  province: companies.province,
  city: companies.city,
  contactName: companies.contactName,
  contactPhone: companies.contactPhone,
  notes: companies.notes,
  createdAt: companies.createdAt,
  updatedAt: companies.updatedAt,
  version: companies.version,
};

const getCompany = (db: Db, id: number): Company => mustFind(db.select(fields).from(companies).where(eq(companies.id, id)).get());

/** Refuses a name or credit code another company already has, naming it (the UNIQUE indexes stay the last word). */
function refuseTwin(ctx: AuthedCtx, name: string, creditCode: string | null, self = 0): void {
  const sameName = ctx.db.select({ name: companies.name }).from(companies).where(and(eq(companies.nameKey, companyNameKey(name)), ne(companies.id, self))).get();
  if (sameName) throw AppError.field('name', 'company_name_taken', { name: sameName.name });
  if (creditCode === null) return;
  const sameCode = ctx.db.select({ name: companies.name }).from(companies).where(and(eq(companies.creditCode, creditCode), ne(companies.id, self))).get();
  if (sameCode) throw AppError.field('creditCode', 'company_code_taken', { name: sameCode.name });
}

export const companiesHandlers: Handlers<'companies.list' | 'companies.create' | 'companies.update'> = {
  'companies.list': ({ q }, { db }) => {
    const text = q.trim();
    const found = text
      ? or(like(companies.nameKey, `%${companyNameKey(text)}%`), like(companies.creditCode, `%${text.toUpperCase()}%`), like(companies.city, `%${text}%`))
      : undefined;
    const { total } = db.select({ total: count() }).from(companies).where(found).get()!;
    const rows = db.select(fields).from(companies).where(found).orderBy(asc(companies.name)).limit(COMPANIES_MAX).all();
    return { rows, total };
  },

  'companies.create': (input, ctx) => {
    refuseTwin(ctx, input.name, input.creditCode);
    const ts = ctx.now().toISOString();
    const { id } = ctx.db
      .insert(companies)
      .values({ ...input, nameKey: companyNameKey(input.name), createdAt: ts, updatedAt: ts })
      .returning({ id: companies.id })
      .get();
    ctx.audit({ action: 'create', entity: 'company', entityId: id, after: input });
    return getCompany(ctx.db, id);
  },

  'companies.update': ({ id, version, ...input }, ctx) => {
    const { createdAt: _c, updatedAt: _u, version: _v, id: _i, ...before } = getCompany(ctx.db, id);
    refuseTwin(ctx, input.name, input.creditCode, id);
    updateVersioned(ctx.db, companies, 'company', id, version, { ...input, nameKey: companyNameKey(input.name) }, ctx.now(), ctx.locale);
    ctx.audit({ action: 'update', entity: 'company', entityId: id, ...changedFields(before, input) });
    return getCompany(ctx.db, id);
  },
};
