import { sql } from 'drizzle-orm';
import fs from 'node:fs';
import path from 'node:path';
import { sessions, users } from '../../../../db/schema';
import type { PackageRestored } from '../../../contract/dataPackage';
import type { Ctx, Handlers, PrepareCtx } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import { exportPackage, type WrittenPackage } from './export';
import { restorePackage, type RestoredPackage } from './restorePackage';

const backupsDirOf = (ctx: PrepareCtx) => path.join(path.dirname(ctx.sqlite.name), 'backups');
const hasUsers = (ctx: PrepareCtx) => ctx.db.select({ n: sql<number>`count(*)` }).from(users).get()!.n > 0;

/**
 * What is left to do in the restored register: everyone signs in again (the sessions are the old
 * PC's), and the restore is recorded there. The user who restored it is not in it: named only.
 */
function afterRestore(ctx: Ctx, file: string, restored: RestoredPackage, by: Record<string, string>): PackageRestored {
  ctx.db.delete(sessions).run();
  ctx.audit({
    action: 'restore',
    entity: 'data_package',
    entityId: null,
    userId: null,
    after: { file, ...restored.summary, kept: restored.kept, safety: restored.safety, ...by },
  });
  return { ...restored.summary, kept: restored.kept };
}

export const packageHandlers: Handlers<'backups.exportPackage' | 'backups.importPackage' | 'backups.importPackageAtSetup'> = {
  'backups.exportPackage': {
    // Compressed a chunk at a time outside the call's transaction: others go on working meanwhile.
    prepare: ({ folder }, ctx) => exportPackage(ctx, folder ?? backupsDirOf(ctx)),
    run: (_input, ctx, prepared) => {
      const { partial, exported } = prepared as WrittenPackage;
      const { file, bytes, students } = exported;
      ctx.audit({ action: 'export', entity: 'data_package', entityId: null, after: { file, bytes, students } });
      try {
        fs.renameSync(partial, exported.file);
      } catch (e) {
        fs.rmSync(partial, { force: true });
        throw e;
      }
      return exported;
    },
  },

  'backups.importPackage': {
    prepare: ({ file }, ctx) => restorePackage(ctx, file),
    run: ({ file, reason }, ctx, prepared) => afterRestore(ctx, file, prepared as RestoredPackage, { reason, by: ctx.user.displayName }),
  },

  /** A fresh install only: with no user yet, nobody's data can be replaced by it. */
  'backups.importPackageAtSetup': {
    prepare: async ({ file }, ctx) => {
      if (hasUsers(ctx)) throw new AppError('package_not_fresh');
      return restorePackage(ctx, file);
    },
    run: ({ file }, ctx, prepared) => afterRestore(ctx, file, prepared as RestoredPackage, {}),
  },
};
