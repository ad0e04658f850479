import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { checkins } from '../../../db/schema';
import type { checkinFields } from '../../contract/checkins';
import { chinaToday } from '../../contract/dates';
import type { FieldProblem } from '../../contract/problems';
import { changedFields } from '../audit/record';
import type { HandlerFn } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { updateVersioned } from '../rpc/versioned';
import { readSettings } from '../settings/store';
import { getStudent } from '../students/queries';
import { notInSchoolProblem, statusSteps } from './expected';
import { futureMonthProblem } from './months';
import { checkinById, checkinOfMonth, editProblem, toCheckin } from './record';

export type CheckinValues = z.output<typeof checkinFields>;

/** A check-in's answers as stored (help codes as a JSON list). */
export const toRow = (values: CheckinValues) => ({ ...values, help: JSON.stringify(values.help) });

/**
 * What makes a check-in unloggable whoever writes it: a month to come, a month the student was
 * not in school, a date before the month or after today, "other" help not said.
 */
export function checkinProblems(db: Db, values: CheckinValues, calendar: readonly number[], now: Date): FieldProblem[] {
  const { studentId, month, date } = values;
  const today = chinaToday(now);
  const problems = [
    futureMonthProblem(month, now) ?? notInSchoolProblem(statusSteps(db, [studentId]).get(studentId) ?? [], calendar, month),
    date < `${month}-01` ? { field: 'date', key: 'checkin_date_before_month', params: { month } } : null,
    date > today ? { field: 'date', key: 'status_date_future', params: { today } } : null,
    values.help.includes('other') && !values.helpOther ? { field: 'helpOther', key: 'required' } : null,
  ];
  return problems.filter((p): p is FieldProblem => p !== null);
}

export const saveCheckin: HandlerFn<'checkins.save'> = ({ id, version, editReason, ...values }, ctx) => {
  const { db, user, locale } = ctx;
  const now = ctx.now();
  const student = getStudent(db, user, values.studentId);
  const settings = readSettings(db);
  const problems = checkinProblems(db, values, settings.inSchoolMonths, now);
  const existing = id === null ? undefined : checkinById(db, user, id)[0];
  if (id !== null && !existing) throw new AppError('not_found');
  if (existing) {
    if (existing.row.studentId !== values.studentId || existing.row.month !== values.month) problems.push({ field: 'month', key: 'checkin_moved' });
    if (version === null) problems.push({ field: 'version', key: 'required' });
    const refused = editProblem(existing.row, existing.authorName, user, settings.checkinEditDays, now, editReason);
    if (refused) problems.push(refused);
  } else {
    const [taken] = checkinOfMonth(db, user, values.studentId, values.month);
    if (taken) problems.push({ field: 'month', key: 'checkin_duplicate', params: { name: student.name, month: values.month, author: taken.authorName ?? '?' } });
  }
  if (problems.length) throw new AppError('invalid_input', {}, problems);

  const row = toRow(values);
  const ts = now.toISOString();
  let savedId: number;
  if (existing) {
    updateVersioned(db, checkins, 'checkin', existing.row.id, version!, row, now, locale);
    savedId = existing.row.id;
    // Compared as answers (help as its codes), so the log lists what changed rather than JSON text.
    const was = { ...existing.row, help: JSON.parse(existing.row.help) as CheckinValues['help'] };
    const diff = changedFields(was, { ...was, ...values });
    ctx.audit({ action: 'update', entity: 'checkin', entityId: savedId, before: diff.before, after: { ...diff.after, ...(editReason ? { editReason } : {}) } });
  } else {
    savedId = db.insert(checkins).values({ ...row, authorId: user.id, createdAt: ts, updatedAt: ts }).returning({ id: checkins.id }).get().id;
    ctx.audit({ action: 'create', entity: 'checkin', entityId: savedId, after: values });
  }
  return toCheckin(checkinById(db, user, savedId)[0], user, settings.checkinEditDays, now);
};
