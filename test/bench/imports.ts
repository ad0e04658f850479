/**
 * Bench section: a 5,000-student workbook read as the import page reads it, previewed and imported
 * through the contract, on a copy of the register. Against the same file read, and the same students
 * inserted with their enrolment by hand-written SQL (no checks). Target: under 3 s each.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../db/open';
import { formatTable } from '../../electron/backend/demo/table';
import { nameKeys } from '../../electron/backend/students/pinyin';
import { createBackend } from '../../electron/backend/rpc/dispatch';
import { makeIdNumber } from '../support/fixtures';
import { sheetOf, workbookOf } from '../support/importSheet';
import { tempDir } from '../support/temp';
import { signIn } from './signIn';
import { round } from './stats';

const ROWS = 5_000;
const TARGET_MS = 3_000;
const HEADERS = ['姓名', '性别', '身份证号', '帮扶项目', '批次', '专业', '培养层次', '入学日期', '家庭困难类型', '入学前学历', '联系电话', '开户银行', '银行账号'];

/** A roster of new students of the register's first cohort, as an office would fill the template. */
function roster(sqlite: Database.Database): unknown[][] {
  const cohort = sqlite.prepare('SELECT c.name, p.name AS project, c.intake_year AS year FROM cohorts c JOIN projects p ON p.id = c.project_id ORDER BY c.id LIMIT 1').get() as {
    name: string;
    project: string;
    year: number;
  };
  const major = (sqlite.prepare('SELECT name FROM majors ORDER BY id LIMIT 1').get() as { name: string }).name;
  const rows: unknown[][] = [HEADERS];
  for (let i = 0; i < ROWS; i++) {
    const id = makeIdNumber('110101', `${cohort.year - 16}0${1 + (i % 9)}1${i % 10}`, 500 + (i % 499));
    rows.push([`基准${String.fromCharCode(0x4e00 + (i % 2000))}${String.fromCharCode(0x4e00 + Math.floor(i / 2000))}`, Number(id[16]) % 2 ? '男' : '女', id, cohort.project, cohort.name, major, '中级工', `${cohort.year}-09-01`, '建档立卡', '初中', `138${String(i).padStart(8, '0')}`, '中国农业银行', `62284800${String(i).padStart(11, '0')}`]);
  }
  return rows;
}

/** The same students written by hand: each row and its enrolment event, no checks. */
function rawInsert(sqlite: Database.Database, sheet: ReturnType<typeof sheetOf>): void {
  const student = sqlite.prepare(
    `INSERT INTO students (name, name_pinyin, name_initials, gender, id_number, birth_date, phone, poverty_status, prior_education, project_id, cohort_id, level, enrolment_date, bank_name, bank_account, status, status_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'registered', 'junior', ?, ?, 'intermediate', ?, ?, ?, 'enrolled', ?, ?, ?)`,
  );
  const event = sqlite.prepare("INSERT INTO student_status_events (student_id, event, to_status, date, created_at) VALUES (?, 'enrol', 'enrolled', ?, ?)");
  const { projectId, cohortId } = sqlite.prepare('SELECT project_id AS projectId, id AS cohortId FROM cohorts ORDER BY id LIMIT 1').get() as { projectId: number; cohortId: number };
  const now = new Date().toISOString();
  sqlite.transaction(() => {
    for (const { cells } of sheet.rows) {
      const id = String(cells.idNumber!.v);
      const name = String(cells.name!.v);
      const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
      const keys = nameKeys(name);
      const { lastInsertRowid } = student.run(name, keys.namePinyin, keys.nameInitials, Number(id[16]) % 2 ? 'M' : 'F', id, birth, String(cells.phone!.v), projectId, cohortId, '2019-09-01', '中国农业银行', String(cells.bankAccount!.v), '2019-09-01', now, now);
      event.run(lastInsertRowid, '2019-09-01', now);
    }
  })();
}

/** Returns whether the section passed. `password`: the demo accounts' (see ./signIn.ts for `own`). */
export async function benchImports(source: Database.Database, password: string, own: boolean): Promise<boolean> {
  const dir = tempDir('bangfu-bench-imports-');
  const [viaContract, byHand] = [path.join(dir, 'contract.sqlite'), path.join(dir, 'raw.sqlite')];
  await source.backup(viaContract);
  await source.backup(byHand);
  const opened = openDatabase({ file: viaContract });
  const raw = openDatabase({ file: byHand });
  try {
    // The administrator: the office account's password has already been chosen by the run's first section.
    const { caller: office } = await signIn(createBackend(opened), 'admin', password, own);
    const bytes = workbookOf(roster(opened.sqlite));
    const time = async <T>(work: () => T | Promise<T>): Promise<[T, number]> => {
      const t = performance.now();
      const result = await work();
      return [result, performance.now() - t];
    };
    const [sheet, readMs] = await time(() => sheetOf(bytes, 'bench.xlsx'));
    const [preview, previewMs] = await time(() => office.call('imports.previewStudents', sheet));
    const [done, importMs] = await time(() => office.call('imports.importStudents', { ...sheet, seen: [] }));
    const [, rawMs] = await time(() => rawInsert(raw.sqlite, sheet));
    if (preview.counts.new !== ROWS || done.created !== ROWS) throw new Error(`expected ${ROWS} new students, got ${JSON.stringify(preview.counts)} / ${done.created}`);
    const pass = readMs + previewMs < TARGET_MS && importMs < TARGET_MS;
    console.log(`\nImport of a ${ROWS}-student workbook (${(bytes.length / 1024).toFixed(0)} KB), once each (ms)`);
    console.log(
      formatTable(
        ['step', 'ms', 'by hand ms', 'ratio', ''],
        [
          ['read the workbook (page)', round(readMs), '', '', ''],
          ['preview (contract)', round(previewMs), '', '', readMs + previewMs < TARGET_MS ? 'PASS' : 'FAIL'],
          ['import, backup included (contract)', round(importMs), round(rawMs), round(importMs / rawMs), importMs < TARGET_MS ? 'PASS' : 'FAIL'],
        ],
      ),
    );
    console.log(`\nTarget: read + preview < ${TARGET_MS} ms, import < ${TARGET_MS} ms. (By hand: the same rows and enrolments inserted with no checks.)`);
    console.log(pass ? 'PASS' : 'FAIL');
    return pass;
  } finally {
    opened.sqlite.close();
    raw.sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
