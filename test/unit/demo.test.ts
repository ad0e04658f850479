import Database from 'better-sqlite3';
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { dbFileIn } from '../../electron/backend/data-dir';
import { ContractCaller } from '../../electron/backend/rpc/caller';
import { DemoRefused, generateDemo, type DemoResult } from '../../electron/backend/demo/generate';
import { intakesAsOf } from '../../electron/backend/demo/programme';
import { chinaToday } from '../../electron/contract/dates';
import { DEFAULT_SETTINGS } from '../../electron/contract/settings';
import { addMonths, monthOf, schoolMonths } from '../../electron/contract/schoolMonths';
import type { StudentStatus } from '../../electron/contract/students';
import { createBackend } from '../../electron/backend/rpc/dispatch';
import { parseIdNumber } from '../../electron/contract/idcard';
import { tempDir } from '../support/temp';
import { readDemo, withoutTimestamps, type CheckinRow } from '../support/demoData';
import { warningRecall } from '../support/warningRecall';

/** A day in the past, so the backend (which refuses status dates after its real today) takes every event. */
const OPTS = { students: 300, seed: 42, asOf: '2025-11-30' };

describe('demo data generator', () => {
  let dir: string;
  let result: DemoResult;
  let data: ReturnType<typeof readDemo>;

  beforeAll(async () => {
    dir = tempDir('bangfu-demo-');
    result = await generateDemo(dir, OPTS);
    data = readDemo(dir);
  });

  it('writes the requested number of students, each audited as the app would', async () => {
    expect(data.students).toHaveLength(300);
    expect(data.studentAudits).toBe(300);
    expect(result.cohorts.reduce((s, c) => s + c.students, 0)).toBe(300);
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
    expect(new Set(data.students.map((s) => s.id_number)).size).toBe(300);
    expect(new Set(data.students.map((s) => s.student_no)).size).toBe(300);
  });

  it('splits students over the intakes in their proportions', async () => {
    const intakes = intakesAsOf(OPTS.asOf);
    const total = intakes.reduce((s, i) => s + i.size, 0);
    for (const i of intakes) {
      const count = data.students.filter((s) => s.project === i.project.name && s.intake_year === i.year).length;
      expect(Math.abs(count - (300 * i.size) / total), `${i.project.name} ${i.year}`).toBeLessThan(1);
    }
    expect(result.cohorts.filter((c) => c.invented)).toHaveLength(12);
  });

  it('keeps a status history that ends in each student’s status, nothing after the as-of day', async () => {
    for (const s of data.students) {
      const history = data.events.filter((e) => e.student_id === s.id);
      expect(history[0]).toMatchObject({ event: 'enrol', from_status: null, to_status: 'enrolled', date: s.enrolment_date });
      history.slice(1).forEach((e, k) => expect(e.from_status).toBe(history[k].to_status));
      expect(history.at(-1)).toMatchObject({ to_status: s.status, date: s.status_date });
      for (const e of history) expect(e.date <= OPTS.asOf, `${s.name} ${e.event} ${e.date}`).toBe(true);
      const finished = `${s.expected_graduation}-01` <= OPTS.asOf;
      expect(finished ? ['graduated', 'completed', 'withdrawn'] : ['enrolled', 'suspended', 'withdrawn']).toContain(s.status);
    }
    const statuses = new Set(data.students.map((s) => s.status));
    for (const st of ['enrolled', 'graduated', 'withdrawn']) expect(statuses).toContain(st);
  });

  it('has students in school in every cohort still in progress, and this year’s graduates', async () => {
    const running = new Set(data.students.filter((s) => `${s.expected_graduation}-01` > OPTS.asOf).map((s) => `${s.project} ${s.intake_year}`));
    expect(running.size).toBeGreaterThanOrEqual(10);
    for (const cohort of running) {
      expect(data.students.some((s) => `${s.project} ${s.intake_year}` === cohort && s.status === 'enrolled'), cohort).toBe(true);
    }
    const graduatedThisYear = data.students.filter((s) => s.status === 'graduated' && s.status_date.startsWith('2025-07'));
    expect(graduatedThisYear.length).toBeGreaterThan(0);
  });

  describe('monthly check-ins', () => {
    const asOfMonth = monthOf(OPTS.asOf);
    const score = { normal: 0, watch: 1, high: 2 } as const;
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    /** Each student's months in school up to the as-of month, from the status history written. */
    const inSchool = () =>
      new Map(
        data.students.map((s) => {
          const steps = data.events.filter((e) => e.student_id === s.id).map((e) => ({ toStatus: e.to_status as StudentStatus, date: e.date }));
          return [s.id, schoolMonths(steps, DEFAULT_SETTINGS.inSchoolMonths, monthOf(s.enrolment_date), asOfMonth)];
        }),
      );

    it('logs check-ins only in months the student was in school, by the student’s counsellor, nothing after the as-of day', async () => {
      const months = inSchool();
      expect(data.checkins.length).toBeGreaterThan(20 * data.students.length);
      for (const c of data.checkins) {
        expect(months.get(c.student_id), `${c.student_id} ${c.month}`).toContain(c.month);
        expect(c.author_role).toBe('counsellor');
        expect(c.author_id).toBe(c.counsellor_id);
        expect(monthOf(c.date)).toBe(c.month);
        expect(c.date <= OPTS.asOf, c.date).toBe(true);
      }
    });

    it('logs most months up to last month with a few missed, part of this month, and a counsellor behind this month', async () => {
      const months = inSchool();
      const logged = new Set(data.checkins.map((c) => `${c.student_id} ${c.month}`));
      const expected = [...months].flatMap(([id, ms]) => ms.map((m) => ({ id, m, logged: logged.has(`${id} ${m}`) })));
      const past = expected.filter((e) => e.m < asOfMonth);
      const now = expected.filter((e) => e.m === asOfMonth);
      expect(mean(past.map((e) => Number(e.logged)))).toBeGreaterThan(0.93);
      expect(past.filter((e) => !e.logged).length).toBeGreaterThan(0);
      expect(mean(now.map((e) => Number(e.logged)))).toBeGreaterThan(0.1);
      expect(mean(now.map((e) => Number(e.logged)))).toBeLessThan(0.6);
      const counsellorOf = new Map(data.students.map((s) => [s.id, s.counsellor_id]));
      const busy = new Set(now.map((e) => counsellorOf.get(e.id)));
      const loggedNow = new Set(now.filter((e) => e.logged).map((e) => counsellorOf.get(e.id)));
      expect([...busy].some((c) => !loggedNow.has(c))).toBe(true);
    });

    it('raises the risk over the months before a withdrawal, with help given and recent follow-ups set', async () => {
      const withdrawn = new Set(data.students.filter((s) => s.status === 'withdrawn').map((s) => s.id));
      const lastOfWithdrawn = [...withdrawn].flatMap((id) => data.checkins.filter((c) => c.student_id === id).slice(-2));
      const others = data.checkins.filter((c) => !withdrawn.has(c.student_id));
      expect(lastOfWithdrawn.length).toBeGreaterThan(10);
      expect(mean(lastOfWithdrawn.map((c) => score[c.risk]))).toBeGreaterThan(1);
      expect(mean(others.map((c) => score[c.risk]))).toBeLessThan(0.1);
      const attendance = (rows: CheckinRow[]) => mean(rows.flatMap((c) => (c.attendance_pct === null ? [] : [c.attendance_pct])));
      expect(attendance(lastOfWithdrawn)).toBeLessThan(attendance(others) - 15);
      // Most are 正常, and the 正常 months logged with the whole form have attendance 85–100.
      expect(mean(data.checkins.map((c) => Number(c.risk === 'normal')))).toBeGreaterThan(0.9);
      for (const c of others.filter((c) => c.risk === 'normal' && c.attendance_pct !== null)) expect(c.attendance_pct).toBeGreaterThanOrEqual(85);
      const atRisk = data.checkins.filter((c) => c.risk !== 'normal');
      for (const c of atRisk) expect(JSON.parse(c.help).length, `${c.student_id} ${c.month}`).toBeGreaterThan(0);
      const recent = atRisk.filter((c) => c.month >= addMonths(asOfMonth, -2));
      expect(recent.length).toBeGreaterThan(0);
      for (const c of recent) expect(c.follow_up && c.follow_up_due! > c.date).toBeTruthy();
    });

    it('is flagged by 预警 for most who withdrew, in the months before they left, and for few of those in school', async () => {
      const db = new Database(dbFileIn(dir), { readonly: true });
      try {
        const { withdrawn, control } = warningRecall(db, OPTS.asOf);
        expect(withdrawn.students).toBeGreaterThanOrEqual(5);
        expect(withdrawn.share).toBeGreaterThan(0.75);
        expect(control.share).toBeLessThan(0.1);
      } finally {
        db.close();
      }
    });
  });

  describe('allowances', () => {
    interface LineRow {
      student_id: number;
      amount_fen: number;
      reverses_line_id: number | null;
      policy: string;
      cap_fen: number | null;
      period: string;
      status: string;
      counted_year: number;
      prepared_by: number;
      paid_on: string | null;
      created_at: string;
    }
    const lines = () => {
      const db = new Database(dbFileIn(dir), { readonly: true });
      try {
        return db
          .prepare(
            `SELECT l.student_id, l.amount_fen, l.reverses_line_id, p.name AS policy, p.cap_fen, b.period, b.status, b.prepared_by, b.paid_on, b.created_at,
               coalesce(ob.academic_year, b.academic_year) AS counted_year
             FROM allowance_lines l JOIN allowance_batches b ON b.id = l.batch_id JOIN allowance_policies p ON p.id = b.policy_id
             LEFT JOIN allowance_lines o ON o.id = l.reverses_line_id LEFT JOIN allowance_batches ob ON ob.id = o.batch_id`,
          )
          .all() as LineRow[];
      } finally {
        db.close();
      }
    };

    it('pays ten years of batches, each approved by someone other than its preparer, and leaves a 国家助学金 batch on notice', async () => {
      const rows = lines();
      expect(result.batches).toBeGreaterThan(100);
      expect(new Set(rows.map((r) => r.counted_year))).toEqual(new Set(Array.from({ length: 10 }, (_, i) => 2016 + i)));
      const unpaid = new Set(rows.filter((r) => r.status !== 'paid').map((r) => `${r.policy} ${r.period} ${r.status}`));
      expect(unpaid).toEqual(new Set(['国家助学金 2025-1 reviewed']));
      for (const r of rows.filter((r) => r.status === 'paid')) {
        expect(r.paid_on! >= r.created_at.slice(0, 10) && r.paid_on! <= OPTS.asOf, `${r.policy} ${r.period}`).toBe(true);
      }
      const db = new Database(dbFileIn(dir), { readonly: true });
      try {
        const selfApproved = db
          .prepare("SELECT count(*) AS n FROM allowance_batch_steps s JOIN allowance_batches b ON b.id = s.batch_id WHERE s.action IN ('review', 'approve') AND s.user_id = b.prepared_by")
          .get() as { n: number };
        expect(selfApproved.n).toBe(0);
      } finally {
        db.close();
      }
    });

    it('pays the living allowance only for months a student was in school, keeps every cap, and reverses a few overpaid lines', async () => {
      const rows = lines();
      const months = new Map(
        data.students.map((s) => {
          const steps = data.events.filter((e) => e.student_id === s.id).map((e) => ({ toStatus: e.to_status as StudentStatus, date: e.date }));
          return [s.id, schoolMonths(steps, DEFAULT_SETTINGS.inSchoolMonths, monthOf(s.enrolment_date), monthOf(OPTS.asOf))];
        }),
      );
      const living = rows.filter((r) => r.policy === '生活补贴' && r.reverses_line_id === null);
      expect(living.length).toBeGreaterThan(5 * data.students.length);
      for (const r of living) expect(months.get(r.student_id), `${r.student_id} ${r.period}`).toContain(r.period);

      const given = new Map<string, { fen: number; cap: number | null }>();
      for (const r of rows) {
        const key = `${r.student_id} ${r.policy} ${r.counted_year}`;
        given.set(key, { fen: (given.get(key)?.fen ?? 0) + r.amount_fen, cap: r.cap_fen });
      }
      for (const [key, { fen, cap }] of given) if (cap !== null) expect(fen, key).toBeLessThanOrEqual(cap);

      const reversals = rows.filter((r) => r.reverses_line_id !== null);
      expect(reversals.length).toBeGreaterThanOrEqual(5);
      for (const r of reversals) expect([r.policy, r.amount_fen]).toEqual(['生活补贴', -15_000]);
    });

    it('turns check-ins asking for hardship help into approved requests, each paid in that month’s 临时困难补助 batch', async () => {
      const db = new Database(dbFileIn(dir), { readonly: true });
      try {
        const requests = db
          .prepare(
            `SELECT r.status, k.month, k.help, b.status AS batch_status, b.period, p.name AS policy FROM hardship_requests r
             JOIN checkins k ON k.id = r.checkin_id JOIN allowance_lines l ON l.id = r.line_id
             JOIN allowance_batches b ON b.id = l.batch_id JOIN allowance_policies p ON p.id = b.policy_id`,
          )
          .all() as { status: string; month: string; help: string; batch_status: string; period: string; policy: string }[];
        expect(requests.length).toBeGreaterThan(0);
        expect(requests.length).toBe((db.prepare('SELECT count(*) AS n FROM hardship_requests').get() as { n: number }).n);
        for (const r of requests) {
          expect(JSON.parse(r.help)).toContain('hardship_request');
          expect([r.status, r.batch_status, r.policy, r.period.slice(0, 7)]).toEqual(['approved', 'paid', '临时困难补助', r.month]);
        }
      } finally {
        db.close();
      }
    });
  });

  it('gives every graduate a final-year internship, a placement (most in Shenzhen for Guangdong, most at home for 黔南) and its follow-ups', async () => {
    const db = new Database(dbFileIn(dir), { readonly: true });
    try {
      const graduates = (db.prepare("SELECT count(*) AS n FROM students WHERE status IN ('graduated', 'completed')").get() as { n: number }).n;
      expect(graduates).toBeGreaterThan(0);
      expect(result.placements).toBe(graduates);
      const rows = db
        .prepare(
          `SELECT p.name AS project, pl.outcome, pl.city, pl.monthly_salary_fen AS salary FROM placements pl
           JOIN students s ON s.id = pl.student_id JOIN projects p ON p.id = s.project_id`,
        )
        .all() as { project: string; outcome: string; city: string; salary: number | null }[];
      expect(rows).toHaveLength(graduates);
      const inShenzhen = (project: string) => {
        const employed = rows.filter((r) => r.project === project && (r.outcome === 'contract' || r.outcome === 'flexible'));
        return employed.filter((r) => r.city.startsWith('深圳')).length / employed.length;
      };
      expect(inShenzhen('广东汕尾')).toBeGreaterThan(0.5);
      expect(inShenzhen('贵州黔南')).toBeLessThan(0.5);
      const salaries = rows.flatMap((r) => (r.salary === null ? [] : [r.salary])).sort((a, b) => a - b);
      expect(salaries[Math.floor(salaries.length / 2)]).toBeGreaterThan(500_000);
      const internships = db.prepare('SELECT count(DISTINCT student_id) AS n FROM internships').get() as { n: number };
      expect(internships.n).toBeGreaterThan(0.9 * graduates);
      // The school's visits fall within their internships.
      const visits = db
        .prepare('SELECT v.visited_on AS day, i.start_date AS start, i.end_date AS end FROM internship_visits v JOIN internships i ON i.id = v.internship_id')
        .all() as { day: string; start: string; end: string }[];
      expect(visits.length).toBeGreaterThan(internships.n);
      expect(visits.every((v) => v.start <= v.day && v.day <= v.end)).toBe(true);
      // Followed up at 3, 6 and 12 months, up to a month before the as-of day.
      const followUps = db.prepare('SELECT point, done_on AS doneOn, still_employed AS employed FROM placement_follow_ups').all() as { point: number; doneOn: string; employed: number }[];
      expect(new Set(followUps.map((f) => f.point))).toEqual(new Set([3, 6, 12]));
      expect(followUps.every((f) => f.doneOn <= OPTS.asOf)).toBe(true);
      expect(followUps.filter((f) => f.employed).length / followUps.length).toBeGreaterThan(0.8);
    } finally {
      db.close();
    }
  });

  it('has sent the last two years’ 进展情况表 on 12 December, each counting that year as of its day', async () => {
    const db = new Database(dbFileIn(dir), { readonly: true });
    try {
      const sent = db.prepare('SELECT year, period_from AS "from", period_to AS "to", created_at AS at, report FROM report_submissions ORDER BY id').all() as {
        year: number; from: string; to: string; at: string; report: string;
      }[];
      expect(sent.map(({ year, from, to, at }) => [year, from, to, at])).toEqual([
        [2023, '2023-01-01', '2023-12-12', '2023-12-12T02:00:00.000Z'],
        [2024, '2024-01-01', '2024-12-12', '2024-12-12T02:00:00.000Z'],
      ]);
      // Each counts that year's intake, as the register has it.
      for (const { year, report } of sent) {
        const enrolled = db.prepare("SELECT count(*) AS n FROM students WHERE enrolment_date BETWEEN ? AND ?").get(`${year}-01-01`, `${year}-12-12`) as { n: number };
        expect(enrolled.n).toBeGreaterThan(0);
        expect(JSON.parse(report).total.figures.newStudents, String(year)).toBe(enrolled.n);
      }
    } finally {
      db.close();
    }
  });

  it('brings the newest intake’s bank accounts in by an import in September, one row refused, undoable from the history', async () => {
    const db = new Database(dbFileIn(dir), { readonly: true });
    try {
      const intake = db.prepare("SELECT count(*) AS n, sum(bank_account <> '') AS banked FROM students WHERE enrolment_date = '2025-09-01'").get() as { n: number; banked: number };
      expect(intake.n).toBeGreaterThan(0);
      expect(intake.banked).toBe(intake.n);
      const imports = db.prepare('SELECT kind, file_name AS fileName, created_at AS at, created, updated, skipped FROM imports').all();
      expect(imports).toEqual([{ kind: 'students', fileName: '新生银行卡信息收集表.xlsx', at: '2025-09-15T00:30:00.000Z', created: 0, updated: intake.n, skipped: 1 }]);
      // before September's living allowance: every new student is in that batch
      const paid = db
        .prepare(
          `SELECT count(DISTINCT l.student_id) AS n FROM allowance_lines l JOIN allowance_batches b ON b.id = l.batch_id JOIN students s ON s.id = l.student_id
           WHERE b.period = '2025-09' AND s.enrolment_date = '2025-09-01'`,
        )
        .get() as { n: number };
      expect(paid.n).toBeGreaterThan(0.9 * intake.n);
    } finally {
      db.close();
    }
    const opened = openDatabase({ file: dbFileIn(dir) });
    try {
      const admin = new ContractCaller(createBackend(opened));
      await admin.call('auth.login', { username: 'admin', password: result.password });
      expect((await admin.call('imports.list', {}))[0]).toMatchObject({ changedSince: [], undoneAt: null, userName: '系统管理员' });
    } finally {
      opened.sqlite.close();
    }
  });

  it('gives the same students and check-ins for the same seed', async () => {
    const again = tempDir('bangfu-demo-');
    await generateDemo(again, { ...OPTS, allowances: false, placements: false });
    const other = readDemo(again);
    expect(withoutTimestamps(other.students)).toEqual(withoutTimestamps(data.students));
    expect(withoutTimestamps(other.events)).toEqual(withoutTimestamps(data.events));
    expect(withoutTimestamps(other.checkins)).toEqual(withoutTimestamps(data.checkins));
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
    expect(result.staff.filter((s) => s.role === 'counsellor')).toHaveLength(5);
  });

  it('refuses a folder that already has accounts and leaves it untouched', async () => {
    await expect(generateDemo(dir, OPTS)).rejects.toThrow(DemoRefused);
    expect(readDemo(dir).students).toHaveLength(300);
  });

  it('refuses an as-of day after today, whose statuses the backend could not record', async () => {
    const tomorrow = new Date(Date.parse(chinaToday(new Date())) + 86_400_000).toISOString().slice(0, 10);
    const fresh = tempDir('bangfu-demo-');
    await expect(generateDemo(fresh, { ...OPTS, asOf: tomorrow })).rejects.toThrow(/--as-of .*today/);
    expect(fs.existsSync(dbFileIn(fresh))).toBe(false);
  });
});
