/**
 * Bench section: monthly check-ins over the bench's ten-odd years of them. One counsellor's month
 * (checkins.month as the counsellor), the whole school's month as the office (checkins.month and
 * checkins.coverage of the month), the overdue list of the school year so far and the early-warning
 * scan, each against the same queries by hand (./checkinsDirect.ts); target p95 under 100 ms and at
 * most 3× the SQL. And the share of students who withdrew that 预警 flagged in the months before. Then saving one check-in as the counsellor
 * (checkins.save), on a copy of the database, each saved row taken out again between runs; target
 * p95 under 20 ms.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../db/open';
import { lastDayOf } from '../../electron/contract/schoolMonths';
import { formatTable } from '../../electron/backend/demo/table';
import { createBackend, type Backend } from '../../electron/backend/rpc/dispatch';
import { ContractCaller } from '../../electron/backend/rpc/caller';
import type { MonthView } from '../../electron/contract/checkins';
import { chinaToday } from '../../electron/contract/dates';
import { tempDir } from '../support/temp';
import { LEAD_MONTHS, warningRecall } from '../support/warningRecall';
import { signIn } from './signIn';
import { directCoverage, directMonth, directOverdue, directSave, directWarnings } from './checkinsDirect';
import { elapsed, round, stats } from './stats';

const TARGET_VIEW_MS = 100;
const TARGET_SAVE_MS = 20;
const TARGET_RATIO = 3;
const ITERATIONS = 50;
const SAVES = 100;
const WARM_UP = 5;

type Timing = ReturnType<typeof stats>;
interface Measured {
  label: string;
  contract: Timing;
  sql: Timing;
  pass: boolean;
}

/** Median and p95 of `contract` and `direct`, interleaved so a slow patch of the machine hits both alike. */
async function measure(runs: number, contract: () => Promise<unknown>, direct: () => unknown, between: () => void = () => {}) {
  const times = { contract: [] as number[], direct: [] as number[] };
  for (let i = 0; i < WARM_UP + runs; i++) {
    const c = await elapsed(contract);
    between();
    const d = await elapsed(direct);
    between();
    if (i >= WARM_UP) times.contract.push(c), times.direct.push(d);
  }
  return { contract: stats(times.contract), sql: stats(times.direct) };
}

