import { and, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/open';
import { checkins, students, users } from '../../../db/schema';
import type { Checkin } from '../../contract/checkins';
import type { FieldProblem } from '../../contract/problems';
import { statementCache } from '../prepared';
import type { HandlerFn, SessionUser } from '../rpc/context';
import { readSettings } from '../settings/store';
import { getStudent, scopeFor } from '../students/queries';

export type CheckinRow = typeof checkins.$inferSelect;

const DAY_MS = 86_400_000;
export const authors = alias(users, 'author');
export const followUpDoers = alias(users, 'follow_up_doer');

/**
 * What the caller may do with a check-in now. Its author may edit it for `editDays` days after
 * logging it; the office and admin at any time, but once those days are over only with a reason
 * (the record was relied on meanwhile). Leaders only read.
 */
export function editAccess(row: Pick<CheckinRow, 'authorId' | 'createdAt'>, user: SessionUser, editDays: number, now: Date): Checkin['access'] {
  const open = now.getTime() <= Date.parse(row.createdAt) + editDays * DAY_MS;
  if (user.role === 'admin' || user.role === 'office') return open ? 'edit' : 'reason';
  return user.role === 'counsellor' && open && row.authorId === user.id ? 'edit' : 'read';
}

/** Why the caller may not save this edit, said where the form asks for the reason; null when they may. */
export function editProblem(row: CheckinRow, authorName: string | null, user: SessionUser, editDays: number, now: Date, reason: string): FieldProblem | null {
  const problem = (key: FieldProblem['key'], params = {}): FieldProblem => ({ field: 'editReason', key, params });
  switch (editAccess(row, user, editDays, now)) {
    case 'edit':
      return null;
    case 'reason':
      return reason ? null : problem('checkin_edit_reason', { days: editDays });
    case 'read':
      return row.authorId === user.id ? problem('checkin_edit_closed', { days: editDays }) : problem('checkin_not_author', { author: authorName ?? '?' });
  }
}

function selectCheckins(db: Db, user: SessionUser, where: SQL | undefined) {
  return db
    .select({ row: checkins, studentName: students.name, authorName: authors.displayName, followUpDoneByName: followUpDoers.displayName })
    .from(checkins)
    .innerJoin(students, eq(students.id, checkins.studentId))
    .leftJoin(authors, eq(authors.id, checkins.authorId))
    .leftJoin(followUpDoers, eq(followUpDoers.id, checkins.followUpDoneBy))
    .where(and(where, scopeFor(user)))
    .orderBy(desc(checkins.month))
    .limit(1);
}

/** The latest-month check-in matching `where` of a student the caller reaches (none or one). */
export function findCheckins(db: Db, user: SessionUser, where: SQL | undefined) {
  return selectCheckins(db, user, where).all();
}

// Saving a check-in looks one up twice: prepared once per caller's reach, not built on every call (40 counsellors logging at once).
const byId = statementCache<ReturnType<typeof prepareById>>();
const byMonth = statementCache<ReturnType<typeof prepareByMonth>>();
const prepareById = (db: Db, user: SessionUser) => selectCheckins(db, user, eq(checkins.id, sql.placeholder('id'))).prepare();
const prepareByMonth = (db: Db, user: SessionUser) =>
  selectCheckins(db, user, and(eq(checkins.studentId, sql.placeholder('studentId')), eq(checkins.month, sql.placeholder('month')))).prepare();
/** What the statements depend on of the caller: the reach scopeFor gives them. */
const reachOf = (user: SessionUser) => `${user.role}:${user.id}`;

/** A check-in by id, of a student the caller reaches. */
export const checkinById = (db: Db, user: SessionUser, id: number) => byId(db, reachOf(user), () => prepareById(db, user)).all({ id });

/** A student's check-in for a month, if the caller reaches the student. */
export const checkinOfMonth = (db: Db, user: SessionUser, studentId: number, month: string) =>
  byMonth(db, reachOf(user), () => prepareByMonth(db, user)).all({ studentId, month });

export function toCheckin(found: ReturnType<typeof findCheckins>[number], user: SessionUser, editDays: number, now: Date): Checkin {
  const { row, studentName, authorName, followUpDoneByName } = found;
  const { help, ...fields } = row;
  return {
    ...(fields as Omit<Checkin, 'help' | 'studentName' | 'authorName' | 'followUpDoneByName' | 'authorEditUntil' | 'access'>),
    help: JSON.parse(help) as Checkin['help'],
    studentName,
    authorName,
    followUpDoneByName,
    authorEditUntil: new Date(Date.parse(row.createdAt) + editDays * DAY_MS).toISOString(),
    access: editAccess(row, user, editDays, now),
  };
}

/** A student's check-in for a month, and the latest before it (what the form offers to carry over). */
export const getCheckin: HandlerFn<'checkins.get'> = ({ studentId, month }, { db, user, now }) => {
  getStudent(db, user, studentId);
  const editDays = readSettings(db).checkinEditDays;
  const latest = (cond: SQL) => {
    const [found] = findCheckins(db, user, and(eq(checkins.studentId, studentId), cond));
    return found ? toCheckin(found, user, editDays, now()) : null;
  };
  return { checkin: latest(eq(checkins.month, month)), previous: latest(lt(checkins.month, month)) };
};
