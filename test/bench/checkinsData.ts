/**
 * The bench's check-ins: the demo's own plan (./electron/backend/demo/checkins.ts) for the bench's
 * students, written straight into the database in one transaction. Through the contract, the 600,000
 * and more would take most of an hour; only the calls being measured go through the backend.
 */
import type Database from 'better-sqlite3';
import { DEFAULT_SETTINGS } from '../../electron/contract/settings';
import { planCheckins } from '../../electron/backend/demo/checkins';
import { planDemo, type DemoOptions } from '../../electron/backend/demo/plan';

/** Writes the check-ins the demo would have logged for `opts`' students; returns how many. */
export function insertDemoCheckins(sqlite: Database.Database, opts: DemoOptions): number {
  const plan = planDemo(opts);
  const planned = planCheckins(plan, opts.asOf, DEFAULT_SETTINGS.inSchoolMonths, opts.seed);
  // The demo wrote the students in its plan's order, each with its own 学号.
  const studentIds = new Map((sqlite.prepare('SELECT id, student_no FROM students').all() as { id: number; student_no: string }[]).map((r) => [r.student_no, r.id]));
  const userIds = new Map((sqlite.prepare('SELECT id, username FROM users').all() as { id: number; username: string }[]).map((r) => [r.username, r.id]));
  const insert = sqlite.prepare(
    `INSERT INTO checkins (student_id, month, date, method, attendance_pct, academic, failing_courses, certificate, competitions, health,
       mental, money_trouble, family_event, dorm, risk, help, help_other, follow_up, follow_up_due, notes, author_id, created_at, updated_at)
     VALUES (@studentId, @month, @date, @method, @attendancePct, @academic, @failingCourses, @certificate, @competitions, @health,
       @mental, @moneyTrouble, @familyEvent, @dorm, @risk, @help, @helpOther, @followUp, @followUpDue, @notes, @authorId, @at, @at)`,
  );
  const at = new Date().toISOString();
  // Month after month, as counsellors log them (and as the demo writes them): a month's rows lie together.
  const inOrder = [...planned].sort((a, b) => a.values.month.localeCompare(b.values.month) || a.student - b.student);
  sqlite.transaction(() => {
    for (const p of inOrder) {
      const studentId = studentIds.get(plan.students[p.student].fields.studentNo!);
      if (studentId === undefined) throw new Error(`bench check-ins: no student ${plan.students[p.student].fields.studentNo} in the database`);
      const { moneyTrouble, help, ...values } = p.values;
      insert.run({ ...values, studentId, moneyTrouble: moneyTrouble ? 1 : 0, help: JSON.stringify(help), authorId: userIds.get(p.counsellor), at });
    }
  })();
  return planned.length;
}