const same = (label: string, a: unknown, b: unknown) => {
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${label}: the hand-written SQL answers otherwise than the contract`);
};

/** Returns whether the section passed. `password`: the demo accounts' (the counsellor's). */
export async function benchCheckins(sqlite: Database.Database, backend: Backend, officeToken: string, password: string, own: boolean): Promise<boolean> {
  const { rows, month } = sqlite.prepare('SELECT count(*) AS rows, max(month) AS month FROM checkins').get() as { rows: number; month: string };
  const busiest = sqlite
    .prepare(
      `SELECT u.id, u.username FROM users u JOIN students s ON s.counsellor_id = u.id
       WHERE u.role = 'counsellor' AND s.status = 'enrolled' GROUP BY u.id ORDER BY count(*) DESC, u.id LIMIT 1`,
    )
    .get() as { id: number; username: string };
  const counsellor = await signIn(backend, busiest.username, password, own);
  const office = new ContractCaller(backend, officeToken);

  const views = [
    { label: `checkins.month ${month}, counsellor`, caller: counsellor.caller, direct: directMonth(sqlite, { counsellorId: busiest.id }) },
    { label: `checkins.month ${month}, office (school)`, caller: office, direct: directMonth(sqlite, null) },
  ];
  const measured: Measured[] = [];
  let shown = 0;
  for (const v of views) {
    const contract = () => v.caller.call('checkins.month', { month });
    const answer = (view: MonthView) => view.rows.map((r) => [r.studentId, r.state === 'done', r.checkinId, r.risk, r.lastRisk]);
    same(v.label, answer(await contract()), v.direct(month).map((r) => [r.studentId, r.done, r.checkinId, r.risk, r.lastRisk]));
    shown = Math.max(shown, (await contract()).rows.length);
    const t = await measure(ITERATIONS, contract, () => v.direct(month));
    measured.push({ label: v.label, ...t, pass: passes(t, TARGET_VIEW_MS, true) });
  }
  const coverage = directCoverage(sqlite);
  const viaContract = () => office.call('checkins.coverage', { from: month, to: month });
  const groups = (gs: Iterable<{ id: number | null; expected: number; checked: number }>) =>
    [...gs].map((g) => [g.id, g.expected, g.checked]).sort((a, b) => Number(a[0]) - Number(b[0]));
  const withIds = (m: Map<number | null, { expected: number; checked: number }>) => [...m].map(([id, g]) => ({ id, ...g }));
  const c = await viaContract();
  const d = coverage(month);
  same('checkins.coverage', [c.months[0].expected, c.months[0].checked, groups(c.byCounsellor), groups(c.byClass)], [
    d.expected,
    d.checked,
    groups(withIds(d.byCounsellor)),
    groups(withIds(d.byClass)),
  ]);
  const t = await measure(ITERATIONS, viaContract, () => coverage(month));
  measured.push({ label: `checkins.coverage ${month}, office`, ...t, pass: passes(t, TARGET_VIEW_MS, true) });

  // The scan is of the backend's today, which may be a month past the data's last check-ins.
  measured.push(await benchOverdue(sqlite, office), await benchWarnings(sqlite, office, chinaToday(new Date()).slice(0, 7)));
  measured.push(await benchSave(sqlite, busiest, password, own, month));

  console.log(`\nMonthly check-ins: ${rows} check-ins; ${shown} students in school in ${month}; ${ITERATIONS} runs (saves ${SAVES}) after ${WARM_UP} warm-up (ms)`);
  console.log(
    formatTable(
      ['call', 'contract med', 'p95', 'SQL med', 'p95', 'ratio med', 'ratio p95', ''],
      measured.map((m) => [
        m.label,
        round(m.contract.median), round(m.contract.p95),
        round(m.sql.median), round(m.sql.p95),
        round(m.contract.median / m.sql.median), round(m.contract.p95 / m.sql.p95),
        m.pass ? 'PASS' : 'FAIL',
      ]),
    ),
  );
  const passed = measured.every((m) => m.pass);
  console.log(`\nTarget: the views p95 < ${TARGET_VIEW_MS} ms and contract/SQL < ${TARGET_RATIO} (median and p95); a save p95 < ${TARGET_SAVE_MS} ms.`);
  const { withdrawn, control } = warningRecall(sqlite, chinaToday(new Date()));
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    `预警 in the ${LEAD_MONTHS} months before leaving: ${withdrawn.flagged} of ${withdrawn.students} students who withdrew flagged (${pct(withdrawn.share)}); ` +
      `of the ${control.students} in school, ${control.flagged} flagged in the ${LEAD_MONTHS} months before last (${pct(control.share)}).`,
  );
  console.log(passed ? 'PASS' : 'FAIL');
  return passed;
}

function passes(t: { contract: Timing; sql: Timing }, targetMs: number, ratio: boolean) {
  const r = { median: t.contract.median / t.sql.median, p95: t.contract.p95 / t.sql.p95 };
  return t.contract.p95 < targetMs && (!ratio || (r.median < TARGET_RATIO && r.p95 < TARGET_RATIO));
}

/** The office's overdue list for the school year so far (the page's default). */
async function benchOverdue(sqlite: Database.Database, office: ContractCaller): Promise<Measured> {
  const contract = () => office.call('checkins.overdue', { from: null, to: null });
  const { from, to, rows } = await contract();
  if (rows.length === 0) throw new Error(`checkins.overdue ${from}…${to}: no student with a month missing`);
  const direct = directOverdue(sqlite);
  same('checkins.overdue', rows.map((r) => [r.studentId, r.missing]), direct(from, to).map((r) => [r.studentId, r.missing]));
  const t = await measure(ITERATIONS, contract, () => direct(from, to));
  return { label: `checkins.overdue ${from}…${to} (${rows.length} students), office`, ...t, pass: passes(t, TARGET_VIEW_MS, true) };
}

/** The early-warning scan of every student in school, as the office opens 预警. */
async function benchWarnings(sqlite: Database.Database, office: ContractCaller, month: string): Promise<Measured> {
  const contract = () => office.call('checkins.warnings', {});
  const direct = directWarnings(sqlite);
  const flagged = await contract();
  const answer = (ws: { studentId: number; reasons: { rule: string; months: string[] }[] }[]) =>
    ws.map((w) => [w.studentId, w.reasons.map((r) => `${r.rule} ${r.months}`)]).sort((a, b) => Number(a[0]) - Number(b[0]));
  same('checkins.warnings', answer(flagged), answer(direct(month)));
  const t = await measure(ITERATIONS, contract, () => direct(month));
  return { label: `checkins.warnings (${flagged.length} flagged), office`, ...t, pass: passes(t, TARGET_VIEW_MS, true) };
}

/** One new check-in by the counsellor for a student of theirs still without one this month, on a copy, taken out again after each run. */
async function benchSave(source: Database.Database, counsellor: { id: number; username: string }, password: string, own: boolean, month: string): Promise<Measured> {
  const dir = tempDir('bangfu-bench-checkins-');
  const file = path.join(dir, 'bangfu.sqlite');
  await source.backup(file);
  const opened = openDatabase({ file });
  try {
    const backend = createBackend(opened);
    const { caller } = await signIn(backend, counsellor.username, `${password}${own ? '-bench' : ''}`, false);
    const open = (await caller.call('checkins.month', { month })).rows.filter((r) => r.state !== 'done').map((r) => r.studentId);
    if (open.length === 0) throw new Error(`checkins.save: ${counsellor.username} has no student without a check-in in ${month}`);
    const today = chinaToday(new Date());
    const date = lastDayOf(month) < today ? lastDayOf(month) : today;
    const maxId = (table: string) => (opened.sqlite.prepare(`SELECT coalesce(max(id), 0) AS n FROM ${table}`).get() as { n: number }).n;
    const kept = { checkins: maxId('checkins'), audit: maxId('audit_log') };
    const dropCheckins = opened.sqlite.prepare('DELETE FROM checkins WHERE id > ?');
    const dropAudit = opened.sqlite.prepare('DELETE FROM audit_log WHERE id > ?');
    const restore = () => (dropCheckins.run(kept.checkins), dropAudit.run(kept.audit));
    const direct = directSave(opened.sqlite, counsellor.id);
    let i = 0;
    const input = () => ({ studentId: open[i++ % open.length], month, date, method: 'in_person' as const, attendancePct: 95, risk: 'normal' as const });
    const t = await measure(SAVES, () => caller.call('checkins.save', input()), () => direct(input()), restore);
    return { label: `checkins.save ${month}, counsellor`, ...t, pass: passes(t, TARGET_SAVE_MS, false) };
  } finally {
    opened.sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
