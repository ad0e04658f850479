import crypto from 'node:crypto';
import { openDatabase } from '../../../db/open';
import { chinaToday } from '../../contract/dates';
import { STATUSES, type StudentStatus } from '../../contract/students';
import { dbFileIn } from '../data-dir';
import { createBackend } from '../rpc/dispatch';
import { applyPlan } from './apply';
import { applyAllowances, type DemoClock } from './applyAllowances';
import { applyCheckins } from './applyCheckins';
import { applyBankImport, collectedLater } from './applyImports';
import { applyPlacements } from './applyPlacements';
import { applySubmissions } from './applySubmissions';
import { applyTrainings } from './applyTrainings';
import { planCheckins } from './checkins';
import { ContractCaller } from '../rpc/caller';
import { planDemo, type DemoOptions, type StaffPlan } from './plan';

export class DemoRefused extends Error {
  name = 'DemoRefused';
}

export interface CohortSummary {
  project: string;
  intakeYear: number;
  /** made up for the demo, after the seeds' last intake */
  invented: boolean;
  students: number;
  byStatus: Record<StudentStatus, number>;
}

export interface DemoResult {
  dataDir: string;
  /** the one password every demo account shares */
  password: string;
  staff: StaffPlan[];
  cohorts: CohortSummary[];
  classes: number;
  /** check-ins logged, and how long that took */
  checkins: number;
  checkinSeconds: number;
  /** allowance batches made over ten years */
  batches: number;
  /** graduates with their internship and placement */
  placements: number;
  seconds: number;
}

/** The demo's made-up school; a real install asks for its name at first run. */
const DEMO_SCHOOL = '深圳鹏城技师学院';

/** Letters and digits that cannot be misread (no 0/O, 1/l/I). */
const PASSWORD_CHARS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function randomPassword(length = 10): string {
  for (;;) {
    const p = Array.from({ length }, () => PASSWORD_CHARS[crypto.randomInt(PASSWORD_CHARS.length)]).join('');
    if (/\d/.test(p) && /[a-z]/.test(p) && /[A-Z]/.test(p)) return p;
  }
}

/** The backend refuses status dates after its (real) today, so a history as of a later day cannot be written. */
export function refuseLaterAsOf(asOf: string): void {
  const today = chinaToday(new Date());
  if (asOf > today) {
    throw new DemoRefused(
      `--as-of ${asOf} 晚于今天（${today}）：状态只能记到今天为止。请给今天或更早的日期。\n` +
        `--as-of ${asOf} is after today (${today}): statuses can only be recorded up to today. Give today or an earlier date.`,
    );
  }
}

/**
 * Fills an empty data folder with demo data through the backend contract. Refuses a folder
 * that already has accounts, so real data is never mixed with made-up students.
 */
export async function generateDemo(dataDir: string, opts: DemoOptions): Promise<DemoResult> {
  const started = performance.now();
  refuseLaterAsOf(opts.asOf);
  const opened = openDatabase({ file: dbFileIn(dataDir) });
  try {
    // Real time, but for the allowance batches: each is made on a day of the past (applyAllowances).
    const clock: DemoClock = { at: null };
    const backend = createBackend(opened, { now: () => clock.at ?? new Date() });
    if (!(await new ContractCaller(backend).call('auth.status', {})).setupNeeded) {
      throw new DemoRefused(
        `数据文件夹 ${dataDir} 里已有用户账号，演示数据只能写入新的空文件夹。请用 --data 指定另一个文件夹。\n` +
          `The data folder ${dataDir} already has user accounts; demo data goes only into a new, empty folder. Pass another folder with --data.`,
      );
    }
    const plan = planDemo(opts);
    const password = randomPassword();
    // Many calls per transaction: each stays a savepoint of its own, and the demo need not fsync 40,000 times.
    // Only the demo writes to this new database, so nothing else can slip into the open transaction.
    const inBatch = async (work: () => Promise<void>) => {
      opened.sqlite.exec('BEGIN IMMEDIATE');
      try {
        await work();
        opened.sqlite.exec('COMMIT');
      } catch (e) {
        opened.sqlite.exec('ROLLBACK');
        throw e;
      }
    };
    const banksLater = collectedLater(plan.students, opts.asOf);
    const { admin, cohortIds, userIds, studentIds } = await applyPlan(backend, plan, password, DEMO_SCHOOL, inBatch, banksLater);
    await applyBankImport(admin, clock, plan.students.filter((s) => banksLater.has(s)), opts.asOf);
    const checkinsStarted = performance.now();
    const calendar = (await admin.call('settings.get', {})).inSchoolMonths;
    const checkins = opts.checkins === false ? [] : planCheckins(plan, opts.asOf, calendar, opts.seed);
    if (checkins.length) await applyCheckins(backend, checkins, studentIds, userIds, password, admin, inBatch);
    const checkinSeconds = (performance.now() - checkinsStarted) / 1000;
    const batches = opts.allowances === false ? 0 : await applyAllowances(backend, clock, opts.asOf, opts.seed, password, admin, inBatch);
    let placements = 0;
    if (opts.placements !== false) {
      const graduates = opened.sqlite
        .prepare(
          `SELECT s.id, p.name AS projectName, s.home_province AS homeProvince, s.enrolment_date AS enrolmentDate, s.status_date AS statusDate
           FROM students s JOIN projects p ON p.id = s.project_id WHERE s.status IN ('graduated', 'completed') ORDER BY s.id`,
        )
        .all() as Parameters<typeof applyPlacements>[1];
      await inBatch(async () => void (placements = await applyPlacements(admin, graduates, opts.seed, opts.asOf)));
    }
    await inBatch(() => applyTrainings(admin, clock, opts.asOf, opts.seed));
    await inBatch(() => applySubmissions(admin, clock, opts.asOf));
    const cohorts = [];
    for (const c of plan.cohorts) {
      const count = async (status: StudentStatus | null) =>
        (await admin.call('students.list', { cohortId: cohortIds.get(c)!, status, pageSize: 1 })).total;
      const byStatus: Record<string, number> = {};
      for (const s of STATUSES) byStatus[s] = await count(s);
      cohorts.push({ project: c.project.name, intakeYear: c.intakeYear, invented: c.invented, students: await count(null), byStatus: byStatus as Record<StudentStatus, number> });
    }
    const seconds = (performance.now() - started) / 1000;
    return { dataDir, password, staff: plan.staff, cohorts, classes: plan.classes.length, checkins: checkins.length, checkinSeconds, batches, placements, seconds };
  } finally {
    opened.sqlite.close();
  }
}
