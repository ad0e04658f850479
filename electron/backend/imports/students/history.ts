import { and, eq, sql } from 'drizzle-orm';
import { importedStudents, students, studentStatusEvents } from '../../../../db/schema';
import { AppError } from '../../rpc/errors';
import { nameKeys } from '../../students/pinyin';
import { isRestricted, NAMED, type KindHistory } from '../history/kind';

/**
 * A student import taken back: each student it changed gets the fields it replaced, each it made
 * goes with their status history. Refused once a student it made has records of their own by now
 * (a check-in, a payment): those are not the import's to remove.
 */
export const studentHistory: KindHistory = {
  changedSince: (db, importId) =>
    db
      .select({ name: students.name })
      .from(importedStudents)
      .innerJoin(students, eq(students.id, importedStudents.studentId))
      .where(and(eq(importedStudents.importId, importId), sql`${students.version} <> ${importedStudents.version}`))
      .limit(NAMED)
      .all()
      .map((s) => s.name),

  undo: (ctx, importId) => {
    const at = ctx.now().toISOString();
    for (const item of ctx.db.select().from(importedStudents).where(eq(importedStudents.importId, importId)).all()) {
      if (item.action === 'update') {
        const before = JSON.parse(item.before ?? '{}') as Record<string, unknown>;
        const names = typeof before.name === 'string' ? nameKeys(before.name) : {};
        ctx.db.update(students).set({ ...before, ...names, version: item.version + 1, updatedAt: at }).where(eq(students.id, item.studentId)).run();
        continue;
      }
      try {
        ctx.db.delete(studentStatusEvents).where(eq(studentStatusEvents.studentId, item.studentId)).run();
        ctx.db.delete(students).where(eq(students.id, item.studentId)).run();
      } catch (e) {
        if (!isRestricted(e)) throw e;
        const { name } = ctx.db.select({ name: students.name }).from(students).where(eq(students.id, item.studentId)).get()!;
        throw new AppError('import_has_records', { name });
      }
    }
  },
};
