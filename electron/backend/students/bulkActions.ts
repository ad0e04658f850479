import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { statementCache } from '../prepared';
import { students, studentStatusEvents } from '../../../db/schema';
import { statusAfter, type bulkAction } from '../../contract/bulk';
import { labelOf } from '../../contract/labels';
import type { MessageKey, MessageParams } from '../../contract/messages';
import { TRANSITIONS } from '../../contract/students';
import type { AuthedCtx } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { conflictError } from '../rpc/versioned';
import type { SelectedStudent } from './bulkSelection';
import { statusDateProblem, transitionRefusal } from './status';
import { classMisfit, classToJoin, counsellorNamed } from './validate';

type Action = z.output<typeof bulkAction>;

/** Why one student cannot be given the change: a message key and its values. */
export interface Refusal {
  key: MessageKey;
  params?: MessageParams;
}

/** What a student has now and will have, as the caller reads it. */
export interface Outcome {
  from: string | null;
  to: string | null;
}

/** One bulk action, its values checked: per student what it would do (or why not), and doing it. */
export interface BulkPlan {
  check(s: SelectedStudent): Outcome | Refusal;
  /** Changes one student who passed `check`, at the version read. */
  write(s: SelectedStudent): void;
  /** The audit entry's action and what it says was done (the students are added to it). */
  audit: { action: string; after: Record<string, unknown> };
}

const p = sql.placeholder;

/** Every statement a bulk change runs per student, compiled once per database. */
function prepareWrites(db: Db) {
  const versioned = (values: Record<string, unknown>) =>
    db
      .update(students)
      .set({ ...values, version: sql`${students.version} + 1`, updatedAt: p('now') } as never)
      .where(and(eq(students.id, p('id')), eq(students.version, p('version'))))
      .prepare();
  return {
    status: versioned({ status: p('to'), statusDate: p('date') }),
    counsellor: versioned({ counsellorId: p('counsellorId') }),
    klass: versioned({ classId: p('classId') }),
    event: db
      .insert(studentStatusEvents)
      .values({
        studentId: p('id'),
        event: p('event'),
        fromStatus: p('from'),
        toStatus: p('to'),
        date: p('date'),
        reason: p('reason'),
        userId: p('userId'),
        createdAt: p('now'),
      })
      .prepare(),
  };
}
const preparedWrites = statementCache<ReturnType<typeof prepareWrites>>();

function writesFor(ctx: AuthedCtx) {
  const writes = preparedWrites(ctx.db, '', () => prepareWrites(ctx.db));
  const now = ctx.now().toISOString();
  /** Runs a versioned update; the versions were checked in this same transaction, so a miss is someone else's save. */
  const update = (statement: ReturnType<typeof prepareWrites>['status'], s: SelectedStudent, values: Record<string, unknown>) => {
    if (statement.run({ ...values, id: s.id, version: s.version, now }).changes !== 1) throw conflictError(ctx.db, 'student', s.id, ctx.locale);
  };
  return { writes, now, update };
}

/** The action's own values checked once (the class exists, the user is a counsellor, the date has come); a problem is the form's. */
export function planFor(ctx: AuthedCtx, action: Action): BulkPlan {
  const { writes, now, update } = writesFor(ctx);
  switch (action.kind) {
    case 'assignCounsellor': {
      const { counsellorId } = action;
      const name = counsellorNamed(ctx.db, counsellorId);
      if (name === null) throw AppError.field('action.counsellorId', 'not_counsellor');
      return {
        check: (s) => (s.counsellorId === counsellorId ? { key: 'bulk_same_counsellor', params: { name } } : { from: s.counsellorName, to: name }),
        write: (s) => update(writes.counsellor, s, { counsellorId }),
        audit: { action: 'bulk_counsellor', after: { counsellorId } },
      };
    }
    case 'moveClass': {
      const { classId } = action;
      const klass = classToJoin(ctx.db, classId);
      if (!klass) throw AppError.field('action.classId', 'invalid_value');
      return {
        check: (s) => (s.classId === classId ? { key: 'bulk_same_class', params: { name: klass.name } } : (classMisfit(klass, s.cohortId) ?? { from: s.className, to: klass.name })),
        write: (s) => update(writes.klass, s, { classId }),
        audit: { action: 'bulk_class', after: { classId } },
      };
    }
    case 'status': {
      const { event, date, reason } = action;
      // The one check that is the same for everyone: the day has come (the other half of the rule is per student).
      const future = statusDateProblem(date, date, ctx.now());
      if (future) throw new AppError('invalid_input', {}, [{ ...future, field: 'action.date' }]);
      const status = (s: string) => labelOf('status', s, ctx.locale === 'en' ? 'en' : 'zh');
      return {
        check: (s) => {
          const to = TRANSITIONS[s.status][event];
          if (!to) return refusalOf(transitionRefusal(s.status, event));
          return statusDateProblem(date, s.statusDate, ctx.now()) ?? { from: status(s.status), to: status(to) };
        },
        write: (s) => {
          const to = TRANSITIONS[s.status][event]!;
          update(writes.status, s, { to, date });
          writes.event.run({ id: s.id, event, from: s.status, to, date, reason, userId: ctx.user.id, now });
        },
        audit: { action: 'bulk_status', after: { event, status: statusAfter(event), date, reason } },
      };
    }
  }
}

function refusalOf(e: AppError): Refusal {
  return { key: e.code, params: e.params };
}
