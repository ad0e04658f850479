/**
 * The check-in reads and the save as a program with no contract would make them: the same queries
 * written by hand, prepared once, and the same in-school rule (schoolMonths) applied to the rows.
 */
import type Database from 'better-sqlite3';
import { DEFAULT_SETTINGS } from '../../electron/contract/settings';
import { addMonths, schoolMonths, type StatusStep } from '../../electron/contract/schoolMonths';
import type { StudentStatus } from '../../electron/contract/students';
import type { Risk } from '../../electron/contract/checkins';
import type { CheckinPoint, WarningReason } from '../../electron/contract/warnings';
import { previousTermStart, warningReasons } from '../../electron/backend/checkins/warningRules';
import { byStudent } from '../support/byStudent';

const CALENDAR = DEFAULT_SETTINGS.inSchoolMonths;

/** Who the caller reaches: a counsellor their own students, the office everyone. */
export type Scope = { counsellorId: number } | null;

/** Students who may have been in school in the month or after, their status histories, and their names for a list. */
function expectedQueries(sqlite: Database.Database, scope: Scope) {
  const where = `${scope ? 's.counsellor_id = @counsellorId AND ' : ''}(s.status = 'enrolled' OR s.status_date >= @monthStart)`;
  const candidates = `SELECT s.id FROM students s WHERE ${where}`;
  const students = sqlite.prepare(`SELECT s.id AS studentId, s.status_date AS statusDate FROM students s WHERE ${where}`);
  const steps = sqlite.prepare(
    `SELECT student_id AS studentId, to_status AS toStatus, date FROM student_status_events
     WHERE voided_at IS NULL AND student_id IN (${candidates} AND s.status_date >= @monthStart) ORDER BY student_id, date, id`,
  );
  const names = sqlite.prepare(
    `SELECT s.id AS studentId, s.name, s.student_no AS studentNo, s.class_id AS classId, k.name AS className,
       s.counsellor_id AS counsellorId, u.display_name AS counsellorName, s.project_id AS projectId, p.name AS projectName
     FROM students s JOIN projects p ON p.id = s.project_id LEFT JOIN classes k ON k.id = s.class_id LEFT JOIN users u ON u.id = s.counsellor_id
     WHERE s.id IN (SELECT value FROM json_each(?)) ORDER BY k.name IS NULL, k.name, s.name_pinyin, s.id`,
  );
  /** the months of [from, to] each student was expected; only those whose status changed since it began need their history */
  const months = (from: string, to: string) => {
    const start = `${from}-01`;
    const params = { ...(scope ?? {}), monthStart: start };
    const throughout = schoolMonths([{ toStatus: 'enrolled', date: start }], CALENDAR, from, to);
    const histories = byStudent(steps.all(params) as ({ studentId: number } & StatusStep)[], (r) => ({ toStatus: r.toStatus as StudentStatus, date: r.date }));
    const expected = new Map<number, string[]>();
    for (const s of students.all(params) as { studentId: number; statusDate: string }[]) {
      const ms = s.statusDate < start ? throughout : schoolMonths(histories.get(s.studentId) ?? [], CALENDAR, from, to);
      if (ms.length) expected.set(s.studentId, ms);
    }
    return expected;
  };
  const named = (ids: Iterable<number>) =>
    names.all(JSON.stringify([...ids])) as { studentId: number; counsellorId: number | null; classId: number | null; projectId: number }[];
  return {
    candidates,
    months,
    named,
    /** the students expected in some month of [from, to], with those months, by class then pinyin */
    run(from: string, to: string) {
      const expected = months(from, to);
      return named(expected.keys()).map((s) => Object.assign(s, { months: expected.get(s.studentId)! }));
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

/** checkins.overdue by hand: the months from `from` to `last` each expected student has no check-in for, only those named. */
export function directOverdue(sqlite: Database.Database) {
  const expected = expectedQueries(sqlite, null);
  const logged = sqlite.prepare(`SELECT student_id AS studentId, month FROM checkins WHERE month BETWEEN @from AND @to AND student_id IN (${expected.candidates})`);
  return (from: string, last: string) => {
    const done = new Set((logged.all({ ...expected.params(from), from, to: last }) as { studentId: number; month: string }[]).map((r) => `${r.studentId} ${r.month}`));
    const missing = new Map<number, string[]>();
    for (const [studentId, months] of expected.months(from, last)) {
      const left = months.filter((m) => !done.has(`${studentId} ${m}`));
      if (left.length) missing.set(studentId, left);
    }
    return expected.named(missing.keys()).map((s) => ({ ...s, missing: missing.get(s.studentId)! }));
  };
}

/** checkins.warnings by hand: the students in school, their check-ins of this term and the last, their histories and reviews, the same rules. */
export function directWarnings(sqlite: Database.Database) {
  const inSchool = `SELECT id FROM students WHERE status = 'enrolled'`;
  const students = sqlite.prepare(`SELECT id AS studentId, status_date AS statusDate FROM students WHERE status = 'enrolled'`);
  const points = sqlite.prepare(
    `SELECT student_id AS studentId,
       json_group_array(json_array(month, risk, attendance_pct, failing_courses, money_trouble, family_event) ORDER BY month) AS points
     FROM checkins WHERE month >= ? AND student_id IN (${inSchool}) GROUP BY student_id`,
  );
  const steps = sqlite.prepare(
    `SELECT student_id AS studentId, to_status AS toStatus, date FROM student_status_events
     WHERE voided_at IS NULL AND student_id IN (${inSchool} AND status_date >= ?) ORDER BY student_id, date, id`,
  );
  const reviews = sqlite.prepare(`SELECT student_id AS studentId, reasons_key AS reasonsKey FROM warning_reviews WHERE student_id IN (${inSchool}) ORDER BY reviewed_at DESC, id DESC`);
  const since = sqlite.prepare('SELECT min(month) AS first FROM checkins');
  const people = sqlite.prepare(
    `SELECT s.id AS studentId, s.name, k.name AS className, u.display_name AS counsellorName FROM students s
     LEFT JOIN classes k ON k.id = s.class_id LEFT JOIN users u ON u.id = s.counsellor_id
     WHERE s.id IN (SELECT value FROM json_each(?)) ORDER BY k.name, s.name_pinyin`,
  );
  return (month: string) => {
    const first = (since.get() as { first: string | null }).first;
    const from = first && first > addMonths(month, -6) ? first : addMonths(month, -6);
    const seen = new Map<number, CheckinPoint[]>();
    for (const r of points.all(previousTermStart(month)) as { studentId: number; points: string }[])
      seen.set(
        r.studentId,
        (JSON.parse(r.points) as [string, Risk, number | null, number, number, string][]).map(([month, risk, attendancePct, failingCourses, money, familyEvent]) => ({
          month, risk, attendancePct, failingCourses, moneyTrouble: money === 1, familyEvent,
        })),
      );
    const histories = byStudent(steps.all(`${from}-01`) as ({ studentId: number } & StatusStep)[], ({ toStatus, date }) => ({ toStatus, date }));
    const throughout = schoolMonths([{ toStatus: 'enrolled', date: `${from}-01` }], CALENDAR, from, addMonths(month, -1));
    const found = new Map<number, WarningReason[]>();
    for (const s of students.all() as { studentId: number; statusDate: string }[]) {
      const expected = !first ? [] : s.statusDate < `${from}-01` ? throughout : schoolMonths(histories.get(s.studentId) ?? [], CALENDAR, from, addMonths(month, -1));
      const reasons = warningReasons(seen.get(s.studentId) ?? [], expected, DEFAULT_SETTINGS.warningThresholds);
      if (reasons.length) found.set(s.studentId, reasons);
    }
    const reviewed = new Map<number, string>();
    for (const r of reviews.all() as { studentId: number; reasonsKey: string }[]) if (!reviewed.has(r.studentId)) reviewed.set(r.studentId, r.reasonsKey);
    return (people.all(JSON.stringify([...found.keys()])) as { studentId: number }[]).map((p) => ({ ...p, reasons: found.get(p.studentId)!, reviewed: reviewed.get(p.studentId) ?? null }));
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
