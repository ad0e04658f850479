import { z } from 'zod';
import { dataPackageMethods } from './dataPackage';
import { method } from './define';
import { requiredText } from './fields';
import type { Role } from './roles';

/**
 * 备份: the database's backups in the data folder (backups/), taken once a day while the app runs,
 * before every risky step (an import, a restore, a migration) and by hand; optionally copied to a
 * second folder (a USB disk, a share). Restoring one is for the administrator.
 */

/** Why a backup was taken: 'daily', 'manual', 'before-import', 'before-undo-import', 'before-restore', 'before-<migration>'. */
export type BackupReason = string;

export interface BackupEntry {
  name: string;
  takenAt: string;
  why: BackupReason;
  bytes: number;
  /** the check when it was taken (or first listed): whole and this app's register */
  ok: boolean;
  problem: 'not_sqlite' | 'damaged' | 'not_ours' | null;
  students: number | null;
}

export interface BackupOverview {
  /** the folder the backups are in, to find them in Explorer */
  folder: string;
  /** where each backup is copied too, or null */
  secondFolder: string | null;
  /** when a copy into the second folder last failed, why (a USB disk not plugged in) */
  secondFolderProblem: string | null;
  entries: BackupEntry[];
}

const ADMIN: readonly Role[] = ['admin'];
/** Office staff may take a backup before a step of their own they are unsure of; only the administrator restores one. */
const TAKERS: readonly Role[] = ['admin', 'office'];

export const backupsMethods = {
  'backups.list': method<BackupOverview>()({ input: z.object({}), roles: TAKERS, write: false }),
  'backups.create': method<BackupEntry>()({ input: z.object({}), roles: TAKERS, write: true, affects: ['backups'] }),
  /** a folder every backup is copied to as well; null: none. Checked by writing to it. */
  'backups.setSecondFolder': method<BackupOverview>()({
    input: z.object({ folder: z.string().trim().max(260, 'too_long').nullable() }),
    roles: ADMIN,
    write: true,
    affects: ['backups'],
  }),
  /**
   * The database put back as the backup has it, after the current one is backed up: the backup is
   * checked first, and everyone (this user too) signs in again afterwards.
   */
  'backups.restore': method<{ restored: BackupEntry; safety: BackupEntry }>()({
    input: z.object({ name: z.string().max(200), reason: requiredText(200) }),
    roles: ADMIN,
    write: true,
    affects: ['backups'],
  }),
  ...dataPackageMethods,
};
