import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeWhole } from '../wholeFile';

/**
 * What belongs to this PC rather than to the register: where its backups are copied, and (host
 * mode) how it serves the office. Kept in the data folder beside the database, outside it, so
 * that restoring an old backup does not turn the second backup folder off.
 */
/** The office network's HTTPS port unless the administrator chooses another. */
export const DEFAULT_LAN_PORT = 5443;

const machineConfig = z.object({
  /** host mode: this PC serves the office network over HTTPS */
  lan: z.object({ enabled: z.boolean().default(false), port: z.number().int().min(1).max(65535).default(DEFAULT_LAN_PORT) }).default({ enabled: false, port: DEFAULT_LAN_PORT }),
  backups: z.object({ secondFolder: z.string().nullable().default(null), lastCopyProblem: z.string().nullable().default(null) }).default({ secondFolder: null, lastCopyProblem: null }),
});
export type MachineConfig = z.output<typeof machineConfig>;

const FILE = 'machine.json';

export const machineConfigFile = (dataDir: string) => path.join(dataDir, FILE);

/** The PC's settings, the defaults where the file is missing or unreadable (a broken file must not stop the app). */
export function readMachineConfig(dataDir: string): MachineConfig {
  try {
    return machineConfig.parse(JSON.parse(fs.readFileSync(path.join(dataDir, FILE), 'utf8')));
  } catch {
    return machineConfig.parse({});
  }
}

export function writeMachineConfig(dataDir: string, config: MachineConfig): void {
  writeWhole(path.join(dataDir, FILE), JSON.stringify(config, null, 2));
}
