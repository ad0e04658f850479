/**
 * `npm run bench [-- --students N --iterations N --seed S]`: latency of the register's list
 * query on a 20,000-student demo register, three ways: the backend contract in process, the
 * same over HTTP on 127.0.0.1, and the equivalent SQL straight through better-sqlite3.
 * Target: p95 under 50 ms, and the contract at most 3× the direct SQL. Then a bulk status change
 * of 500 students (./bulk.ts: under 1 s, with its ratio to the same writes by hand), and the export
 * of the whole register to Excel (./export.ts: under 3 s, with its ratio to a plain SheetJS write), and the
 * monthly check-ins (./checkins.ts: month views under 100 ms, a save under 20 ms), and a month's
 * allowance batch for everyone in school (./allowances.ts: under 1 s, under 5× raw inserts) and its
 * 1,000-line 发放表 printed to PDF in Chromium (under 5 s), and a student's allowance ledger and the
 * office's totals over ten years of paid batches (./allowanceLedger.ts: under 100 ms), and the graduate
 * outcome statistics, 流失率 and the follow-ups due with every graduate placed (./outcomes.ts: under 200 ms),
 * and the preview and import of a 5,000-student workbook (./imports.ts: under 3 s each). Exits 1 on FAIL.
 * `--data DIR --password P` measures an existing demo folder instead (generating takes minutes).
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '../../db/open';
import { dbFileIn } from '../../electron/backend/data-dir';
import { generateDemo } from '../../electron/backend/demo/generate';
import { formatTable } from '../../electron/backend/demo/table';
import { createHttpServer } from '../../electron/backend/http/server';
import { createBackend } from '../../electron/backend/rpc/dispatch';
import { ContractCaller } from '../../electron/backend/rpc/caller';
import { intArg, parseArgs } from '../../electron/cli/args';
import { chinaToday } from '../../electron/contract/dates';
import type { Page } from '../../electron/contract/fields';
import type { StudentRow } from '../../electron/contract/students';
import { HttpClient } from '../support/api';
import { tempDir } from '../support/temp';
import { benchAllowanceLedger } from './allowanceLedger';
import { benchAllowances } from './allowances';
import { benchBulk } from './bulk';
import { benchCheckins } from './checkins';
import { insertDemoCheckins } from './checkinsData';
import { benchExport } from './export';
import { benchImports } from './imports';
import { benchNetwork } from './network';
import { benchReporting } from './reporting';
import { benchOutcomes } from './outcomes';
import { benchQueries, directQuery, type BenchQuery } from './queries';
import { elapsed, round, stats } from './stats';

const TARGET_P95_MS = 50;
const TARGET_RATIO = 3;
const WARM_UP = 20;

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const students = intArg(args, 'students', 20_000);
  const iterations = intArg(args, 'iterations', 200);
  const existing = typeof args.data === 'string' ? args.data : null;
  const dataDir = existing ?? tempDir('bangfu-bench-');
  let password: string;
  let demoPassword: string | null = null;
  if (existing) {
    if (typeof args.password !== 'string') throw new Error('--data needs --password (the demo accounts\' password)');
    password = args.password;
  } else {
    console.log(`Generating ${students} demo students through the contract into ${dataDir} …`);
    const demoOpts = { students, seed: intArg(args, 'seed', 2012), asOf: chinaToday(new Date()), checkins: false, allowances: false, placements: false };
    const demo = await generateDemo(dataDir, demoOpts);
    console.log(`  done in ${demo.seconds.toFixed(1)} s (${demo.staff.length} accounts, ${demo.classes} classes)`);
    const started = performance.now();
    const db = openDatabase({ file: dbFileIn(dataDir) });
    const written = insertDemoCheckins(db.sqlite, demoOpts);
    db.sqlite.close();
    console.log(`  and the demo's ${written} check-ins by SQL in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    password = demoPassword = demo.password;
  }

  const opened = openDatabase({ file: dbFileIn(dataDir) });
  const backend = createBackend(opened);
  // One client calling as fast as it can: far past the API's per-address limit, which stays in the path being measured.
  const server = createHttpServer({ backend, staticDir: null, rpcPerMinute: Number.MAX_SAFE_INTEGER });
  await server.listen({ port: 0, host: '127.0.0.1' });
  let failed = false;
  try {
    const http = new HttpClient(`http://127.0.0.1:${(server.server.address() as AddressInfo).port}/`);
    const office = new ContractCaller(backend);
    const me = await office.call('auth.login', { username: 'office', password });
    if (me.mustChangePassword) {
      // The demo's accounts choose their own password at first sign-in; a folder of the bench's own gets a fresh one.
      if (existing) throw new Error('office must first choose its own password: sign in once in the app, then pass that password');
      password = `${password}-bench`;
      await office.call('auth.changePassword', { currentPassword: demoPassword!, newPassword: password });
    }
    await http.call('auth.login', { username: 'office', password });

    const inProcess = async (q: BenchQuery) => {
      const { envelope } = await backend.call({ method: 'students.list', input: q.input, locale: 'zh-CN' }, office.token);
      if (!envelope.ok) throw new Error(`${q.label}: ${envelope.error.message}`);
      return envelope.result as Page<StudentRow>;
    };

    const results = [];
    for (const q of benchQueries(opened.sqlite)) {
      const direct = directQuery(opened.sqlite, q);
      assertSameAnswer(q, await inProcess(q), direct.run());
      const times = { contract: [] as number[], http: [] as number[], direct: [] as number[] };
      // Interleaved, so a slow patch of the machine hits all three alike.
      for (let i = 0; i < WARM_UP + iterations; i++) {
        const c = await elapsed(() => inProcess(q));
        const h = await elapsed(() => http.call('students.list', q.input));
        const d = await elapsed(() => direct.run());
        if (i >= WARM_UP) times.contract.push(c), times.http.push(h), times.direct.push(d);
      }
      const contract = stats(times.contract);
      const overHttp = stats(times.http);
      const sql = stats(times.direct);
      const ratio = { median: contract.median / sql.median, p95: contract.p95 / sql.p95 };
      const pass = contract.p95 < TARGET_P95_MS && overHttp.p95 < TARGET_P95_MS && ratio.median < TARGET_RATIO && ratio.p95 < TARGET_RATIO;
      results.push({ q, direct, contract, overHttp, sql, ratio, pass });
    }

    const total = (opened.sqlite.prepare('SELECT count(*) AS n FROM students').get() as { n: number }).n;
    console.log(`students.list on ${total} students, ${iterations} runs each after ${WARM_UP} warm-up (ms)`);
    console.log(
      formatTable(
        ['query', 'contract med', 'p95', 'HTTP med', 'p95', 'SQL med', 'p95', 'ratio med', 'ratio p95', ''],
        results.map((r) => [
          r.q.label,
          round(r.contract.median), round(r.contract.p95),
          round(r.overHttp.median), round(r.overHttp.p95),
          round(r.sql.median), round(r.sql.p95),
          round(r.ratio.median), round(r.ratio.p95),
          r.pass ? 'PASS' : 'FAIL',
        ]),
      ),
    );
    failed = results.some((r) => !r.pass);
    console.log(`\nTarget: p95 < ${TARGET_P95_MS} ms in process and over HTTP; contract/SQL < ${TARGET_RATIO} (median and p95).`);
    console.log(failed ? 'FAIL' : 'PASS');
    for (const r of results.filter((x) => !x.pass)) {
      console.log(`\nQuery plan of "${r.q.label}":`);
      for (const [what, sql] of [['count', r.direct.countSql], ['page', r.direct.rowsSql]] as const) {
        const plan = opened.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...r.q.params, ...(what === 'page' ? [...(r.q.orderParams ?? []), 50, 0] : [])) as { detail: string }[];
        console.log(`  ${what}: ${plan.map((p) => p.detail).join(' | ')}`);
      }
    }
    if (!(await benchBulk(opened.sqlite, password))) failed = true;
    if (!(await benchExport(backend, office.token!, opened.sqlite))) failed = true;
    if (!(await benchCheckins(opened.sqlite, backend, office.token!, demoPassword ?? password, !existing))) failed = true;
    if (!(await benchAllowances(opened.sqlite, demoPassword ?? password, !existing))) failed = true;
    if (!(await benchAllowanceLedger(opened.sqlite, demoPassword ?? password, !existing))) failed = true;
    if (!(await benchOutcomes(opened.sqlite, demoPassword ?? password, !existing))) failed = true;
    if (!(await benchImports(opened.sqlite, demoPassword ?? password, !existing))) failed = true;
    if (!(await benchNetwork(opened.sqlite, demoPassword ?? password, !existing))) failed = true;
    if (!(await benchReporting(opened.sqlite, demoPassword ?? password, !existing))) failed = true;
  } finally {
    await server.close();
    opened.sqlite.close();
    if (!existing) fs.rmSync(dataDir, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

/** The hand-written SQL must answer exactly as the contract does, or the comparison means nothing. */
function assertSameAnswer(q: BenchQuery, viaContract: Page<StudentRow>, direct: { total: number; ids: number[] }) {
  const ids = viaContract.rows.map((r) => r.id);
  if (viaContract.total !== direct.total || ids.join() !== direct.ids.join()) {
    throw new Error(`${q.label}: hand-written SQL differs from students.list (total ${direct.total} vs ${viaContract.total})`);
  }
  if (ids.length === 0) throw new Error(`${q.label}: no rows; pick a query that finds some`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
