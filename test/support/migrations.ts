import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_MIGRATIONS_DIR } from '../../db/open';
import { tempDir } from './temp';

export interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

export const readJournal = (dir: string): Journal => JSON.parse(fs.readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8'));

/** A copy of the migrations folder holding only the first `n` migrations: a database as an older release left it. */
export function firstMigrations(n: number): string {
  const dir = tempDir('migrations-');
  const journal = readJournal(DEFAULT_MIGRATIONS_DIR);
  fs.mkdirSync(path.join(dir, 'meta'));
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, n) }));
  for (const e of journal.entries.slice(0, n)) fs.copyFileSync(path.join(DEFAULT_MIGRATIONS_DIR, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}
