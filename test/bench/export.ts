/**
 * Bench section: exporting the whole register to Excel (students.export, as the office: whole
 * 身份证号, 32 columns) through the contract in process, against the same work by hand — one
 * better-sqlite3 SELECT of the same columns in the same order and SheetJS's plain
 * aoa_to_sheet + write, compressed by Node's zlib, with no typed formats, widths, title or
 * frozen header. Target: p95 under 3 s at 20,000 students. Each contract run adds an audit entry.
 */
import type Database from 'better-sqlite3';
import v8 from 'node:v8';
import vm from 'node:vm';
import zlib from 'node:zlib';
import * as XLSX from 'xlsx';
import { formatTable } from '../../electron/backend/demo/table';
import type { Backend } from '../../electron/backend/rpc/dispatch';
import type { ExportFile } from '../../electron/contract/export';
import { elapsed, round, stats } from './stats';

const TARGET_MS = 3000;

/**
 * Each run starts from a collected heap: an export leaves some hundred MB of garbage, and the
 * collector would otherwise bill one run's (or the other way's) garbage to the next.
 */
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;
const ITERATIONS = 7;
const WARM_UP = 1;

/** The export's columns and order (the register's default: last changed first), written by hand. */
const SQL = `SELECT s.name, s.student_no, s.gender, s.ethnicity, s.id_number, s.birth_date, s.phone,
    p.name AS project_name, c.name AS cohort_name, m.name AS major_name, s.level, k.name AS class_name,
    u.display_name AS counsellor_name, s.status, s.status_date, s.enrolment_date, s.expected_graduation,
    s.home_province, s.home_city, s.home_county, s.home_town, s.home_village, s.poverty_status,
    s.prior_education, s.guardian_name, s.guardian_relation, s.guardian_phone, s.dormitory,
    s.bank_name, s.bank_account, s.notes
  FROM students s
  JOIN projects p ON p.id = s.project_id
  JOIN cohorts c ON c.id = s.cohort_id
  LEFT JOIN majors m ON m.id = s.major_id
  LEFT JOIN classes k ON k.id = s.class_id
  LEFT JOIN users u ON u.id = s.counsellor_id
  ORDER BY s.updated_at DESC, s.id DESC`;

/**
 * SheetJS at its fastest: with Node's zlib instead of its JavaScript deflate. It tests zlib through
 * the deprecated `bytesRead` (a warning); `bytesWritten` is the same count.
 */
class InflateRaw extends (zlib as unknown as { InflateRaw: new () => { bytesWritten: number } }).InflateRaw {
  get bytesRead() {
    return this.bytesWritten;
  }
}
(XLSX.CFB as { utils: { use_zlib(z: object): void } }).utils.use_zlib({ ...zlib, InflateRaw });

function rawExport(sqlite: Database.Database) {
  const select = sqlite.prepare(SQL).raw();
  return () => {
    const rows = select.all() as unknown[][];
    const sheet = XLSX.utils.aoa_to_sheet(
      rows.map((r, i) => [i + 1, ...r]),
      { dense: true },
    );
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'students');
    return { rows, xlsx: XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer };
  };
}

/** Returns whether the section passed. `token`: a signed-in office session on `backend`. */
export async function benchExport(backend: Backend, token: string, sqlite: Database.Database): Promise<boolean> {
  const viaContract = async () => {
    const { envelope } = await backend.call({ method: 'students.export', input: {}, locale: 'zh-CN' }, token);
    if (!envelope.ok) throw new Error(`students.export: ${envelope.error.message}`);
    return envelope.result as ExportFile;
  };
  const raw = rawExport(sqlite);

  // Both must hold the same students in the same order, or the comparison means nothing.
  const file = await viaContract();
  const book = XLSX.read(Buffer.from(file.base64, 'base64'));
  const ids = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]], { header: 1, raw: true }).slice(2).map((r) => r[5]);
  const direct = raw().rows.map((r) => r[4]);
  if (ids.length !== direct.length || ids.join() !== direct.join()) throw new Error('export: the hand-written SQL lists other students than students.export');

  const times = { contract: [] as number[], raw: [] as number[] };
  for (let i = 0; i < WARM_UP + ITERATIONS; i++) {
    collectGarbage();
    const c = await elapsed(viaContract);
    collectGarbage();
    const r = await elapsed(raw);
    if (i >= WARM_UP) times.contract.push(c), times.raw.push(r);
  }
  const contract = stats(times.contract);
  const bySql = stats(times.raw);
  const pass = contract.p95 < TARGET_MS;
  console.log(`\nExport of the register to Excel, ${file.rows} students, ${Math.round(file.base64.length * 0.75 / 1024)} KB, ${ITERATIONS} runs after ${WARM_UP} warm-up (ms)`);
  console.log(
    formatTable(
      ['call', 'contract med', 'p95', 'raw med', 'p95', 'ratio med', 'ratio p95', ''],
      [['students.export', round(contract.median), round(contract.p95), round(bySql.median), round(bySql.p95), round(contract.median / bySql.median), round(contract.p95 / bySql.p95), pass ? 'PASS' : 'FAIL']],
    ),
  );
  console.log(`\nTarget: p95 < ${TARGET_MS} ms (raw: the same SELECT and a plain SheetJS write, without types, widths, title or frozen header).`);
  console.log(pass ? 'PASS' : 'FAIL');
  return pass;
}
