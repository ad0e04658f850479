import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { settings } from '../../../db/schema';
import { PROGRESS_COLUMNS, progressColumnsSchema, type ProgressColumnKey } from '../../contract/reportingColumns';

/** Where the chosen columns are kept: a key of their own in the settings table, beside 基本设置's. */
export const PROGRESS_COLUMNS_KEY = 'reports.progressColumns';

/** The columns the office chose for the 进展情况表, or all of them in the default order. */
export function readProgressColumns(db: Db): ProgressColumnKey[] {
  const row = db.select().from(settings).where(eq(settings.key, PROGRESS_COLUMNS_KEY)).get();
  const parsed = row ? progressColumnsSchema.safeParse(JSON.parse(row.value)) : null;
  return parsed?.success ? parsed.data : [...PROGRESS_COLUMNS];
}

/** Keeps a chosen set (checked by progressColumnsSchema at the contract). */
export function writeProgressColumns(db: Db, keys: readonly ProgressColumnKey[], now: Date): void {
  const row = { key: PROGRESS_COLUMNS_KEY, value: JSON.stringify(keys), updatedAt: now.toISOString() };
  db.insert(settings).values(row).onConflictDoUpdate({ target: settings.key, set: row }).run();
}
