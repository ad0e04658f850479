import type { Db } from '../../db/open';

/**
 * Statements kept per database and per query shape (`key`), prepared the first time they are
 * asked for. For the reads people repeat all day, drizzle building the SQL and SQLite compiling it
 * on every call cost more than running it. Keyed by the database so tests' many databases never
 * share one.
 */
export function statementCache<T>() {
  const byDb = new WeakMap<Db, Map<string, T>>();
  return (db: Db, key: string, prepare: () => T): T => {
    let cache = byDb.get(db);
    if (!cache) byDb.set(db, (cache = new Map()));
    let found = cache.get(key);
    if (found === undefined) cache.set(key, (found = prepare()));
    return found;
  };
}
