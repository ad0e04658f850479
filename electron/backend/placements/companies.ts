import { and, asc, count, eq, like, ne, or } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { companies, internships, placements } from '../../../db/schema';
import { COMPANIES_MAX, companyNameKey, type Company } from '../../contract/companies';
import { changedFields } from '../audit/record';
import type { AuthedCtx, Handlers } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { conflictError, mustFind, updateVersioned } from '../rpc/versioned';

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

export const companiesHandlers: Handlers<'companies.list' | 'companies.create' | 'companies.update' | 'companies.merge'> = {
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

  'companies.merge': ({ keepId, keepVersion, mergeId, mergeVersion }, ctx) => {
    if (keepId === mergeId) throw AppError.field('mergeId', 'company_merge_self');
    const keep = getCompany(ctx.db, keepId);
    const merged = getCompany(ctx.db, mergeId);
    if (keep.version !== keepVersion) throw conflictError(ctx.db, 'company', keepId, ctx.locale);
    if (merged.version !== mergeVersion) throw conflictError(ctx.db, 'company', mergeId, ctx.locale);
    if (keep.creditCode && merged.creditCode && keep.creditCode !== merged.creditCode) {
      throw AppError.field('mergeId', 'company_merge_codes', { keep: keep.creditCode, merge: merged.creditCode });
    }
    const moved = {
      internships: ctx.db.update(internships).set({ companyId: keepId }).where(eq(internships.companyId, mergeId)).run().changes,
      placements: ctx.db.update(placements).set({ companyId: keepId }).where(eq(placements.companyId, mergeId)).run().changes,
    };
    ctx.db.delete(companies).where(eq(companies.id, mergeId)).run();
    // The code one of them had, and what the kept entry left empty, stay known.
    const filled = Object.fromEntries(
      (['creditCode', 'industry', 'province', 'city', 'contactName', 'contactPhone'] as const).filter((k) => !keep[k] && merged[k]).map((k) => [k, merged[k]]),
    );
    updateVersioned(ctx.db, companies, 'company', keepId, keepVersion, filled, ctx.now(), ctx.locale);
    ctx.audit({ action: 'merge', entity: 'company', entityId: keepId, before: { mergedName: merged.name, mergedId: mergeId }, after: { ...filled, ...moved } });
    return getCompany(ctx.db, keepId);
  },
};
