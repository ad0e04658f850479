import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { companies, placements, students } from '../../../db/schema';
import { chinaToday } from '../../contract/dates';
import { AT_EMPLOYER, deriveDestination, type Destination, type Placement, type PlacementInput } from '../../contract/placements';
import { changedFields } from '../audit/record';
import type { AuthedCtx, Handlers } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { updateVersioned } from '../rpc/versioned';
import { reachableStudent } from './reach';

const fields = {
  id: placements.id,
  studentId: placements.studentId,
  outcome: placements.outcome,
  companyId: placements.companyId,
  companyName: companies.name,
  industry: placements.industry,
  position: placements.position,
  province: placements.province,
  city: placements.city,
  destination: placements.destination,
  relatedToMajor: placements.relatedToMajor,
  startDate: placements.startDate,
  monthlySalaryFen: placements.monthlySalaryFen,
  contractKind: placements.contractKind,
  socialInsurance: placements.socialInsurance,
  channel: placements.channel,
  notes: placements.notes,
  createdAt: placements.createdAt,
  updatedAt: placements.updatedAt,
  version: placements.version,
  homeProvince: students.homeProvince,
};

/** The student's placement, its 留深/回乡 derived when not set by hand; null before one is recorded. */
export function placementOf(db: Db, studentId: number): Placement | null {
  const row = db
    .select(fields)
    .from(placements)
    .innerJoin(students, eq(students.id, placements.studentId))
    .leftJoin(companies, eq(companies.id, placements.companyId))
    .where(eq(placements.studentId, studentId))
    .get();
  if (!row) return null;
  const { homeProvince, destination, ...rest } = row;
  return {
    ...(rest as Omit<Placement, 'destination' | 'destinationSetByHand'>),
    destination: (destination as Destination | null) ?? deriveDestination(row.city, row.province, homeProvince),
    destinationSetByHand: destination !== null,
  };
}

/** The checks the schema cannot make: a graduate's (or 结业 student's) placement, at a company of the directory when employed. */
export function checkPlacement(ctx: AuthedCtx, input: PlacementInput): void {
  const { status } = reachableStudent(ctx, input.studentId);
  if (status !== 'graduated' && status !== 'completed') throw AppError.field('outcome', 'placement_not_graduated', { status: { label: 'status', code: status } });
  if (AT_EMPLOYER.includes(input.outcome) && input.companyId === null) throw AppError.field('companyId', 'required');
  const today = chinaToday(ctx.now());
  if (input.startDate !== null && input.startDate > today) throw AppError.field('startDate', 'date_future', { today });
  if (input.companyId !== null && !ctx.db.select({ id: companies.id }).from(companies).where(eq(companies.id, input.companyId)).get()) {
    throw AppError.field('companyId', 'company_unknown');
  }
}

export const placementsHandlers: Handlers<'placements.ofStudent' | 'placements.save'> = {
  'placements.ofStudent': ({ studentId }, ctx) => {
    reachableStudent(ctx, studentId);
    return placementOf(ctx.db, studentId);
  },

  'placements.save': ({ version, ...input }, ctx) => {
    checkPlacement(ctx, input);
    const existing = placementOf(ctx.db, input.studentId);
    const ts = ctx.now().toISOString();
    // A page that saw no placement while someone else saved one sends no version: refused below as a conflict.
    if (!existing) {
      if (version !== null) throw new AppError('not_found');
      const { id } = ctx.db.insert(placements).values({ ...input, createdAt: ts, updatedAt: ts }).returning({ id: placements.id }).get();
      ctx.audit({ action: 'create', entity: 'placement', entityId: id, after: input });
    } else {
      const { id, companyName: _n, destinationSetByHand, createdAt: _c, updatedAt: _u, version: _v, ...before } = existing;
      updateVersioned(ctx.db, placements, 'placement', id, version ?? 0, input, ctx.now(), ctx.locale);
      ctx.audit({ action: 'update', entity: 'placement', entityId: id, ...changedFields({ ...before, destination: destinationSetByHand ? before.destination : null }, input) });
    }
    return placementOf(ctx.db, input.studentId)!;
  },
};
