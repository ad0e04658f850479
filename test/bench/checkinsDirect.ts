/**
 * The check-in reads and the save as a program with no contract would make them: the same queries
 * written by hand, prepared once, and the same in-school rule (schoolMonths) applied to the rows.
 */
import type Database from 'better-sqlite3';
import { DEFAULT_SETTINGS } from '../../electron/contract/settings';
import { addMonths, schoolMonths, type StatusStep } from '../../electron/contract/schoolMonths';
import type { StudentStatus } from '../../electron/contract/students';

const CALENDAR = DEFAULT_SETTINGS.inSchoolMonths;

/** Who the caller reaches: a counsellor their own students, the office everyone. */
export type Scope = { counsellorId: number } | null;

/** Students who may have been in school in the month or after, and their status histories. */
function expectedQueries(sqlite: Database.Database, scope: Scope) {
  const where = `${scope ? 's.counsellor_id = @counsellorId AND ' : ''}(s.status = 'enrolled' OR s.status_date >= @monthStart)`;
  const candidates = `SELECT s.id FROM students s WHERE ${where}`;
  const students = sqlite.prepare(
    `SELECT s.id AS studentId, s.name, s.student_no AS studentNo, s.class_id AS classId, k.name AS className,
       s.counsellor_id AS counsellorId, u.display_name AS counsellorName, s.status_date AS statusDate
     FROM students s JOIN projects p ON p.id = s.project_id LEFT JOIN classes k ON k.id = s.class_id LEFT JOIN users u ON u.id = s.counsellor_id
     WHERE ${where} ORDER BY k.name IS NULL, k.name, s.name_pinyin, s.id`,
  );
  const steps = sqlite.prepare(
    `SELECT student_id AS studentId, to_status AS toStatus, date FROM student_status_events
     WHERE voided_at IS NULL AND student_id IN (${candidates} AND s.status_date >= @monthStart) ORDER BY student_id, date, id`,
  );
  return {
    candidates,
    /** the students expected in some month of [from, to], with those months; only those whose status changed since it began need their history */
    run(from: string, to: string) {
      const start = `${from}-01`;
      const params = { ...(scope ?? {}), monthStart: start };
      const throughout = schoolMonths([{ toStatus: 'enrolled', date: start }], CALENDAR, from, to);
      const histories = new Map<number, StatusStep[]>();
      for (const r of steps.all(params) as ({ studentId: number } & StatusStep)[]) {
        const list = histories.get(r.studentId) ?? [];
        histories.set(r.studentId, list);
        list.push({ toStatus: r.toStatus as StudentStatus, date: r.date });
      }
      const rows = students.all(params) as { studentId: number; counsellorId: number | null; classId: number | null; statusDate: string; months: string[] }[];
      for (const s of rows) s.months = s.statusDate < start ? throughout : schoolMonths(histories.get(s.studentId) ?? [], CALENDAR, from, to);
      return rows.filter((s) => s.months.length > 0);
    },
    params: (month: string) => ({ ...(scope ?? {}), monthStart: `${month}-01` }),
  };
}

/** checkins.month by hand: each expected student with the month's and the month before's risk. */
export function directMonth(sqlite: Database.Database, scope: Scope) {
  const expected = expectedQueries(sqlite, scope);
  // As the backend does: the whole school's months by month alone, a counsellor's matched to their students.
  const whose = scope ? `AND student_id IN (${expected.candidates})` : '';
  const logged = sqlite.prepare(`SELECT id, student_id AS studentId, month, risk FROM checkins WHERE month IN (@month, @before) ${whose}`);
  return (month: string) => {
    const before = addMonths(month, -1);
    const found = new Map<string, { id: number; risk: string }>();
    for (const r of logged.all(scope ? { ...expected.params(month), month, before } : { month, before }) as { id: number; studentId: number; month: string; risk: string }[]) {
      found.set(`${r.studentId} ${r.month}`, r);
    }
    return expected.run(month, month).map((s) => {
      const done = found.get(`${s.studentId} ${month}`);
      return Object.assign(s, { done: done !== undefined, checkinId: done?.id ?? null, risk: done?.risk ?? null, lastRisk: found.get(`${s.studentId} ${before}`)?.risk ?? null });
    });
  };
}

/** checkins.coverage of one month by hand: expected and checked, in all and per counsellor and class. */
export function directCoverage(sqlite: Database.Database) {
  const expected = expectedQueries(sqlite, null);
  const logged = sqlite.prepare(`SELECT student_id AS studentId FROM checkins WHERE month = @month AND student_id IN (${expected.candidates})`);
  return (month: string) => {
    const done = new Set((logged.all({ ...expected.params(month), month }) as { studentId: number }[]).map((r) => r.studentId));
    const rows = expected.run(month, month);
    const count = (key: (s: (typeof rows)[number]) => number | null) => {
      const groups = new Map<number | null, { expected: number; checked: number }>();
      for (const s of rows) {
        const g = groups.get(key(s)) ?? { expected: 0, checked: 0 };
        groups.set(key(s), g);
        g.expected += 1;
        if (done.has(s.studentId)) g.checked += 1;
      }
      return groups;
    };
    return { expected: rows.length, checked: rows.filter((s) => done.has(s.studentId)).length, byCounsellor: count((s) => s.counsellorId), byClass: count((s) => s.classId) };
  };
}

/** checkins.save of a new check-in by hand: the reads that make it loggable, the row, its audit entry, the row read back. */
export function directSave(sqlite: Database.Database, counsellorId: number) {
  const student = sqlite.prepare('SELECT id, name FROM students WHERE id = ? AND counsellor_id = ?');
  const steps = sqlite.prepare('SELECT to_status AS toStatus, date FROM student_status_events WHERE voided_at IS NULL AND student_id = ? ORDER BY date, id');
  const taken = sqlite.prepare('SELECT id FROM checkins WHERE student_id = ? AND month = ?');
  const insert = sqlite.prepare(
    `INSERT INTO checkins (student_id, month, date, method, attendance_pct, risk, help, author_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const audit = sqlite.prepare("INSERT INTO audit_log (at, user_id, action, entity, entity_id, before, after) VALUES (?, ?, 'create', 'checkin', ?, NULL, ?)");
  const readBack = sqlite.prepare(
    `SELECT c.*, s.name AS student_name, a.display_name AS author_name FROM checkins c JOIN students s ON s.id = c.student_id
     LEFT JOIN users a ON a.id = c.author_id WHERE c.id = ? AND s.counsellor_id = ?`,
  );
  const run = sqlite.transaction((input: { studentId: number; month: string; date: string; method: string; attendancePct: number; risk: string }) => {
    if (!student.get(input.studentId, counsellorId)) throw new Error('not found');
    const history = steps.all(input.studentId) as StatusStep[];
    if (schoolMonths(history, CALENDAR, input.month, input.month).length === 0) throw new Error('not in school');
    if (taken.get(input.studentId, input.month)) throw new Error('duplicate');
    const now = new Date().toISOString();
    const { lastInsertRowid } = insert.run(input.studentId, input.month, input.date, input.method, input.attendancePct, input.risk, '[]', counsellorId, now, now);
    audit.run(now, counsellorId, lastInsertRowid, JSON.stringify(input));
    return readBack.get(lastInsertRowid, counsellorId);
  });
  return (input: Parameters<typeof run>[0]) => run.immediate(input);
}
