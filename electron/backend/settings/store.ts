import { settings } from '../../../db/schema';
import type { Db } from '../../../db/open';
import { DEFAULT_SETTINGS, storedSettings, type Settings } from '../../contract/settings';

/** Stored values over the defaults; a key never saved reads as its default. */
export function readSettings(db: Db): Settings {
  const stored = Object.fromEntries(db.select().from(settings).all().map((r) => [r.key, JSON.parse(r.value)]));
  return storedSettings.parse({ ...DEFAULT_SETTINGS, ...stored });
}

export function writeSettings(db: Db, values: Settings, now: Date): void {
  for (const [key, value] of Object.entries(values)) {
    const row = { key, value: JSON.stringify(value), updatedAt: now.toISOString() };
    db.insert(settings).values(row).onConflictDoUpdate({ target: settings.key, set: row }).run();
  }
}
