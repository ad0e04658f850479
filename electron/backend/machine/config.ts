import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * What belongs to this PC rather than to the register: where its backups are copied, and (host
 * mode) how it serves the office. Kept in the data folder beside the database, outside it, so
 * that restoring an old backup does not turn the second backup folder off.
 */
const machineConfig = z.object({
  backups: z.object({ secondFolder: z.string().nullable().default(null), lastCopyProblem: z.string().nullable().default(null) }).default({ secondFolder: null, lastCopyProblem: null }),
});
export type MachineConfig = z.output<typeof machineConfig>;

const FILE = 'machine.json';

/** The PC's settings, the defaults where the file is missing or unreadable (a broken file must not stop the app). */
export function readMachineConfig(dataDir: string): MachineConfig {
  try {
    return machineConfig.parse(JSON.parse(fs.readFileSync(path.join(dataDir, FILE), 'utf8')));
  } catch {
    return machineConfig.parse({});
  }
}

/** Written whole under another name and renamed, so a power cut leaves the old file or the new one. */
export function writeMachineConfig(dataDir: string, config: MachineConfig): void {
  const file = path.join(dataDir, FILE);
  fs.writeFileSync(`${file}.partial`, JSON.stringify(config, null, 2), { mode: 0o600 });
  fs.renameSync(`${file}.partial`, file);
}
