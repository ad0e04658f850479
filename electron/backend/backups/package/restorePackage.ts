import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_MIGRATIONS_DIR } from '../../../../db/open';
import type { KeptSetting, PackageSummary } from '../../../contract/dataPackage';
import { readMachineConfig, writeMachineConfig } from '../../machine/config';
import type { PrepareCtx } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import { refuseUnusable, restoreInto, unusable } from '../restore';
import { backupByConfig } from '../take';
import { knownMigrations } from './manifest';
import { invalid, readPackage, type StagedPackage } from './read';
import { mergedMachineConfig, readLanFiles, readMachineFile, restoreMachineFile, writeLanFiles } from './settings';
import { removeLeftovers, stagingFolder } from './staging';

/** Why the backup before a package is restored was taken (its name's last part). */
export const BEFORE_PACKAGE = 'before-package';

export interface RestoredPackage {
  summary: PackageSummary;
  kept: KeptSetting[];
  /** the backup of the register as it was just before, by file name */
  safety: string;
}

/** The package file the user named: a whole path to a file that is there. */
function checkPackagePath(file: string): void {
  if (!path.isAbsolute(file)) throw AppError.field('file', 'package_file_relative');
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw AppError.field('file', 'package_file_missing');
}

/** The register in the package refused in the package's words: damaged, not this app's, a newer version's. */
function refuseRegister(staged: StagedPackage, migrationsDir: string): void {
  try {
    refuseUnusable(staged.register, migrationsDir);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    if (e.code === 'backup_too_new') throw new AppError('package_too_new', { version: staged.manifest.appVersion });
    const problem = (e.params.problem as { key?: string } | undefined)?.key;
    throw invalid(problem === 'backup_problem_not_ours' ? 'db_not_ours' : 'db_damaged');
  }
}

/**
 * The register and this PC's settings replaced by the package's, all or nothing. Everything is
 * checked before anything changes (the package entry by entry, its register page by page); then
 * the register is backed up, the package's put in its place through SQLite's backup API, and
 * machine.json and lan/ written. If any of that fails, the backup goes back in and the files as
 * they were, and the failure is said. Sessions and the audit entry are the caller's, in the
 * restored register.
 */
export async function restorePackage(ctx: PrepareCtx, file: string, migrationsDir = DEFAULT_MIGRATIONS_DIR): Promise<RestoredPackage> {
  checkPackagePath(file);
  const dataDir = path.dirname(ctx.sqlite.name);
  removeLeftovers(dataDir);
  const staging = stagingFolder(dataDir);
  try {
    const { staged, merged } = await nothingChanged(async () => {
      const staged = await readPackage(file, staging, new Set(knownMigrations(migrationsDir).values()));
      refuseRegister(staged, migrationsDir);
      return { staged, merged: staged.machine ? mergedMachineConfig(staging, staged.machine, readMachineConfig(dataDir)) : null };
    });
    const safety = await backupByConfig(ctx, BEFORE_PACKAGE);
    if (!safety.ok) throw unusable(safety.problem);
    const before = { machine: readMachineFile(dataDir), lan: readLanFiles(dataDir) };
    try {
      await restoreInto(ctx, staged.register, migrationsDir);
      if (merged) writeMachineConfig(dataDir, merged.config);
      // the old host's certificates replace this PC's; a package without any leaves this PC's as they are
      if (staged.lan.size > 0) writeLanFiles(dataDir, staged.lan);
    } catch (e) {
      await restoreInto(ctx, safety.file, migrationsDir);
      restoreMachineFile(dataDir, before.machine);
      if (staged.lan.size > 0) writeLanFiles(dataDir, before.lan);
      throw new AppError('package_failed', { reason: (e as Error).message });
    }
    const { school, students, createdAt, appVersion } = staged.manifest;
    return { summary: { school, students, createdAt, appVersion }, kept: merged?.kept ?? [], safety: path.basename(safety.file) };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Checking the package changes nothing: a failure of this PC on the way (a full disk) is said with its reason, as a refusal. */
async function nothingChanged<T>(check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('package_failed', { reason: (e as Error).message });
  }
}
