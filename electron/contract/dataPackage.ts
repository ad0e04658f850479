import { z } from 'zod';
import { method } from './define';
import { requiredText } from './fields';
import type { Role } from './roles';

/**
 * 数据包: the whole office in one file (the register, this PC's settings and the host's
 * certificates), to move it to a new PC. It holds every student's 身份证号 and bank account.
 */

/** What a package says of itself (its manifest), as the pages show it. */
export interface PackageSummary {
  school: string;
  students: number;
  createdAt: string;
  appVersion: string;
}

export interface PackageExported extends PackageSummary {
  /** where it was written, to find it in Explorer */
  file: string;
  bytes: number;
}

/** A setting of the old PC that makes no sense on this one, so this PC's own was kept: its second backup folder that is not here. */
export interface KeptSetting {
  setting: 'secondFolder';
  /** what the package had */
  packaged: string;
  /** what this PC keeps (null: none) */
  kept: string | null;
}

export interface PackageRestored extends PackageSummary {
  kept: KeptSetting[];
}

const ADMIN: readonly Role[] = ['admin'];
const path = (max: number) => z.string().trim().min(1, 'required').max(max, 'too_long');

export const dataPackageMethods = {
  /** Written into `folder` (the backups folder when null), checked writable first. */
  'backups.exportPackage': method<PackageExported>()({
    input: z.object({ folder: path(260).nullable() }),
    roles: ADMIN,
    write: true,
    affects: ['backups'],
  }),
  /** The register and settings replaced by the package's, after the current ones are backed up; everyone signs in again. */
  'backups.importPackage': method<PackageRestored>()({
    input: z.object({ file: path(400), reason: requiredText(200) }),
    roles: ADMIN,
    write: true,
    affects: ['backups'],
  }),
  /**
   * The same on a fresh install, before anyone can sign in: refused once the register has any
   * user, so it exposes no more than auth.setup does.
   */
  'backups.importPackageAtSetup': method<PackageRestored>()({
    input: z.object({ file: path(400) }),
    roles: 'public',
    write: true,
    affects: ['auth', 'backups'],
  }),
};
