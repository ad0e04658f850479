/**
 * Run by test/integration/allowance-crash.test.ts as a child process: makes a batch on the data
 * folder given, as finance. With `pause`, once 30 of its lines are written inside the still-open
 * transaction, it says "mid" on stdout and waits there to be killed; else it says "finished".
 */
import fs from 'node:fs';
import { openDatabase } from '../../db/open';
import { dbFileIn } from '../../electron/backend/data-dir';
import { ContractCaller } from '../../electron/backend/rpc/caller';
import { createBackend } from '../../electron/backend/rpc/dispatch';

const [dataDir, policyId, period, pause] = process.argv.slice(2);
const opened = openDatabase({ file: dbFileIn(dataDir) });
if (pause) {
  opened.sqlite.function('crash_point', () => {
    fs.writeSync(1, 'mid\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
    return null;
  });
  opened.sqlite.exec(`CREATE TEMP TRIGGER crash_mid AFTER INSERT ON allowance_lines
    WHEN (SELECT count(*) FROM allowance_lines WHERE batch_id = NEW.batch_id) = 30 BEGIN SELECT crash_point(); END`);
}
const backend = createBackend(opened, { now: () => new Date('2026-11-23T02:00:00Z') });
const finance = new ContractCaller(backend);
void (async () => {
  await finance.call('auth.login', { username: 'cai', password: 'password-cai' });
  await finance.call('allowances.createBatch', { policyId: Number(policyId), period, notes: '' });
  fs.writeSync(1, 'finished\n');
})();
