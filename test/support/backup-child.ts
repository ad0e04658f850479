/**
 * Takes a backup of the database named on the command line the way the app does (db/open.ts
 * backupNow), for a test to kill part-way: run with `node --import tsx`.
 */
import Database from 'better-sqlite3';
import { backupNow } from '../../db/open';

const sqlite = new Database(process.argv[2]);
void backupNow(sqlite, 'daily', new Date()).then((file) => process.stdout.write(`done ${file}\n`));
