import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { backupNow } from '../../../db/open';
import { readMachineConfig, writeMachineConfig } from '../machine/config';
import { rememberCheck } from './catalog';
import { checkBackup, type BackupCheck } from './check';
import { expiredBackups } from './retention';
import { leftoverParts, listBackups, type BackupFile } from './files';

export interface TakenBackup extends BackupCheck {
  file: string;
  /** the copy in the second folder, or why it could not be made (the folder is a USB disk that is not plugged in…) */
  copy: { file: string } | { error: string } | null;
}

/**
 * A backup taken now (SQLite's online backup API, while others go on working), checked page by
 * page, copied to the second folder when one is set, and the backups past keeping deleted. A
 * backup that fails its check is deleted at once: it would only mislead a restore.
 */
export async function takeBackup(sqlite: Database.Database, why: string, now: Date, secondDir: string | null = null): Promise<TakenBackup> {
  const file = await backupNow(sqlite, why, now);
  const check = checkBackup(file);
  rememberCheck(path.dirname(file), path.basename(file), check);
  if (!check.ok) {
    fs.rmSync(file, { force: true });
    return { ...check, file, copy: null };
  }
  const copy = secondDir ? copyTo(file, secondDir) : null;
  prune(path.dirname(file), now);
  if (secondDir && copy && 'file' in copy) prune(secondDir, now);
  return { ...check, file, copy };
}

/** A backup taken now by the rules of this PC (its second folder), with what became of the copy remembered for the page. */
export async function backupByConfig(ctx: { sqlite: Database.Database; now: () => Date }, why: string): Promise<TakenBackup> {
  const dataDir = path.dirname(ctx.sqlite.name);
  const config = readMachineConfig(dataDir);
  const taken = await takeBackup(ctx.sqlite, why, ctx.now(), config.backups.secondFolder);
  if (taken.copy) writeMachineConfig(dataDir, { ...config, backups: { ...config.backups, lastCopyProblem: 'error' in taken.copy ? taken.copy.error : null } });
  return taken;
}

/** A finished backup is a plain file: copied under a temporary name and renamed, so the folder never shows half of one. */
function copyTo(file: string, dir: string): { file: string } | { error: string } {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const target = path.join(dir, path.basename(file));
    fs.copyFileSync(file, `${target}.partial`);
    fs.renameSync(`${target}.partial`, target);
    return { file: target };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** Deletes what the retention rules no longer keep (retention.ts), and what backups cut short left behind. */
export function prune(dir: string, now: Date): BackupFile[] {
  const expired = expiredBackups(listBackups(dir), now);
  for (const file of expired.map((b) => b.file)) fs.rmSync(file, { force: true });
  for (const file of leftoverParts(dir, now)) fs.rmSync(file, { force: true });
  return expired;
}
