/**
 * Bench section: the office network. 40 counsellors, each on a device of their own, in a second
 * process (./networkLoad.ts) over HTTPS on loopback with keep-alive connections that pin the host's
 * certificate, all logging this month's
 * check-ins for their students at once: requests per second, median, p95 and p99, errors, and the
 * rows counted afterwards (none lost). Then an online backup of the whole register while they go on
 * reading: its time and the p95 of the requests served meanwhile. Target: p95 < 150 ms, no errors,
 * no lost writes. On a copy of the register; the per-address limit is lifted (here every counsellor
 * shares one address, on campus each has their own).
 */
import type Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { backupNow, openDatabase } from '../../db/open';
import { formatTable } from '../../electron/backend/demo/table';
import { createHttpServer } from '../../electron/backend/http/server';
import { ensureCertificate } from '../../electron/backend/lan/certificate';
import { createBackend } from '../../electron/backend/rpc/dispatch';
import { readSettings } from '../../electron/backend/settings/store';
import { chinaToday } from '../../electron/contract/dates';
import { addMonths, lastDayOf } from '../../electron/contract/schoolMonths';
import { tempDir } from '../support/temp';
import type { LoadJob, LoadReport } from './networkLoad';
import { signIn } from './signIn';
import { round, stats } from './stats';

const COUNSELLORS = 40;
const TARGET_P95_MS = 150;

const checkins = (sqlite: Database.Database, month: string) => (sqlite.prepare('SELECT count(*) AS n FROM checkins WHERE month = ?').get(month) as { n: number }).n;

/** Returns whether the section passed. `password`: the demo accounts' (see ./signIn.ts for `own`). */
export async function benchNetwork(source: Database.Database, password: string, own: boolean): Promise<boolean> {
  const dir = tempDir('bangfu-bench-network-');
  const file = path.join(dir, 'bangfu.sqlite');
  await source.backup(file);
  const opened = openDatabase({ file });
  const backend = createBackend(opened, { logError: () => {} });
  const certificate = await ensureCertificate(dir, { dns: ['localhost'], ips: ['127.0.0.1'] });
  const server = createHttpServer({ backend, staticDir: null, tls: certificate, rpcPerMinute: Number.MAX_SAFE_INTEGER });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const base = `https://127.0.0.1:${(server.server.address() as AddressInfo).port}/`;
  const load = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'networkLoad.ts')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const reports = readline.createInterface({ input: load.stdout })[Symbol.asyncIterator]();
  const next = async <P extends LoadReport['phase']>(phase: P) => {
    const line = await reports.next();
    if (line.done) throw new Error('the load process ended early');
    const parsed = JSON.parse(line.value as string) as LoadReport;
    if (parsed.phase !== phase) throw new Error(`expected the ${phase} report`);
    return parsed as Extract<LoadReport, { phase: P }>;
  };
  try {
    // This month, or the last month in school before it (February, July and August are holidays): a month whose check-ins are owed.
    const today = chinaToday(new Date());
    const { inSchoolMonths } = readSettings(opened.db);
    let month = today.slice(0, 7);
    while (!inSchoolMonths.includes(Number(month.slice(5)))) month = addMonths(month, -1);
    const day = month === today.slice(0, 7) ? today : lastDayOf(month);
    const busiest = opened.sqlite
      .prepare(
        `SELECT u.username FROM users u JOIN students s ON s.counsellor_id = u.id
         WHERE u.role = 'counsellor' AND u.active = 1 AND s.status = 'enrolled' GROUP BY u.id ORDER BY count(*) DESC, u.id LIMIT ?`,
      )
      .all(COUNSELLORS) as { username: string }[];
    const owed = opened.sqlite.prepare(
      `SELECT s.id FROM students s JOIN users u ON u.id = s.counsellor_id
       WHERE u.username = ? AND s.status = 'enrolled' AND NOT EXISTS (SELECT 1 FROM checkins c WHERE c.student_id = s.id AND c.month = ?) ORDER BY s.id`,
    );
    const devices: LoadJob['devices'] = [];
    for (const { username } of busiest) {
      // The demo's accounts choose their password at first sign-in: done here in process, used over the network after.
      const chosen = await signIn(backend, username, password, own).catch(() => signIn(backend, username, `${password}-bench`, own));
      devices.push({ username, password: chosen.password, studentIds: (owed.all(username, month) as { id: number }[]).map((r) => r.id) });
    }
    const before = checkins(opened.sqlite, month);
    const job: LoadJob = { base, pin: { cert: certificate.authority, fingerprint: certificate.fingerprint }, month, day, devices };
    load.stdin.write(`${JSON.stringify(job)}\n`);
    const written = await next('writes');
    const lost = before + written.saved - checkins(opened.sqlite, month);
    const writes = stats(written.times);
    const p99 = [...written.times].sort((a, b) => a - b)[Math.floor(written.times.length * 0.99)] ?? 0;

    // An online backup of the whole register while the counsellors go on reading their month.
    const backupStarted = performance.now();
    await backupNow(opened.sqlite, 'bench', new Date());
    const backupMs = performance.now() - backupStarted;
    load.stdin.write('stop\n');
    const read = await next('reads');
    const during = stats(read.times);
    const errors = written.errors + read.errors;

    const pass = writes.p95 < TARGET_P95_MS && during.p95 < TARGET_P95_MS && errors === 0 && lost === 0 && written.saved > 0;
    console.log(`\nThe office network: ${devices.length} counsellors over HTTPS on loopback (a second process, pinned certificate, keep-alive), at once`);
    console.log(
      formatTable(
        ['load', 'requests', 'per s', 'median ms', 'p95 ms', 'p99 ms', 'errors', 'lost', ''],
        [
          ['checkins.save, a month each', written.times.length, round(written.times.length / written.seconds), round(writes.median), round(writes.p95), round(p99), written.errors, lost, writes.p95 < TARGET_P95_MS && written.errors === 0 && lost === 0 ? 'PASS' : 'FAIL'],
          [`checkins.month during a ${round(backupMs)} ms backup`, read.times.length, '', round(during.median), round(during.p95), '', read.errors, '', during.p95 < TARGET_P95_MS && read.errors === 0 ? 'PASS' : 'FAIL'],
        ],
      ),
    );
    console.log(`\nTarget: p95 < ${TARGET_P95_MS} ms, no errors, no lost writes (rows counted afterwards).`);
    console.log(pass ? 'PASS' : 'FAIL');
    return pass;
  } finally {
    load.kill();
    await server.close();
    opened.sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
