import { students } from '../../../db/schema';
import { changedFields } from '../audit/record';
import type { Handlers } from '../rpc/context';
import { updateVersioned } from '../rpc/versioned';
import { forAudit } from './auditView';
import { bulkHandlers } from './bulk';
import { insertStudent } from './create';
import { rosterHandlers } from './roster';
import { nameKeys } from './pinyin';
import { getStudent, listStudents, statusHistory } from './queries';
import { changeStatus, correctStatus, voidStatus } from './status';
import { validateStudent } from './validate';

export const studentsHandlers: Handlers<
  | 'students.list'
  | 'students.get'
  | 'students.history'
  | 'students.create'
  | 'students.update'
  | 'students.changeStatus'
  | 'students.voidStatus'
  | 'students.correctStatus'
  | keyof typeof bulkHandlers
  | keyof typeof rosterHandlers
> = {
  'students.list': (input, { db, user }) => listStudents(db, user, input),
  'students.get': ({ id }, { db, user }) => getStudent(db, user, id),
  'students.history': ({ id }, { db, user }) => statusHistory(db, user, id),

  'students.create': (input, ctx) => {
    const values = validateStudent(ctx.db, input, null, ctx.now());
    const id = insertStudent(ctx, values);
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
    // Compared before masking, so a change the mask hides (a new village) is still logged as a change.
    const diff = changedFields(before, after);
    ctx.audit({ action: 'update', entity: 'student', entityId: id, before: forAudit(diff.before), after: forAudit(diff.after) });
    return after;
  },

  'students.changeStatus': changeStatus,
  'students.voidStatus': voidStatus,
  'students.correctStatus': correctStatus,
  ...bulkHandlers,
  ...rosterHandlers,
};
