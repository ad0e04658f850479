import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * What a data package holds and says of itself. The manifest is its last entry, written once the
 * others are hashed; a reader checks every entry against it before anything is restored.
 */

/** Raised when what a package holds changes shape; a package of a higher format is a newer version's. */
export const FORMAT = 1;

export const REGISTER = 'register.sqlite';
export const MACHINE = 'machine.json';
export const MANIFEST = 'manifest.json';
/** The host's TLS files (lan/ in the data folder): plain names only, so an entry can never point outside that folder. */
export const LAN_FILE = /^lan\/([a-z0-9][a-z0-9-]*\.pem)$/;

const entry = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().min(0) });

export const manifestSchema = z.object({
  format: z.number().int().min(1),
  appVersion: z.string(),
  createdAt: z.string(),
  school: z.string(),
  students: z.number().int().min(0),
  /** the register's migrations by name: one this build lacks means a newer version made the package */
  migrations: z.array(z.string()),
  entries: z.record(z.string(), entry),
});
export type Manifest = z.output<typeof manifestSchema>;
export type EntryDigest = z.output<typeof entry>;

/** The migrations this build knows, by journal time → name (drizzle's journal beside them). */
export function knownMigrations(migrationsDir: string): Map<number, string> {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number; tag: string }[] };
  return new Map(journal.entries.map((e) => [e.when, e.tag]));
}

/** The names of the migrations a register has had (as the journal names them; by time where this build does not know one). */
export function migrationNames(db: Database.Database, migrationsDir: string): string[] {
  const known = knownMigrations(migrationsDir);
  const applied = db.prepare('SELECT created_at FROM __drizzle_migrations ORDER BY created_at').all() as { created_at: number }[];
  return applied.map((m) => known.get(Number(m.created_at)) ?? String(m.created_at));
}
