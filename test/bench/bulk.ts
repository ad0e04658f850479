/**
 * Bench section: graduating 500 students at once (students.bulkPreview, then students.bulkApply)
 * through the contract in process, against the same writes by hand in better-sqlite3 (read the
 * 500, UPDATE each at its version, INSERT its status event, one audit row; one transaction).
 * Target: preview and apply each under 1 s (p95). Runs on a copy of the database, and puts the 500
 * back as they were after every run, so each run changes the same students from the same state.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../db/open';
import { formatTable } from '../../electron/backend/demo/table';
import { createBackend } from '../../electron/backend/rpc/dispatch';
import { ContractCaller } from '../../electron/backend/rpc/caller';
import type { BulkPreview } from '../../electron/contract/bulk';
import { chinaToday } from '../../electron/contract/dates';
import { tempDir } from '../support/temp';
import { elapsed, round, stats } from './stats';

const STUDENTS = 500;
const TARGET_MS = 1000;
const ITERATIONS = 30;
const WARM_UP = 3;

interface Row {
  id: number;
  name: string;
  status: string;
  status_date: string;
  version: number;
  updated_at: string;
}

/** Returns whether the section passed. `password` is the demo office account's. */
export async function benchBulk(source: Database.Database, password: string): Promise<boolean> {
  const dir = tempDir('bangfu-bench-bulk-');
  const file = path.join(dir, 'bangfu.sqlite');
  await source.backup(file);
  const opened = openDatabase({ file });
  const sqlite = opened.sqlite;
  try {
    const backend = createBackend(opened);
    const office = new ContractCaller(backend);
    const me = await office.call('auth.login', { username: 'office', password });

    const ids = (sqlite.prepare("SELECT id FROM students WHERE status = 'enrolled' ORDER BY id LIMIT ?").all(STUDENTS) as { id: number }[]).map((r) => r.id);
    if (ids.length < STUDENTS) throw new Error(`bulk: needs ${STUDENTS} students in school, the data has ${ids.length}`);
    const idList = JSON.stringify(ids);
    const action = { kind: 'status', event: 'graduate', date: chinaToday(new Date()), reason: '修完学业，准予毕业' } as const;
    const selection = { ids };

    const call = async <R>(method: string, input: unknown) => {
      const { envelope } = await backend.call({ method, input, locale: 'zh-CN' }, office.token);
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
      return envelope.result as R;
    };
    const preview = () => call<BulkPreview>('students.bulkPreview', { selection, action });
    const apply = (p: BulkPreview) => call('students.bulkApply', { selection, action, expected: p.willChange.map(({ id, version }) => ({ id, version })) });

    const direct = directBulk(sqlite, me.id, action);
    const restore = restorer(sqlite, idList);
    const after = () => sqlite.prepare('SELECT id, status, status_date, version FROM students WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').all(idList);

    // Both ways must leave the same students in the same state, or the comparison means nothing.
    const first = await preview();
    if (first.willChange.length !== STUDENTS) throw new Error(`bulk: the preview would change ${first.willChange.length} of ${STUDENTS}`);
    await apply(first);
    const viaContract = JSON.stringify(after());
    restore();
    direct.run(idList);
    if (JSON.stringify(after()) !== viaContract) throw new Error('bulk: the hand-written SQL leaves the students otherwise than students.bulkApply');
    restore();

    const times = { preview: [] as number[], apply: [] as number[], direct: [] as number[] };
    for (let i = 0; i < WARM_UP + ITERATIONS; i++) {
      let shown!: BulkPreview;
      const p = await elapsed(async () => (shown = await preview()));
      const a = await elapsed(() => apply(shown));
      restore();
      const d = await elapsed(() => direct.run(idList));
      restore();
      if (i >= WARM_UP) times.preview.push(p), times.apply.push(a), times.direct.push(d);
    }
    const sql = stats(times.direct);
    const rows = (['preview', 'apply'] as const).map((what) => {
      const s = stats(times[what]);
      return { what, ...s, ratio: { median: s.median / sql.median, p95: s.p95 / sql.p95 }, pass: s.p95 < TARGET_MS };
    });
    console.log(`\nBulk status change (graduate) of ${STUDENTS} students, ${ITERATIONS} runs each after ${WARM_UP} warm-up (ms)`);
    console.log(
      formatTable(
        ['call', 'contract med', 'p95', 'SQL med', 'p95', 'ratio med', 'ratio p95', ''],
        rows.map((r) => [
          `students.bulk${r.what === 'preview' ? 'Preview' : 'Apply'}`,
          round(r.median), round(r.p95),
          round(sql.median), round(sql.p95),
          round(r.ratio.median), round(r.ratio.p95),
          r.pass ? 'PASS' : 'FAIL',
        ]),
      ),
    );
    const passed = rows.every((r) => r.pass);
    console.log(`\nTarget: preview and apply of ${STUDENTS} students each p95 < ${TARGET_MS} ms (the ratio is to the writes alone, by hand).`);
    console.log(passed ? 'PASS' : 'FAIL');
    return passed;
  } finally {
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The apply's writes as a program with no contract would make them, statements prepared once. */
function directBulk(sqlite: Database.Database, userId: number, action: { event: string; date: string; reason: string }) {
  const read = sqlite.prepare('SELECT id, name, status, version FROM students WHERE id IN (SELECT value FROM json_each(?))');
  const update = sqlite.prepare('UPDATE students SET status = ?, status_date = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?');
  const event = sqlite.prepare(
    'INSERT INTO student_status_events (student_id, event, from_status, to_status, date, reason, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const audit = sqlite.prepare("INSERT INTO audit_log (at, user_id, action, entity, entity_id, before, after) VALUES (?, ?, 'bulk_status', 'student', NULL, NULL, ?)");
  const run = sqlite.transaction((idList: string) => {
    const now = new Date().toISOString();
    const rows = read.all(idList) as Pick<Row, 'id' | 'name' | 'status' | 'version'>[];
    for (const r of rows) {
      if (r.status !== 'enrolled') throw new Error(`student ${r.id} is ${r.status}`);
      if (update.run('graduated', action.date, now, r.id, r.version).changes !== 1) throw new Error(`student ${r.id} changed`);
      event.run(r.id, action.event, r.status, 'graduated', action.date, action.reason, userId, now);
    }
    const after = { ...action, status: 'graduated', count: rows.length, studentNames: rows.map((r) => r.name), studentIds: rows.map((r) => r.id) };
    audit.run(now, userId, JSON.stringify(after));
  });
  return { run: (idList: string) => run.immediate(idList) };
}

/** Puts the students, their status events and the audit log back as they are now (untimed, between runs). */
function restorer(sqlite: Database.Database, idList: string) {
  const saved = sqlite.prepare('SELECT id, status, status_date, version, updated_at FROM students WHERE id IN (SELECT value FROM json_each(?))').all(idList) as Row[];
  const maxId = (table: string) => (sqlite.prepare(`SELECT coalesce(max(id), 0) AS n FROM ${table}`).get() as { n: number }).n;
  const events = maxId('student_status_events');
  const audits = maxId('audit_log');
  const put = sqlite.prepare('UPDATE students SET status = ?, status_date = ?, version = ?, updated_at = ? WHERE id = ?');
  const dropEvents = sqlite.prepare('DELETE FROM student_status_events WHERE id > ?');
  const dropAudits = sqlite.prepare('DELETE FROM audit_log WHERE id > ?');
  return sqlite.transaction(() => {
    for (const r of saved) put.run(r.status, r.status_date, r.version, r.updated_at, r.id);
    dropEvents.run(events);
    dropAudits.run(audits);
  });
}
