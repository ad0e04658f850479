import fs from 'node:fs';
import path from 'node:path';

/**
 * The backups in a folder, as db/open.ts's backupPath names them: `bangfu-2026-12-06T19-31-35-123Z-daily.sqlite`
 * (the database's name, the instant in UTC, why it was taken). A file still being written ends in
 * `.partial` and is not a backup yet.
 */
export interface BackupFile {
  file: string;
  name: string;
  takenAt: Date;
  /** 'daily', 'manual', 'before-import', 'before-restore', 'before-<migration>'… */
  why: string;
  bytes: number;
}

const NAME = /^(.+)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z0-9-]+)\.sqlite$/;

/** What a backup's file name says, or null for any other file. */
export function parseBackupName(name: string): { base: string; takenAt: Date; why: string } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const takenAt = new Date(`${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z`);
  return Number.isNaN(takenAt.getTime()) ? null : { base: m[1], takenAt, why: m[7] };
}

/** The finished backups in `dir`, newest first; none when the folder does not exist yet. */
export function listBackups(dir: string): BackupFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .flatMap((name) => {
      const parsed = parseBackupName(name);
      if (!parsed) return [];
      const file = path.join(dir, name);
      return [{ file, name, takenAt: parsed.takenAt, why: parsed.why, bytes: fs.statSync(file).size }];
    })
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/**
 * What a backup cut short (a crash, a power cut) left behind: a `.partial` file older than any backup
 * takes; and the -wal and -shm files that reading a backup left beside it before backups were
 * written in rollback mode, once their backup is gone.
 */
export function leftoverParts(dir: string, now: Date, olderThanMs = 3_600_000): string[] {
  if (!fs.existsSync(dir)) return [];
  const names = new Set(fs.readdirSync(dir));
  const orphan = (name: string) => /\.sqlite-(wal|shm)$/.test(name) && !names.has(name.replace(/-(wal|shm)$/, ''));
  return [...names]
    .filter((name) => name.endsWith('.partial') || orphan(name))
    .map((name) => path.join(dir, name))
    .filter((file) => now.getTime() - fs.statSync(file).mtimeMs > olderThanMs);
}
