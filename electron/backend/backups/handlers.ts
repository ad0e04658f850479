import { eq } from 'drizzle-orm';
import fs from 'node:fs';
import path from 'node:path';
import { sessions, users } from '../../../db/schema';
import type { BackupEntry, BackupOverview } from '../../contract/backups';
import { readMachineConfig, writeMachineConfig } from '../machine/config';
import type { AuthedCtx, Handlers, PrepareCtx } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { catalog } from './catalog';
import { assertWritableFolder } from './folder';
import { parseBackupName } from './files';
import { refuseUnusable, restoreInto, unusable } from './restore';
import { backupByConfig, type TakenBackup } from './take';

/** The data folder is the database's; its backups are in backups/ (db/open.ts backupPath). */
const dataDirOf = (ctx: PrepareCtx) => path.dirname(ctx.sqlite.name);
const backupsDirOf = (ctx: PrepareCtx) => path.join(dataDirOf(ctx), 'backups');

function overview(ctx: PrepareCtx): BackupOverview {
  const { backups } = readMachineConfig(dataDirOf(ctx));
  return { folder: backupsDirOf(ctx), secondFolder: backups.secondFolder, secondFolderProblem: backups.lastCopyProblem, entries: catalog(backupsDirOf(ctx)) };
}

const entryOf = (ctx: PrepareCtx, file: string): BackupEntry => catalog(backupsDirOf(ctx)).find((e) => e.name === path.basename(file))!;

/** A folder the backups can be copied to: written to once to be sure, and not the backups folder itself. */
function checkSecondFolder(ctx: PrepareCtx, folder: string): void {
  if (!path.isAbsolute(folder)) throw AppError.field('folder', 'backup_folder_relative');
  if (path.resolve(folder) === path.resolve(backupsDirOf(ctx)) || path.resolve(folder) === path.resolve(dataDirOf(ctx))) throw AppError.field('folder', 'backup_folder_same');
  assertWritableFolder('folder', folder);
}

/**
 * What the restore leaves to do in the restored database: everyone signs in again (the sessions
 * are the backup's, and the users may be too), and the restore is recorded there, by a user it may
 * not know yet (an account made after the backup): then by name only.
 */
function afterRestore(ctx: AuthedCtx, reason: string, restored: BackupEntry, safety: BackupEntry) {
  ctx.db.delete(sessions).run();
  const known = ctx.db.select({ id: users.id }).from(users).where(eq(users.id, ctx.user.id)).get() !== undefined;
  ctx.audit({
    action: 'restore',
    entity: 'backup',
    entityId: null,
    userId: known ? ctx.user.id : null,
    after: { reason, backup: restored.name, takenAt: restored.takenAt, safety: safety.name, ...(known ? {} : { by: ctx.user.displayName }) },
  });
  return { restored, safety };
}

export const backupsHandlers: Handlers<'backups.list' | 'backups.create' | 'backups.setSecondFolder' | 'backups.restore'> = {
  'backups.list': (_input, ctx) => overview(ctx),

  'backups.create': {
    // SQLite's online backup, outside the call's transaction: others go on working meanwhile.
    prepare: async (_input, ctx) => backupByConfig(ctx, 'manual'),
    run: (_input, ctx, taken) => {
      const { file, ok, students, copy } = taken as TakenBackup;
      if (!ok) throw unusable((taken as TakenBackup).problem);
      ctx.audit({ action: 'create', entity: 'backup', entityId: null, after: { name: path.basename(file), students, copy: copy && 'file' in copy ? copy.file : null } });
      return entryOf(ctx, file);
    },
  },

  'backups.setSecondFolder': ({ folder }, ctx) => {
    const wanted = folder === '' ? null : folder;
    // A share will do for the copies (they are plain files), unlike for the live database.
    if (wanted !== null) checkSecondFolder(ctx, wanted);
    const config = readMachineConfig(dataDirOf(ctx));
    writeMachineConfig(dataDirOf(ctx), { ...config, backups: { secondFolder: wanted, lastCopyProblem: null } });
    ctx.audit({ action: 'update', entity: 'backup', entityId: null, before: { secondFolder: config.backups.secondFolder }, after: { secondFolder: wanted } });
    return overview(ctx);
  },

  'backups.restore': {
    // The whole swap happens here, outside a transaction of this connection: SQLite's backup API writes the live file through its own.
    prepare: async ({ name }, ctx) => {
      const file = path.join(backupsDirOf(ctx), name);
      if (parseBackupName(name) === null || path.basename(name) !== name || !fs.existsSync(file)) throw new AppError('backup_not_found');
      refuseUnusable(file);
      const restored = entryOf(ctx, file);
      const safety = await backupByConfig(ctx, 'before-restore');
      if (!safety.ok) throw unusable(safety.problem);
      await restoreInto(ctx, file);
      return { restored, safety: entryOf(ctx, safety.file) };
    },
    run: ({ reason }, ctx, prepared) => {
      const { restored, safety } = prepared as { restored: BackupEntry; safety: BackupEntry };
      return afterRestore(ctx, reason, restored, safety);
    },
  },
};
