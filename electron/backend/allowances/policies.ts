import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { allowancePolicies, allowanceRates, users } from '../../../db/schema';
import type { Policy, PolicyRate } from '../../contract/allowancePolicies';
import { chinaToday } from '../../contract/dates';
import { changedFields } from '../audit/record';
import type { AuthedCtx, Handlers } from '../rpc/context';
import { unlessTaken } from '../rpc/errors';
import { mustFind, updateVersioned } from '../rpc/versioned';

type PolicyRow = typeof allowancePolicies.$inferSelect;

/** The rate in effect on `day`: the latest that began on or before it. */
export const rateOn = (rates: readonly PolicyRate[], day: string): PolicyRate | null => rates.findLast((r) => r.effectiveFrom <= day) ?? null;

function ratesBy(db: Db): Map<number, PolicyRate[]> {
  const rows = db
    .select({
      policyId: allowanceRates.policyId,
      id: allowanceRates.id,
      effectiveFrom: allowanceRates.effectiveFrom,
      amountFen: allowanceRates.amountFen,
      createdByName: users.displayName,
      createdAt: allowanceRates.createdAt,
    })
    .from(allowanceRates)
    .leftJoin(users, eq(users.id, allowanceRates.createdBy))
    .orderBy(asc(allowanceRates.policyId), asc(allowanceRates.effectiveFrom))
    .all();
  const by = new Map<number, PolicyRate[]>();
  for (const { policyId, ...rate } of rows) {
    const list = by.get(policyId) ?? [];
    by.set(policyId, list);
    list.push(rate);
  }
  return by;
}

const asPolicy = (p: PolicyRow, rates: PolicyRate[], today: string): Policy => ({
  ...(p as Omit<Policy, 'rates' | 'currentFen'>),
  rates,
  currentFen: rateOn(rates, today)?.amountFen ?? null,
});

/** Every policy with its rates, active ones first, then by name as people sort them. */
export function listPolicies(db: Db, now: Date): Policy[] {
  const rates = ratesBy(db);
  const today = chinaToday(now);
  return db
    .select()
    .from(allowancePolicies)
    .all()
    .map((p) => asPolicy(p, rates.get(p.id) ?? [], today))
    .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'zh-CN'));
}

export function getPolicy(db: Db, id: number, now: Date): Policy {
  const row = mustFind(db.select().from(allowancePolicies).where(eq(allowancePolicies.id, id)).get());
  return asPolicy(row, ratesBy(db).get(id) ?? [], chinaToday(now));
}

/** A policy name already taken, said at the name field. */
const uniqueName = <T>(name: string, write: () => T): T => unlessTaken(write, 'name', 'duplicate_value', { field: { key: 'field_name' }, value: name });

const insertRate = (ctx: AuthedCtx, policyId: number, effectiveFrom: string, amountFen: number) =>
  unlessTaken(
    () => ctx.db.insert(allowanceRates).values({ policyId, effectiveFrom, amountFen, createdBy: ctx.user.id, createdAt: ctx.now().toISOString() }).run(),
    'effectiveFrom',
    'rate_date_taken',
    { date: effectiveFrom },
  );

export const policiesHandlers: Handlers<'allowances.policies' | 'allowances.createPolicy' | 'allowances.updatePolicy' | 'allowances.addRate'> = {
  'allowances.policies': (_input, { db, now }) => listPolicies(db, now()),

  'allowances.createPolicy': ({ amountFen, effectiveFrom, ...fields }, ctx) => {
    const ts = ctx.now().toISOString();
    const { id } = uniqueName(fields.name, () =>
      ctx.db
        .insert(allowancePolicies)
        .values({ ...fields, createdAt: ts, updatedAt: ts })
        .returning({ id: allowancePolicies.id })
        .get(),
    );
    insertRate(ctx, id, effectiveFrom, amountFen);
    ctx.audit({ action: 'create', entity: 'allowance_policy', entityId: id, after: { ...fields, amountFen, effectiveFrom } });
    return getPolicy(ctx.db, id, ctx.now());
  },

  'allowances.updatePolicy': ({ id, version, ...fields }, ctx) => {
    const { rates: _r, currentFen: _c, ...before } = getPolicy(ctx.db, id, ctx.now());
    uniqueName(fields.name, () => updateVersioned(ctx.db, allowancePolicies, 'allowance_policy', id, version, fields, ctx.now(), ctx.locale));
    const after = getPolicy(ctx.db, id, ctx.now());
    const { rates: _ra, currentFen: _ca, ...afterFields } = after;
    ctx.audit({ action: 'update', entity: 'allowance_policy', entityId: id, ...changedFields(before, afterFields) });
    return after;
  },

  'allowances.addRate': ({ policyId, effectiveFrom, amountFen }, ctx) => {
    const before = getPolicy(ctx.db, policyId, ctx.now());
    insertRate(ctx, policyId, effectiveFrom, amountFen);
    ctx.audit({
      action: 'add_rate',
      entity: 'allowance_policy',
      entityId: policyId,
      before: { amountFen: rateOn(before.rates, effectiveFrom)?.amountFen ?? null },
      after: { amountFen, effectiveFrom },
    });
    return getPolicy(ctx.db, policyId, ctx.now());
  },
};
