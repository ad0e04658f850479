import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry } from '../../contract/backups';
import { writeWhole } from '../wholeFile';
import { checkBackup, type BackupCheck } from './check';
import { listBackups } from './files';

/**
 * The backups with what their check found. A check reads every page, so it is done once, when a
 * backup is taken (or first listed), and remembered in checks.json beside them.
 */
const CHECKS = 'checks.json';

type Checks = Record<string, BackupCheck>;

function readChecks(dir: string): Checks {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, CHECKS), 'utf8')) as Checks;
  } catch {
    return {};
  }
}

const writeChecks = (dir: string, checks: Checks) => writeWhole(path.join(dir, CHECKS), JSON.stringify(checks));

/** Remembers a backup's check, and forgets those of backups no longer there. */
export function rememberCheck(dir: string, name: string, check: BackupCheck): void {
  const present = new Set(listBackups(dir).map((b) => b.name));
  const checks = Object.fromEntries(Object.entries(readChecks(dir)).filter(([n]) => present.has(n)));
  writeChecks(dir, { ...checks, [name]: check });
}

/** The backups in `dir`, newest first, each with its check (made now for one never checked). */
export function catalog(dir: string): BackupEntry[] {
  const checks = readChecks(dir);
  let changed = false;
  const entries = listBackups(dir).map((b): BackupEntry => {
    if (!checks[b.name]) [checks[b.name], changed] = [checkBackup(b.file), true];
    const { ok, problem, students } = checks[b.name];
    return { name: b.name, takenAt: b.takenAt.toISOString(), why: b.why, bytes: b.bytes, ok, problem, students };
  });
  if (changed) writeChecks(dir, checks);
  return entries;
}
