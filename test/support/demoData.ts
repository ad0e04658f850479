import Database from 'better-sqlite3';
import { dbFileIn } from '../../electron/backend/data-dir';

interface StudentRow {
  id: number;
  name: string;
  gender: string;
  id_number: string;
  student_no: string;
  birth_date: string;
  phone: string;
  bank_account: string;
  project: string;
  intake_year: number;
  enrolment_date: string;
  expected_graduation: string;
  status: string;
  status_date: string;
  counsellor_id: number;
  counsellor_role: string;
}
interface EventRow {
  student_id: number;
  event: string;
  from_status: string | null;
  to_status: string;
  date: string;
}
export interface CheckinRow {
  student_id: number;
  month: string;
  date: string;
  risk: 'normal' | 'watch' | 'high';
  attendance_pct: number | null;
  /** JSON list of help codes */
  help: string;
  follow_up: string;
  follow_up_due: string | null;
  author_id: number;
  author_role: string;
  counsellor_id: number;
}

/** What the demo wrote: students, status events and check-ins, with the columns the tests look at. */
export function readDemo(dataDir: string) {
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
    const checkins = db
      .prepare(
        `SELECT k.*, u.role AS author_role, s.counsellor_id FROM checkins k JOIN users u ON u.id = k.author_id
         JOIN students s ON s.id = k.student_id ORDER BY k.student_id, k.month`,
      )
      .all() as CheckinRow[];
    return { students, events, studentAudits, checkins };
  } finally {
    db.close();
  }
}

/** Rows without the moments they were written, which differ from run to run. */
export const withoutTimestamps = (rows: readonly object[]) =>
  rows.map((row) => {
    const { created_at: _c, updated_at: _u, ...rest } = row as Record<string, unknown>;
    return rest;
  });
