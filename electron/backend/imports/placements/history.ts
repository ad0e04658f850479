import { and, eq, sql } from 'drizzle-orm';
import { importedPlacements, placements, students } from '../../../../db/schema';
import { AppError } from '../../rpc/errors';
import { isRestricted, NAMED, type KindHistory } from '../history/kind';

/**
 * A placement import taken back: each placement it changed gets the fields it replaced, each it
 * recorded goes. Refused once a placement it recorded has follow-ups by now: those are not the
 * import's to remove. The employers it added to 企业名录 stay: an entry does no harm, and
 * internships or other placements may name it since.
 */
export const placementHistory: KindHistory = {
  changedSince: (db, importId) =>
    db
      .select({ name: students.name })
      .from(importedPlacements)
      .innerJoin(placements, eq(placements.id, importedPlacements.placementId))
      .innerJoin(students, eq(students.id, placements.studentId))
      .where(and(eq(importedPlacements.importId, importId), sql`${placements.version} <> ${importedPlacements.version}`))
      .limit(NAMED)
      .all()
      .map((s) => s.name),

  undo: (ctx, importId) => {
    const at = ctx.now().toISOString();
    for (const item of ctx.db.select().from(importedPlacements).where(eq(importedPlacements.importId, importId)).all()) {
      if (item.action === 'update') {
        const before = JSON.parse(item.before ?? '{}') as Record<string, unknown>;
        ctx.db.update(placements).set({ ...before, version: item.version + 1, updatedAt: at }).where(eq(placements.id, item.placementId)).run();
        continue;
      }
      try {
        ctx.db.delete(placements).where(eq(placements.id, item.placementId)).run();
      } catch (e) {
        if (!isRestricted(e)) throw e;
        const { name } = ctx.db
          .select({ name: students.name })
          .from(placements)
          .innerJoin(students, eq(students.id, placements.studentId))
          .where(eq(placements.id, item.placementId))
          .get()!;
        throw new AppError('import_placement_followed_up', { name });
      }
    }
  },
};
