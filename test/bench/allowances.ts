/**
 * Bench section: a monthly 生活补贴 batch for every student in school (allowances.createBatch as
 * finance: the proposal from status histories, calendar, caps and earlier batches, then the
 * writes), against inserting the same rows by hand with better-sqlite3 in one transaction.
 * Target: under 1 s and under 5× the raw inserts (median). Runs on a copy of the database and
 * takes each batch out again between runs, so every run makes the same batch.
 * Then the 1,000-line 发放表 of such a batch printed to PDF in Chromium, as the desktop app prints it
 * (benchSheetPdf): target p95 under 5 s.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { openDatabase } from '../../db/open';
import { formatTable } from '../../electron/backend/demo/table';
import { createHttpServer } from '../../electron/backend/http/server';
import { pdfOptions } from '../../electron/backend/ipc/print-request';
import { createBackend, type Backend } from '../../electron/backend/rpc/dispatch';
import { chinaToday } from '../../electron/contract/dates';
import { reportPaths } from '../../renderer/reports/paths';
import { sheetPages } from '../../renderer/reports/allowances/sheetPages';
import { launchBrowser } from '../support/browser';
import { tempDir } from '../support/temp';
import { signIn } from './signIn';
import { elapsed, round, stats } from './stats';

const TARGET_MS = 1000;
const TARGET_RATIO = 5;
const ITERATIONS = 20;
const WARM_UP = 3;
const SHEET_LINES = 1000;
const SHEET_TARGET_MS = 5000;
const SHEET_RUNS = 5;

/** Returns whether the section passed. `password`: the demo accounts' (see ./signIn.ts for `own`). */
export async function benchAllowances(source: Database.Database, password: string, own: boolean): Promise<boolean> {
  const dir = tempDir('bangfu-bench-allowances-');
  const file = path.join(dir, 'bangfu.sqlite');
  await source.backup(file);
  const opened = openDatabase({ file });
  const sqlite = opened.sqlite;
  try {
    const backend = createBackend(opened);
    const { caller: finance, id: financeId, password: financePassword } = await signIn(backend, 'finance', password, own);
    const living = (await finance.call('allowances.policies', {})).find((p) => p.name === '生活补贴');
    if (!living) throw new Error('allowances: no 生活补贴 policy in the bench data');
    const period = chinaToday(new Date()).slice(0, 7);
    const target = { policyId: living.id, period, notes: '' };

    const maxId = (table: string) => (sqlite.prepare(`SELECT coalesce(max(id), 0) AS n FROM ${table}`).get() as { n: number }).n;
    const kept = { batches: maxId('allowance_batches'), audit: maxId('audit_log') };
    const dropLines = sqlite.prepare('DELETE FROM allowance_lines WHERE batch_id > ?');
    const dropBatches = sqlite.prepare('DELETE FROM allowance_batches WHERE id > ?');
    const dropAudit = sqlite.prepare('DELETE FROM audit_log WHERE id > ?');
    const restore = () => (dropLines.run(kept.batches), dropBatches.run(kept.batches), dropAudit.run(kept.audit));

    const made = await finance.call('allowances.createBatch', target);
    const lines = sqlite.prepare('SELECT student_id AS studentId, amount_fen AS amountFen, reason FROM allowance_lines WHERE batch_id = ? ORDER BY id').all(made.id) as {
      studentId: number;
      amountFen: number;
      reason: string;
    }[];
    restore();
    const direct = directInserts(sqlite, financeId, living.id, period, made.academicYear, lines);

    const times = { contract: [] as number[], direct: [] as number[] };
    for (let i = 0; i < WARM_UP + ITERATIONS; i++) {
      const c = await elapsed(() => finance.call('allowances.createBatch', target));
      restore();
      const d = await elapsed(direct);
      restore();
      if (i >= WARM_UP) times.contract.push(c), times.direct.push(d);
    }
    const contract = stats(times.contract);
    const sql = stats(times.direct);
    const ratio = { median: contract.median / sql.median, p95: contract.p95 / sql.p95 };
    const pass = contract.p95 < TARGET_MS && ratio.median < TARGET_RATIO;
    console.log(`\nAllowance batch: 生活补贴 ${period} for ${lines.length} students, ${ITERATIONS} runs after ${WARM_UP} warm-up (ms)`);
    console.log(
      formatTable(
        ['call', 'contract med', 'p95', 'raw inserts med', 'p95', 'ratio med', 'ratio p95', ''],
        [['allowances.createBatch', round(contract.median), round(contract.p95), round(sql.median), round(sql.p95), round(ratio.median), round(ratio.p95), pass ? 'PASS' : 'FAIL']],
      ),
    );
    console.log(`\nTarget: p95 < ${TARGET_MS} ms and < ${TARGET_RATIO}× inserting the same rows by hand in one transaction (median).`);
    console.log(pass ? 'PASS' : 'FAIL');

    const sheet = await finance.call('allowances.createBatch', target);
    return (await benchSheetPdf(backend, sqlite, sheet.id, financePassword, dir)) && pass;
  } finally {
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The batch's rows inserted as a program with no contract would: statements prepared once, one transaction. */
function directInserts(sqlite: Database.Database, userId: number, policyId: number, period: string, academicYear: number, lines: { studentId: number; amountFen: number; reason: string }[]) {
  const batch = sqlite.prepare(
    `INSERT INTO allowance_batches (batch_no, policy_id, period, academic_year, prepared_by, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', ?, ?)`,
  );
  const line = sqlite.prepare('INSERT INTO allowance_lines (batch_id, student_id, amount_fen, reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const audit = sqlite.prepare("INSERT INTO audit_log (at, user_id, action, entity, entity_id, before, after) VALUES (?, ?, 'create', 'allowance_batch', ?, NULL, ?)");
  const run = sqlite.transaction(() => {
    const now = new Date().toISOString();
    const id = Number(batch.run(`${now.slice(0, 4)}-9999`, policyId, period, academicYear, userId, now, now).lastInsertRowid);
    for (const l of lines) line.run(id, l.studentId, l.amountFen, l.reason, now, now);
    audit.run(now, userId, id, JSON.stringify({ policyId, period, lines: lines.length }));
  });
  return () => run.immediate();
}

/**
 * The 发放表 of `batchId` cut to its first 1,000 lines, printed as the desktop app prints it: the
 * report route opened in a fresh page of Chromium (the app loaded, the sheet read and drawn) and
 * page.pdf() with main's options, timed from opening the route to the PDF's last byte.
 */
async function benchSheetPdf(backend: Backend, sqlite: Database.Database, batchId: number, password: string, dir: string): Promise<boolean> {
  sqlite
    .prepare('DELETE FROM allowance_lines WHERE batch_id = ? AND id NOT IN (SELECT id FROM allowance_lines WHERE batch_id = ? ORDER BY id LIMIT ?)')
    .run(batchId, batchId, SHEET_LINES);
  // Built now: a dist/renderer left from an earlier build may not have the sheet yet.
  const renderer = path.join(dir, 'renderer');
  const { build } = await import('vite');
  await build({ configFile: path.resolve(__dirname, '../../vite.config.mts'), build: { outDir: renderer, emptyOutDir: true }, logLevel: 'warn' });
  const server = createHttpServer({ backend, staticDir: renderer, rpcPerMinute: Number.MAX_SAFE_INTEGER });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}/`;
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    // The session cookie the page's calls then carry, as after signing in on the login page.
    const login = await context.request.post(`${url}api/rpc`, {
      data: { method: 'auth.login', input: { username: 'finance', password }, locale: 'zh-CN' },
    });
    if (!(await login.json()).ok) throw new Error('sheet PDF: finance could not sign in');
    const { pageSize: format, landscape, printBackground, preferCSSPageSize } = pdfOptions(false);
    const print = async () => {
      const page = await context.newPage();
      page.setDefaultTimeout(60_000);
      await page.goto(`${url}#${reportPaths.allowanceSheet(batchId)}`);
      await page.locator('html[data-report="ready"]').waitFor({ state: 'attached' });
      const bytes = await page.pdf({ format, landscape, printBackground, preferCSSPageSize });
      await page.close();
      return bytes;
    };
    const bytes = await print();
    const pages = bytes.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    const planned = sheetPages(Array.from({ length: SHEET_LINES })).length;
    const times: number[] = [];
    for (let i = 0; i < SHEET_RUNS; i++) times.push(await elapsed(print));
    const t = stats(times);
    const pass = t.p95 < SHEET_TARGET_MS && pages === planned;
    console.log(`\n发放表 of ${SHEET_LINES} lines to PDF in Chromium (route opened to PDF written), ${SHEET_RUNS} runs after 1 warm-up (ms)`);
    console.log(
      formatTable(['report', 'pages', 'planned', 'median', 'p95', ''], [['allowance-sheet', pages, planned, round(t.median), round(t.p95), pass ? 'PASS' : 'FAIL']]),
    );
    console.log(`\nTarget: p95 < ${SHEET_TARGET_MS} ms, on the ${planned} pages sheetPages plans (none ran over).`);
    console.log(pass ? 'PASS' : 'FAIL');
    return pass;
  } finally {
    await browser.close();
    await server.close();
  }
}
