import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { projects, trainings } from '../../../db/schema';
import { addDays, chinaToday } from '../../contract/dates';
import { TRAINING_DAYS_AHEAD, type Training, type TrainingInput } from '../../contract/trainings';
import { changedFields } from '../audit/record';
import type { AuthedCtx, Handlers } from '../rpc/context';
import { AppError, type FieldProblem } from '../rpc/errors';
import { conflictError, mustFind, updateVersioned } from '../rpc/versioned';

const fields = {
  id: trainings.id,
  course: trainings.course,
  startDate: trainings.startDate,
  endDate: trainings.endDate,
  region: trainings.region,
  projectId: trainings.projectId,
  projectName: projects.name,
  participants: trainings.participants,
  registeredParticipants: trainings.registeredParticipants,
  organiser: trainings.organiser,
  notes: trainings.notes,
  createdAt: trainings.createdAt,
  updatedAt: trainings.updatedAt,
  version: trainings.version,
};

const select = (db: Db) => db.select(fields).from(trainings).leftJoin(projects, eq(projects.id, trainings.projectId)).$dynamic();

const getTraining = (db: Db, id: number): Training => mustFind(select(db).where(eq(trainings.id, id)).get());

/** The record as the form holds it: what the audit log compares and keeps. */
function inputOf({ id: _i, projectName: _p, createdAt: _c, updatedAt: _u, version: _v, ...input }: Training): TrainingInput {
  return input;
}

/**
 * What the schema alone cannot see, each at its field: the dates' order, a start too far ahead,
 * more 建档立卡 than trainees, a project that is not there.
 */
function check(ctx: AuthedCtx, input: TrainingInput): void {
  const latest = addDays(chinaToday(ctx.now()), TRAINING_DAYS_AHEAD);
  const problems: FieldProblem[] = [];
  if (input.startDate > latest) problems.push({ field: 'startDate', key: 'training_start_too_late', params: { latest } });
  if (input.endDate < input.startDate) problems.push({ field: 'endDate', key: 'internship_end_before_start' });
  if (input.registeredParticipants > input.participants) {
    problems.push({ field: 'registeredParticipants', key: 'training_registered_over', params: { participants: input.participants } });
  }
  if (input.projectId !== null && !ctx.db.select({ id: projects.id }).from(projects).where(eq(projects.id, input.projectId)).get()) {
    problems.push({ field: 'projectId', key: 'invalid_value' });
  }
  if (problems.length) throw new AppError('invalid_input', {}, problems);
}

export const trainingsHandlers: Handlers<'trainings.list' | 'trainings.create' | 'trainings.update' | 'trainings.delete'> = {
  'trainings.list': ({ year, projectId }, { db }) => {
    const where = and(
      year === null ? undefined : and(gte(trainings.startDate, `${year}-01-01`), lt(trainings.startDate, `${year + 1}-01-01`)),
      projectId === null ? undefined : eq(trainings.projectId, projectId),
    );
    const rows = select(db).where(where).orderBy(desc(trainings.startDate), desc(trainings.id)).all();
    const totals = db
      .select({
        courses: sql<number>`count(*)`,
        participants: sql<number>`coalesce(sum(${trainings.participants}), 0)`,
        registeredParticipants: sql<number>`coalesce(sum(${trainings.registeredParticipants}), 0)`,
      })
      .from(trainings)
      .where(where)
      .get()!;
    return { rows, totals };
  },

  'trainings.create': (input, ctx) => {
    check(ctx, input);
    const ts = ctx.now().toISOString();
    const { id } = ctx.db.insert(trainings).values({ ...input, createdAt: ts, updatedAt: ts }).returning({ id: trainings.id }).get();
    ctx.audit({ action: 'create', entity: 'training', entityId: id, after: input });
    return getTraining(ctx.db, id);
  },

  'trainings.update': ({ id, version, ...input }, ctx) => {
    const before = inputOf(getTraining(ctx.db, id));
    check(ctx, input);
    updateVersioned(ctx.db, trainings, 'training', id, version, input, ctx.now(), ctx.locale);
    ctx.audit({ action: 'update', entity: 'training', entityId: id, ...changedFields(before, input) });
    return getTraining(ctx.db, id);
  },

  'trainings.delete': ({ id, version }, ctx) => {
    const existing = getTraining(ctx.db, id);
    if (existing.version !== version) throw conflictError(ctx.db, 'training', id, ctx.locale);
    ctx.db.delete(trainings).where(eq(trainings.id, id)).run();
    ctx.audit({ action: 'delete', entity: 'training', entityId: id, before: { ...inputOf(existing), projectName: existing.projectName } });
    return null;
  },
};
