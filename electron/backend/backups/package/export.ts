import fs from 'node:fs';
import path from 'node:path';
import { version as APP_VERSION } from '../../../../package.json';
import { DEFAULT_MIGRATIONS_DIR } from '../../../../db/open';
import type { PackageExported } from '../../../contract/dataPackage';
import type { PrepareCtx } from '../../rpc/context';
import { readSettings } from '../../settings/store';
import { checkBackup } from '../check';
import { assertWritableFolder } from '../folder';
import { unusable } from '../restore';
import { FORMAT, MACHINE, migrationNames, REGISTER } from './manifest';
import { readLanFiles, readMachineFile } from './settings';
import { removeLeftovers, stagingFile } from './staging';
import { writePackage, type PackEntry } from './write';

/** A package written but not yet in place: `partial` is renamed to `file` once the export is recorded. */
export interface WrittenPackage {
  partial: string;
  exported: PackageExported;
}

/** China's wall-clock time of an instant as YYYYMMDD-HHmm: the office reads the file name, not UTC. */
const stamp = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().replace(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}).*$/, '$1$2$3-$4$5');

/** `帮扶生数据包-<school>-<YYYYMMDD-HHmm>.bfpkg` in `folder`, with -2, -3… when two are made in one minute. */
export function packageFile(folder: string, school: string, now: Date): string {
  const safe = school.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim();
  const base = ['帮扶生数据包', ...(safe ? [safe] : []), stamp(now)].join('-');
  for (let n = 1; ; n++) {
    const file = path.join(folder, `${base}${n === 1 ? '' : `-${n}`}.bfpkg`);
    if (!fs.existsSync(file) && !fs.existsSync(`${file}.partial`)) return file;
  }
}

/**
 * The whole office in one file: a fresh copy of the register through SQLite's backup API (never
 * the live file), checked page by page, with this PC's machine.json and the host's TLS files.
 * Written under `.partial`; the caller renames it once the export is recorded.
 */
export async function exportPackage(ctx: PrepareCtx, folder: string, migrationsDir = DEFAULT_MIGRATIONS_DIR): Promise<WrittenPackage> {
  assertWritableFolder('folder', folder);
  const dataDir = path.dirname(ctx.sqlite.name);
  const now = ctx.now();
  removeLeftovers(dataDir);
  const snapshot = stagingFile(dataDir, now);
  const school = readSettings(ctx.db).schoolName;
  const file = packageFile(folder, school, now);
  const partial = `${file}.partial`;
  try {
    await ctx.sqlite.backup(snapshot);
    const check = checkBackup(snapshot);
    if (!check.ok) throw unusable(check.problem);
    const migrations = migrationNames(ctx.sqlite, migrationsDir);
    const machine = readMachineFile(dataDir);
    const entries: PackEntry[] = [
      { name: REGISTER, file: snapshot },
      ...(machine === null ? [] : [{ name: MACHINE, data: Buffer.from(machine, 'utf8') }]),
      ...[...readLanFiles(dataDir)].map(([name, data]) => ({ name: `lan/${name}`, data })),
    ];
    const summary = { school, students: check.students ?? 0, createdAt: now.toISOString(), appVersion: APP_VERSION };
    const bytes = await writePackage(partial, entries, (digests) => ({ format: FORMAT, ...summary, migrations, entries: digests }));
    return { partial, exported: { ...summary, file, bytes } };
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  } finally {
    // the copy keeps the register's WAL mode, so reading it left SQLite's files beside it too
    for (const f of [snapshot, `${snapshot}-wal`, `${snapshot}-shm`]) fs.rmSync(f, { force: true });
  }
}
