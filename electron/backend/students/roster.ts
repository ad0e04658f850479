import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { byClass } from '../classOrder';
import { statementCache } from '../prepared';
import { classes, cohorts, majors, projects, students } from '../../../db/schema';
import { maskIdNumber } from '../../contract/idcard';
import { ROSTER_MAX, type Roster, type RosterRow, type rosterInput, type RosterValues } from '../../contract/roster';
import { seesWholeIds } from '../access';
import type { AuthedCtx, Handlers } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { filterNames, filtersForAudit } from './listFilters';
import { counsellors, listStudents } from './queries';

type RosterInput = z.output<typeof rosterInput>;

/** Everything a roster column may show, for the given students (ids as a JSON array), class by class and by pinyin. */
function prepareRoster(db: Db) {
  return db
    .select({
      id: students.id,
      name: students.name,
      classId: students.classId,
      className: classes.name,
      studentNo: students.studentNo,
      gender: sql<RosterValues['gender']>`${students.gender}`,
      ethnicity: students.ethnicity,
      idNumber: students.idNumber,
      birthDate: students.birthDate,
      phone: students.phone,
      homeProvince: students.homeProvince,
      homeCity: students.homeCity,
      homeCounty: students.homeCounty,
      povertyStatus: sql<RosterValues['povertyStatus']>`${students.povertyStatus}`,
      guardianName: students.guardianName,
      guardianPhone: students.guardianPhone,
      projectName: projects.name,
      cohortName: cohorts.name,
      majorName: majors.name,
      level: sql<RosterValues['level']>`${students.level}`,
      counsellorName: counsellors.displayName,
      status: sql<RosterValues['status']>`${students.status}`,
      enrolmentDate: students.enrolmentDate,
      dormitory: students.dormitory,
    })
    .from(students)
    .innerJoin(projects, eq(projects.id, students.projectId))
    .innerJoin(cohorts, eq(cohorts.id, students.cohortId))
    .leftJoin(majors, eq(majors.id, students.majorId))
    .leftJoin(classes, eq(classes.id, students.classId))
    .leftJoin(counsellors, eq(counsellors.id, students.counsellorId))
    .where(sql`${students.id} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`)
    // By pinyin here; class by class in byClass (SQLite orders Chinese by code point).
    .orderBy(asc(students.namePinyin), asc(students.id))
    .prepare();
}

const preparedRosters = statementCache<ReturnType<typeof prepareRoster>>();

/**
 * The roster of what the register's list finds with the same search and filters: the list's own
 * query picks the students (so the two never disagree, a counsellor's scope included), this one
 * reads them in roster order.
 */
export function roster(db: Db, user: AuthedCtx['user'], input: RosterInput): Roster & { count: number } {
  const list = listStudents(db, user, { ...input, sort: 'name', dir: 'asc', page: 1, pageSize: ROSTER_MAX });
  if (list.total > ROSTER_MAX) throw AppError.field('filter', 'roster_too_many', { max: ROSTER_MAX, count: list.total });
  const found = preparedRosters(db, '', () => prepareRoster(db)).all({ ids: JSON.stringify(list.rows.map((r) => r.id)) }).sort(byClass);

  // The page asks; the role decides. Whole numbers only for roles that see them anyway, and only when asked.
  const whole = input.wholeIds && seesWholeIds(user);
  const rows = found.map(({ homeProvince, homeCity, homeCounty, ...s }): RosterRow => {
    const values: RosterValues = {
      ...s,
      idNumber: whole ? s.idNumber : maskIdNumber(s.idNumber),
      birthDate: seesWholeIds(user) ? s.birthDate : s.birthDate.slice(0, 4),
      home: [homeProvince, homeCity, homeCounty].filter(Boolean).join(' '),
    };
    // Only what is printed leaves the backend.
    return { id: s.id, name: s.name, classId: s.classId, className: s.className, ...Object.fromEntries(input.columns.map((c) => [c, values[c]])) };
  });
  return { rows, wholeIds: whole && input.columns.includes('idNumber'), filterNames: filterNames(db, input), count: rows.length };
}

export const rosterHandlers: Handlers<'students.roster'> = {
  'students.roster': (input, ctx) => {
    const { count, ...result } = roster(ctx.db, ctx.user, input);
    // A read that hands out personal data in bulk (whole 身份证号 among it) is logged like a change.
    ctx.audit({
      action: 'print',
      entity: 'student',
      entityId: null,
      after: { report: 'roster', ...filtersForAudit(input), columns: input.columns, wholeIds: result.wholeIds, count },
    });
    return result;
  },
};
