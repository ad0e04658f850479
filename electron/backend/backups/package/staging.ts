import fs from 'node:fs';
import path from 'node:path';

/**
 * Where an export or a restore keeps its working copy of the register: beside the data, on the
 * same disk and as private as the database itself.
 */
const PREFIX = '.package-';
/** Longer than any export or restore takes: what is older was left by one cut short. */
const STALE_MS = 3_600_000;

/** A new working place in `dataDir`: a file name for an export's copy, or a folder for a restore's. */
export const stagingFile = (dataDir: string, now: Date) => path.join(dataDir, `${PREFIX}${process.pid}-${now.getTime()}.sqlite`);
export const stagingFolder = (dataDir: string) => fs.mkdtempSync(path.join(dataDir, PREFIX));

/** Removes what an export or restore cut short (a crash, a power cut) left: a whole copy of the register each time. */
export function removeLeftovers(dataDir: string): void {
  for (const name of fs.readdirSync(dataDir).filter((n) => n.startsWith(PREFIX))) {
    const file = path.join(dataDir, name);
    if (Date.now() - fs.statSync(file).mtimeMs > STALE_MS) fs.rmSync(file, { recursive: true, force: true });
  }
}
