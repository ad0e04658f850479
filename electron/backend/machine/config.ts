import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeWhole } from '../wholeFile';

/**
 * What belongs to this PC rather than to the register: whether it holds the data or is a client of
 * the office host, where its backups are copied, and (host mode) how it serves the office. Kept in the data folder beside the database, outside it, so
 * that restoring an old backup does not turn the second backup folder off.
 */
/** The office network's HTTPS port unless the administrator chooses another. */
export const DEFAULT_LAN_PORT = 5443;

/** A host as this PC pinned it (electron/backend/lan/pin.ts): the certificate a person compared, where it was reached. */
const pinnedHost = z.object({ url: z.string(), fingerprint: z.string(), cert: z.string(), name: z.string() });
export type PinnedHostConfig = z.output<typeof pinnedHost>;

/** What this PC is: it holds the data (the office host, or a PC used alone), or it is a client of the host it pinned. */
const use = z.discriminatedUnion('kind', [z.object({ kind: z.literal('own') }), z.object({ kind: z.literal('client'), host: pinnedHost })]);
export type MachineUse = z.output<typeof use>;

const machineConfig = z.object({
  /** null: not chosen (files from before the choice existed, and a new PC); see resolveUse */
  use: use.nullable().default(null),
  /** the office host starts with Windows, hidden in the tray */
  startAtLogin: z.boolean().default(false),
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

/**
 * What this PC is at start-up. Nothing chosen: a PC that already holds a database has always been
 * `own` (every install before the choice existed); one without is asked at first start (null).
 */
export function resolveUse(config: MachineConfig, hasDatabase: boolean): MachineUse | null {
  return config.use ?? (hasDatabase ? { kind: 'own' } : null);
}
