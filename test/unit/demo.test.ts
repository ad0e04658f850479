import Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { dbFileIn } from '../../electron/backend/data-dir';
import { ContractCaller } from '../../electron/backend/rpc/caller';
import { DemoRefused, generateDemo, type DemoResult } from '../../electron/backend/demo/generate';
import { PROJECTS } from '../../electron/backend/demo/programme';
import { createBackend } from '../../electron/backend/rpc/dispatch';
import { parseIdNumber } from '../../electron/contract/idcard';
import { tempDir } from '../support/server';

const OPTS = { students: 120, seed: 42, asOf: '2019-11-30' };

interface StudentRow {
  id: number;
  name: string;
  gender: string;
  id_number: string;
  birth_date: string;
  phone: string;
  bank_account: string;
  project: string;
  intake_year: number;
  enrolment_date: string;
  expected_graduation: string;
  status: string;
  status_date: string;
  counsellor_role: string;
}
interface EventRow {
  student_id: number;
  event: string;
  from_status: string | null;
  to_status: string;
  date: string;
}

function read(dataDir: string) {
  const db = new Database(dbFileIn(dataDir), { readonly: true });
  try {
    const students = db
      .prepare(
        `SELECT s.*, p.name AS project, c.intake_year, u.role AS counsellor_role FROM students s
         JOIN projects p ON p.id = s.project_id JOIN cohorts c ON c.id = s.cohort_id JOIN users u ON u.id = s.counsellor_id ORDER BY s.id`,
      )
      .all() as StudentRow[];
    const events = db.prepare('SELECT * FROM student_status_events ORDER BY student_id, date, id').all() as EventRow[];
    const studentAudits = (db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'student' AND action = 'create'").get() as { n: number }).n;
    return { students, events, studentAudits };
  } finally {
    db.close();
  }
}

/** Rows without the moments they were written, which differ from run to run. */
const withoutTimestamps = (rows: readonly object[]) =>
  rows.map((row) => {
    const { created_at: _c, updated_at: _u, ...rest } = row as Record<string, unknown>;
    return rest;
  });

describe('demo data generator', () => {
  let dir: string;
  let result: DemoResult;
  let data: ReturnType<typeof read>;

  const dirs: string[] = [];
  const newDir = () => {
    dirs.push(tempDir('bangfu-demo-'));
    return dirs.at(-1)!;
  };

  beforeAll(async () => {
    dir = newDir();
    result = await generateDemo(dir, OPTS);
    data = read(dir);
  });

  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('writes the requested number of students, each audited as the app would', async () => {
    expect(data.students).toHaveLength(120);
    expect(data.studentAudits).toBe(120);
    expect(result.cohorts.reduce((s, c) => s + c.students, 0)).toBe(120);
  });

  it('gives every student a valid 身份证号 matching birth date and gender, aged 15–18 at enrolment', async () => {
    for (const s of data.students) {
      const parsed = parseIdNumber(s.id_number);
      expect(parsed, s.id_number).toMatchObject({ birthDate: s.birth_date, gender: s.gender });
      const age = s.intake_year - Number(s.birth_date.slice(0, 4)) - (s.birth_date.slice(5) > '09-01' ? 1 : 0);
      expect(age).toBeGreaterThanOrEqual(15);
      expect(age).toBeLessThanOrEqual(18);
      expect(s.enrolment_date).toBe(`${s.intake_year}-09-01`);
      expect(s.phone).toMatch(/^1[3-9]\d{9}$/);
      expect(s.bank_account).toMatch(/^\d{19}$/);
      expect(s.counsellor_role).toBe('counsellor');
    }
    expect(new Set(data.students.map((s) => s.id_number)).size).toBe(120);
  });

  it('splits students over the cohorts in the brief’s proportions', async () => {
    const intakes = PROJECTS.flatMap((p) => p.intakes.map((i) => ({ project: p.name, ...i })));
    const briefTotal = intakes.reduce((s, i) => s + i.size, 0);
    expect(briefTotal).toBe(1136);
    for (const i of intakes) {
      const count = data.students.filter((s) => s.project === i.project && s.intake_year === i.year).length;
      expect(Math.abs(count - (120 * i.size) / briefTotal), `${i.project} ${i.year}`).toBeLessThan(1);
    }
  });

  it('keeps a status history that ends in each student’s status', async () => {
    for (const s of data.students) {
      const history = data.events.filter((e) => e.student_id === s.id);
      expect(history[0]).toMatchObject({ event: 'enrol', from_status: null, to_status: 'enrolled', date: s.enrolment_date });
      history.slice(1).forEach((e, k) => expect(e.from_status).toBe(history[k].to_status));
      expect(history.at(-1)).toMatchObject({ to_status: s.status, date: s.status_date });
      expect(s.status_date <= OPTS.asOf).toBe(true);
      const finished = `${s.expected_graduation}-01` <= OPTS.asOf;
      expect(finished ? ['graduated', 'completed', 'withdrawn'] : ['enrolled', 'suspended', 'withdrawn']).toContain(s.status);
    }
    const statuses = new Set(data.students.map((s) => s.status));
    for (const st of ['enrolled', 'graduated']) expect(statuses).toContain(st);
  });

  it('gives the same students for the same seed', async () => {
    const again = newDir();
    await generateDemo(again, OPTS);
    const other = read(again);
    expect(withoutTimestamps(other.students)).toEqual(withoutTimestamps(data.students));
    expect(withoutTimestamps(other.events)).toEqual(withoutTimestamps(data.events));
  });

  it('signs in the printed accounts with the printed password, which is random', async () => {
    const opened = openDatabase({ file: dbFileIn(dir) });
    try {
      const backend = createBackend(opened);
      for (const [i, { username }] of result.staff.entries()) {
        const user = await new ContractCaller(backend).call('auth.login', { username, password: result.password });
        expect(user.username).toBe(username);
        // Accounts the administrator made choose their own password at first sign-in (the office's too,
        // though it wrote the register under a working one); the administrator who set up chose theirs.
        expect(user.mustChangePassword).toBe(i > 0);
      }
    } finally {
      opened.sqlite.close();
    }
    expect(result.password).toMatch(/^[A-Za-z0-9]{10}$/);
    expect(result.staff.filter((s) => s.role === 'counsellor')).toHaveLength(3);
  });

  it('refuses a folder that already has accounts and leaves it untouched', async () => {
    await expect(generateDemo(dir, OPTS)).rejects.toThrow(DemoRefused);
    expect(read(dir).students).toHaveLength(120);
  });
});
