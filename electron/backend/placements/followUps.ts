import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/open';
import { classes, companies, placementFollowUps, placements, students, users } from '../../../db/schema';
import { chinaToday } from '../../contract/dates';
import type { DueFollowUp, PlacementFollowUp } from '../../contract/placementFollowUps';
import { addMonths, lastDayOf, monthOf } from '../../contract/schoolMonths';
import { studentScope } from '../access';
import type { Handlers } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { mustFind } from '../rpc/versioned';
import { readSettings } from '../settings/store';
import { reachableStudent } from './reach';

/** The day `months` after `day`, the last of the month when it has no such day (31 January + 1 → 28 February). */
export function monthsAfter(day: string, months: number): string {
  const month = addMonths(monthOf(day), months);
  const same = `${month}-${day.slice(8)}`;
  return same > lastDayOf(month) ? lastDayOf(month) : same;
}

const names = new Intl.Collator('zh-CN');

/** The follow-ups of the student's placement, by point. */
export function followUpsOf(db: Db, studentId: number): PlacementFollowUp[] {
  return db
    .select({
      id: placementFollowUps.id,
      placementId: placementFollowUps.placementId,
      point: placementFollowUps.point,
      doneOn: placementFollowUps.doneOn,
      stillEmployed: placementFollowUps.stillEmployed,
      sameEmployer: placementFollowUps.sameEmployer,
      companyId: placementFollowUps.companyId,
      companyName: companies.name,
      monthlySalaryFen: placementFollowUps.monthlySalaryFen,
      changeReason: placementFollowUps.changeReason,
      notes: placementFollowUps.notes,
      recordedByName: users.displayName,
      createdAt: placementFollowUps.createdAt,
    })
    .from(placementFollowUps)
    .innerJoin(placements, eq(placements.id, placementFollowUps.placementId))
    .leftJoin(companies, eq(companies.id, placementFollowUps.companyId))
    .leftJoin(users, eq(users.id, placementFollowUps.recordedBy))
    .where(eq(placements.studentId, studentId))
    .orderBy(asc(placementFollowUps.point))
    .all();
}


export const followUpsHandlers: Handlers<'placementFollowUps.due' | 'placementFollowUps.ofStudent' | 'placementFollowUps.record'> = {
  'placementFollowUps.due': (_input, ctx) => {
    const today = chinaToday(ctx.now());
    const points = readSettings(ctx.db).followUpMonths;
    const counsellor = alias(users, 'counsellor');
    // Only placements still missing a point: the school's older graduates have all theirs, and
    // reading them (and every follow-up) would be most of the work for none of the list.
    const missing = sql`(SELECT count(*) FROM ${placementFollowUps} f WHERE f.placement_id = ${placements.id} AND f.point IN ${points}) < ${points.length}`;
    const started = ctx.db
      .select({
        placementId: placements.id,
        studentId: students.id,
        studentName: students.name,
        className: classes.name,
        counsellorName: counsellor.displayName,
        companyName: companies.name,
        startDate: placements.startDate,
        done: sql<string | null>`(SELECT group_concat(f.point) FROM ${placementFollowUps} f WHERE f.placement_id = ${placements.id})`,
      })
      .from(placements)
      .innerJoin(students, eq(students.id, placements.studentId))
      .leftJoin(classes, eq(classes.id, students.classId))
      .leftJoin(counsellor, eq(counsellor.id, students.counsellorId))
      .leftJoin(companies, eq(companies.id, placements.companyId))
      .where(and(isNotNull(placements.startDate), studentScope(ctx.user, students.counsellorId), missing))
      .all();
    const due: DueFollowUp[] = [];
    for (const { done, ...p } of started) {
      const asked = (done ?? '').split(',').map(Number);
      for (const point of points) {
        const dueOn = monthsAfter(p.startDate!, point);
        if (dueOn <= today && !asked.includes(point)) due.push({ ...p, startDate: p.startDate!, point, dueOn });
      }
    }
    return due.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || names.compare(a.studentName, b.studentName));
  },

  'placementFollowUps.ofStudent': ({ studentId }, ctx) => {
    reachableStudent(ctx, studentId);
    return followUpsOf(ctx.db, studentId);
  },

  'placementFollowUps.record': (input, ctx) => {
    const placement = mustFind(ctx.db.select({ studentId: placements.studentId, startDate: placements.startDate }).from(placements).where(eq(placements.id, input.placementId)).get());
    reachableStudent(ctx, placement.studentId);
    const points = readSettings(ctx.db).followUpMonths;
    if (!points.includes(input.point)) throw AppError.field('point', 'follow_up_point', { points: points.join('、') });
    if (!placement.startDate) throw AppError.field('doneOn', 'follow_up_no_start');
    if (input.doneOn < placement.startDate) throw AppError.field('doneOn', 'follow_up_before_start', { date: placement.startDate });
    const today = chinaToday(ctx.now());
    if (input.doneOn > today) throw AppError.field('doneOn', 'date_future', { today });
    const earlier = ctx.db
      .select({ doneOn: placementFollowUps.doneOn })
      .from(placementFollowUps)
      .where(and(eq(placementFollowUps.placementId, input.placementId), eq(placementFollowUps.point, input.point)))
      .get();
    if (earlier) throw AppError.field('point', 'follow_up_done', { months: input.point, date: earlier.doneOn });
    if (input.companyId !== null && !ctx.db.select({ id: companies.id }).from(companies).where(eq(companies.id, input.companyId)).get()) {
      throw AppError.field('companyId', 'company_unknown');
    }
    // Not employed: no employer or salary to keep.
    const values = input.stillEmployed ? input : { ...input, sameEmployer: false, companyId: null, monthlySalaryFen: null };
    const ts = ctx.now().toISOString();
    const { id } = ctx.db
      .insert(placementFollowUps)
      .values({ ...values, recordedBy: ctx.user.id, createdAt: ts, updatedAt: ts })
      .returning({ id: placementFollowUps.id })
      .get();
    ctx.audit({ action: 'create', entity: 'placement_follow_up', entityId: id, after: { studentId: placement.studentId, ...values } });
    return followUpsOf(ctx.db, placement.studentId).find((f) => f.id === id)!;
  },
};
