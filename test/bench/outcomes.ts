/**
 * Bench section: the graduate outcome statistics (placements.outcomes, every grouping, all years
 * and one), 流失率 by academic year and the follow-ups due, over every graduate of the demo's ten
 * years, each with a placement and its follow-ups written straight into a copy of the database.
 * Against hand-written SQL doing the same counting (for 流失率, the handler's own code called
 * directly: its walk of each student's years is the work). Target: p95 under 200 ms.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type OpenDb } from '../../db/open';
import { formatTable } from '../../electron/backend/demo/table';
import { dropoutRows } from '../../electron/backend/placements/outcomes/dropout';
import { monthsAfter } from '../../electron/backend/placements/followUps';
import { createBackend } from '../../electron/backend/rpc/dispatch';
import type { SessionUser } from '../../electron/backend/rpc/context';
import { chinaToday } from '../../electron/contract/dates';
import { OUTCOME_GROUPINGS, type OutcomeGrouping } from '../../electron/contract/outcomes';
import { OUTCOMES } from '../../electron/contract/placements';
import { tempDir } from '../support/temp';
import { signIn } from './signIn';
import { timeCases } from './stats';

const TARGET_P95_MS = 200;
const ITERATIONS = 30;
const WARM_UP = 3;
const POINTS = [3, 6, 12];
const CITIES = [
  ['广东', '深圳市'],
  ['广东', '东莞市'],
  ['广西', '百色市'],
  ['贵州', '都匀市'],
  ['湖北', '十堰市'],
] as const;

/** A placement for every graduate still without one, and each follow-up that has fallen due (nine in ten still employed); returns the placements written. Also used by ./reporting.ts. */
export function writePlacements({ sqlite }: OpenDb, recordedBy: number): number {
  const now = new Date().toISOString();
  const today = chinaToday(new Date());
  const company = sqlite.prepare("INSERT INTO companies (name, name_key, province, city, created_at, updated_at) VALUES (?, ?, '广东', '深圳市', ?, ?)");
  const companies = Array.from({ length: 50 }, (_, i) => Number(company.run(`基准企业${i}`, `基准企业${i}`, now, now).lastInsertRowid));
  const graduates = sqlite.prepare("SELECT id, status_date AS day FROM students WHERE status IN ('graduated', 'completed') AND id NOT IN (SELECT student_id FROM placements)").all() as { id: number; day: string }[];
  const placement = sqlite.prepare(
    `INSERT INTO placements (student_id, outcome, company_id, province, city, related_to_major, start_date, monthly_salary_fen, social_insurance, channel, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const followUp = sqlite.prepare(
    `INSERT INTO placement_follow_ups (placement_id, point, done_on, still_employed, same_employer, recorded_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  sqlite.transaction(() => {
    graduates.forEach(({ id, day }, i) => {
      // Mostly contracts, a share of every other outcome.
      const outcome = i % 10 < 6 ? 'contract' : OUTCOMES[i % OUTCOMES.length];
      const [province, city] = CITIES[i % CITIES.length];
      const start = day.slice(0, 8) + '20';
      const working = outcome === 'contract' || outcome === 'flexible';
      const { lastInsertRowid } = placement.run(
        id, outcome, working ? companies[i % companies.length] : null, province, city, i % 4 ? 1 : 0, start, working ? 450_000 + (i % 30) * 10_000 : null, i % 3 ? 1 : 0,
        ['school', 'self', 'other'][i % 3], now, now,
      );
      for (const point of POINTS) {
        const due = monthsAfter(start, point);
        if (due <= today) followUp.run(lastInsertRowid, point, due, i % 10 ? 1 : 0, 1, recordedBy, now, now);
      }
    });
  })();
  return graduates.length;
}

/** The graduate's group, in SQL, as the handler computes it. */
const GROUP_SQL: Record<OutcomeGrouping, string> = {
  graduationYear: "CAST(substr(s.status_date, 1, 4) AS INTEGER) + (substr(s.status_date, 6, 2) >= '09')",
  project: 's.project_id',
  cohort: 's.cohort_id',
  major: 's.major_id',
};

/** The main counts and the salaries by group in one hand-written aggregate (the handler counts all thirty figures). */
function rawOutcomes(sqlite: Database.Database, by: OutcomeGrouping, year: number | null): unknown[] {
  const direct = "p.outcome IN ('contract', 'flexible', 'self_employed', 'military', 'abroad')";
  const rows = sqlite
    .prepare(
      `SELECT ${GROUP_SQL[by]} AS key, count(*) AS graduates,
        sum(p.outcome IN ('contract', 'flexible', 'self_employed', 'further_study', 'military', 'abroad')) AS employed,
        sum(${direct}) AS direct, sum(p.outcome = 'further_study') AS furtherStudy,
        sum(${direct} AND p.related_to_major) AS related, sum(p.outcome = 'contract') AS contractSigned, sum(${direct} AND p.social_insurance) AS insured,
        sum(${direct} AND f6.still_employed) AS retained6, sum(${direct} AND f12.still_employed) AS retained12,
        avg(CASE WHEN ${direct} THEN p.monthly_salary_fen END) AS meanSalary
      FROM students s LEFT JOIN placements p ON p.student_id = s.id
      LEFT JOIN placement_follow_ups f6 ON f6.placement_id = p.id AND f6.point = 6
      LEFT JOIN placement_follow_ups f12 ON f12.placement_id = p.id AND f12.point = 12
      WHERE s.status IN ('graduated', 'completed') AND (? IS NULL OR s.status_date BETWEEN ? AND ?)
      GROUP BY key ORDER BY key`,
    )
    .all(year, `${(year ?? 0) - 1}-09-01`, `${year}-08-31`);
  // The medians need the salaries in order, per group.
  sqlite.prepare(`SELECT ${GROUP_SQL[by]} AS key, p.monthly_salary_fen FROM students s JOIN placements p ON p.student_id = s.id WHERE p.monthly_salary_fen IS NOT NULL ORDER BY key, 2`).all();
  return rows;
}

/** The follow-ups due by hand: the placements still missing a point with the points they have, matched in memory as the handler does. */
function rawDue(sqlite: Database.Database, today: string): number {
  const started = sqlite
    .prepare(
      `SELECT p.id, p.start_date AS start, s.name, c.name AS className, u.display_name, cp.name AS company,
         (SELECT group_concat(f.point) FROM placement_follow_ups f WHERE f.placement_id = p.id) AS done
       FROM placements p JOIN students s ON s.id = p.student_id
       LEFT JOIN classes c ON c.id = s.class_id LEFT JOIN users u ON u.id = s.counsellor_id LEFT JOIN companies cp ON cp.id = p.company_id
       WHERE p.start_date IS NOT NULL AND (SELECT count(*) FROM placement_follow_ups f WHERE f.placement_id = p.id AND f.point IN (3, 6, 12)) < 3`,
    )
    .all() as { id: number; start: string; done: string | null }[];
  let due = 0;
  for (const p of started) {
    const done = (p.done ?? '').split(',').map(Number);
    for (const point of POINTS) if (monthsAfter(p.start, point) <= today && !done.includes(point)) due++;
  }
  return due;
}

/** Returns whether the section passed. `password`: the demo accounts' (see ./signIn.ts for `own`). */
export async function benchOutcomes(source: Database.Database, password: string, own: boolean): Promise<boolean> {
  const dir = tempDir('bangfu-bench-outcomes-');
  const file = path.join(dir, 'bangfu.sqlite');
  await source.backup(file);
  const opened = openDatabase({ file });
  const sqlite = opened.sqlite;
  try {
    // The administrator: the office account's password has already been chosen by the run's first section.
    const { caller: office, id: officeId } = await signIn(createBackend(opened), 'admin', password, own);
    const written = writePlacements(opened, officeId);
    const today = chinaToday(new Date());
    const lastYear = Number(today.slice(0, 4)) - (today.slice(5, 7) >= '09' ? 0 : 1);
    const officeUser = { id: officeId, role: 'admin' } as SessionUser;
    const cases = [
      ...OUTCOME_GROUPINGS.flatMap((by) =>
        [null, lastYear].map((year) => ({
          label: `outcomes by ${by}${year ? ` ${year}届` : ''}`,
          call: () => office.call('placements.outcomes', { by, year }),
          raw: () => rawOutcomes(sqlite, by, year),
        })),
      ),
      { label: '流失率 by academic year (handler alone)', call: () => office.call('placements.dropout', {}), raw: () => dropoutRows(opened.db, officeUser, null, new Date()) },
      { label: 'follow-ups due', call: () => office.call('placementFollowUps.due', {}), raw: () => rawDue(sqlite, today) },
    ];
    const { rows, pass } = await timeCases(cases, { iterations: ITERATIONS, warmUp: WARM_UP, targetMs: TARGET_P95_MS });
    const students = (sqlite.prepare('SELECT count(*) AS n FROM students').get() as { n: number }).n;
    console.log(`\nGraduate outcomes: ${students} students, ${written} graduates placed with their follow-ups, ${ITERATIONS} runs after ${WARM_UP} warm-up (ms)`);
    console.log(formatTable(['call', 'contract med', 'p95', 'raw med', 'p95', 'ratio med', ''], rows));
    console.log(`\nTarget: p95 < ${TARGET_P95_MS} ms through the contract.`);
    console.log(pass ? 'PASS' : 'FAIL');
    return pass;
  } finally {
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
