import { students, studentStatusEvents } from '../../../db/schema';
import { maskBankAccount, maskIdNumber } from '../../contract/idcard';
import { TRANSITIONS, type Student } from '../../contract/students';
import { changedFields } from '../audit/record';
import type { Handlers } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { updateVersioned } from '../rpc/versioned';
import { nameKeys } from './pinyin';
import { getStudent, listStudents, statusHistory } from './queries';
import { validateStudent } from './validate';

/** The audit log keeps only masked 身份证号 and bank accounts (PIPL: no needless copies). */
function forAudit(s: Partial<Student>): Partial<Student> {
  const out = { ...s };
  if (out.idNumber) out.idNumber = maskIdNumber(out.idNumber);
  if (out.bankAccount) out.bankAccount = maskBankAccount(out.bankAccount);
  return out;
}

export const studentsHandlers: Handlers<
  'students.list' | 'students.get' | 'students.history' | 'students.create' | 'students.update' | 'students.changeStatus'
> = {
  'students.list': (input, { db, user }) => listStudents(db, user, input),
  'students.get': ({ id }, { db, user }) => getStudent(db, user, id),
  'students.history': ({ id }, { db, user }) => statusHistory(db, user, id),

  'students.create': (input, ctx) => {
    const now = ctx.now();
    const values = validateStudent(ctx.db, input, null, now);
    const ts = now.toISOString();
    const { id } = ctx.db
      .insert(students)
      .values({ ...values, ...nameKeys(values.name), status: 'enrolled', statusDate: values.enrolmentDate, createdAt: ts, updatedAt: ts })
      .returning({ id: students.id })
      .get();
    ctx.db
      .insert(studentStatusEvents)
      .values({ studentId: id, event: 'enrol', fromStatus: null, toStatus: 'enrolled', date: values.enrolmentDate, userId: ctx.user.id, createdAt: ts })
      .run();
    const created = getStudent(ctx.db, ctx.user, id);
    ctx.audit({ action: 'create', entity: 'student', entityId: id, after: forAudit(values) });
    return created;
  },

  'students.update': (input, ctx) => {
    const { id, version, ...fields } = input;
    const before = getStudent(ctx.db, ctx.user, id);
    const values = validateStudent(ctx.db, fields, id, ctx.now());
    updateVersioned(ctx.db, students, 'student', id, version, { ...values, ...nameKeys(values.name) }, ctx.now(), ctx.locale);
    const after = getStudent(ctx.db, ctx.user, id);
    const diff = changedFields(forAudit(before), forAudit(after));
    ctx.audit({ action: 'update', entity: 'student', entityId: id, ...diff });
    return after;
  },

  'students.changeStatus': ({ id, version, event, date, reason }, ctx) => {
    const before = getStudent(ctx.db, ctx.user, id);
    const to = TRANSITIONS[before.status][event];
    if (!to) throw new AppError('invalid_transition', { from: { key: `status_${before.status}` }, event: { key: `event_${event}` } });
    if (date < before.statusDate) throw AppError.field('date', 'status_date_order', { date: before.statusDate });
    updateVersioned(ctx.db, students, 'student', id, version, { status: to, statusDate: date }, ctx.now(), ctx.locale);
    ctx.db
      .insert(studentStatusEvents)
      .values({ studentId: id, event, fromStatus: before.status, toStatus: to, date, reason, userId: ctx.user.id, createdAt: ctx.now().toISOString() })
      .run();
    ctx.audit({ action: 'status', entity: 'student', entityId: id, before: { status: before.status }, after: { status: to, date, reason } });
    return getStudent(ctx.db, ctx.user, id);
  },
};

