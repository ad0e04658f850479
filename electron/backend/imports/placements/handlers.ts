import { importedPlacements, placements } from '../../../../db/schema';
import type { PlacementImportPreview, PlacementSheet } from '../../../contract/importPlacements';
import type { ImportDone } from '../../../contract/importRows';
import type { AuthedCtx, Handlers } from '../../rpc/context';
import { updateVersioned } from '../../rpc/versioned';
import { backupFirst, counted, previewOnly, recordImport, refuseStale } from '../rows';
import { evaluate, storedOf } from './evaluate';

function preview(ctx: AuthedCtx, sheet: PlacementSheet): PlacementImportPreview {
  return previewOnly(ctx, () => {
    const { rows, missingCompanies } = evaluate(ctx, sheet);
    return { counts: counted(rows), rows: rows.map(({ input: _i, before: _b, ...row }) => row), missingCompanies };
  });
}

/**
 * The sheet's records without problems, written in the call's one transaction (the employers it
 * lacks made first, when asked): refused whole when a placement an update changes is not as the
 * preview showed it (another user saved in between).
 */
function write(ctx: AuthedCtx, sheet: PlacementSheet & { seen: { studentId: number; version: number }[] }, backupFile: string): ImportDone {
  const { rows } = evaluate(ctx, sheet);
  refuseStale(rows, sheet.seen);
  const done = recordImport(ctx, 'placements', sheet, rows, backupFile);
  const { importId } = done;
  const ts = ctx.now().toISOString();
  for (const r of rows) {
    if (r.status === 'new') {
      const { id } = ctx.db.insert(placements).values({ ...r.input!, createdAt: ts, updatedAt: ts }).returning({ id: placements.id }).get();
      ctx.db.insert(importedPlacements).values({ importId, placementId: id, action: 'create', before: null, version: 1 }).run();
    } else if (r.status === 'update') {
      const { before, input, version } = r;
      updateVersioned(ctx.db, placements, 'placement', before!.id, version!, input!, ctx.now(), ctx.locale);
      const stored = storedOf(before!) as unknown as Record<string, unknown>;
      const replaced = Object.fromEntries(Object.entries(input!).flatMap(([k, v]) => (stored[k] === v ? [] : [[k, stored[k]]])));
      const item = { importId, placementId: before!.id, action: 'update', before: JSON.stringify(replaced), version: version! + 1 };
      ctx.db.insert(importedPlacements).values(item).run();
    }
  }
  return done;
}

export const placementImportHandlers: Handlers<'imports.previewPlacements' | 'imports.importPlacements'> = {
  'imports.previewPlacements': (sheet, ctx) => preview(ctx, sheet),
  'imports.importPlacements': {
    // Taken before the transaction, while others go on working: an import changes many placements at once.
    prepare: (_input, ctx) => backupFirst(ctx),
    run: (input, ctx, backupFile) => write(ctx, input, backupFile as string),
  },
};
