import type { Role } from '../../contract/roles';
import type { StudentFields } from '../../contract/students';
import { givenName, surnameFor } from './names';
import { personFor } from './person';
import { Rng } from './prng';
import { apportion, courseYears, FEMALE_SHARE, intakesAsOf, MAJORS, type MajorName, type ProjectSpec } from './programme';
import { COUNTIES } from './regions';
import { graduationDay, plannedHistory, type PlannedEvent } from './statuses';

export interface DemoOptions {
  /** spread over the intakes enrolled by `asOf` in their proportions; their own sizes add up to `programmeSize(asOf)` */
  students: number;
  seed: number;
  /** statuses are those of this day (YYYY-MM-DD) */
  asOf: string;
  /** false: no check-ins (the bench writes its own straight into the database); default true */
  checkins?: boolean;
  /** false: no allowance batches (the bench makes its own); default true */
  allowances?: boolean;
  /** false: no companies, internships or placements; default true */
  placements?: boolean;
}

export interface StaffPlan {
  username: string;
  displayName: string;
  role: Role;
}

export interface CohortPlan {
  project: ProjectSpec;
  intakeYear: number;
  size: number;
  /** an intake after the seeds' last (2019), made up for the demo */
  invented: boolean;
}

export interface ClassPlan {
  name: string;
  major: MajorName;
  /** set when all its students come from one cohort */
  cohort: CohortPlan | null;
  headTeacher: string;
}

type OwnFields = Omit<StudentFields, 'projectId' | 'cohortId' | 'majorId' | 'classId' | 'counsellorId'>;
export interface StudentPlan {
  fields: OwnFields;
  cohort: CohortPlan;
  major: MajorName;
  className: string;
  counsellor: string;
  history: PlannedEvent[];
}

export interface DemoPlan {
  staff: StaffPlan[];
  cohorts: CohortPlan[];
  classes: ClassPlan[];
  students: StudentPlan[];
}

const CLASS_SIZE = 45;
const STUDENTS_PER_COUNSELLOR = 60;
const STAFF_SURNAMES = ['陈', '李', '张', '黄', '刘', '林', '王', '吴', '杨', '郑', '何', '周', '谢', '罗', '钟', '曾', '邓', '许', '叶', '蔡'];

/** Everything the demo will write, decided up front from the seed alone. */
export function planDemo(opts: DemoOptions): DemoPlan {
  const rng = new Rng(opts.seed);
  const cohorts = planCohorts(opts.students, opts.asOf);
  const taken = new Set<string>();
  const drafts = cohorts.flatMap((cohort) => Array.from({ length: cohort.size }, () => draftStudent(rng, cohort, opts.asOf, taken)));
  const staff = planStaff(rng, Math.max(3, Math.round(opts.students / STUDENTS_PER_COUNSELLOR)));
  const counsellors = staff.filter((s) => s.role === 'counsellor').map((s) => ({ username: s.username, load: 0 }));
  const classes: { plan: ClassPlan; members: typeof drafts }[] = [];
  for (const group of groupBy(drafts, (d) => `${d.cohort.intakeYear}|${d.major}`)) {
    const { intakeYear } = group[0].cohort;
    const sizes = apportion(group.length, Array(Math.ceil(group.length / CLASS_SIZE)).fill(1));
    let at = 0;
    sizes.forEach((size, i) => {
      const members = group.slice(at, (at += size));
      const name = `${String(intakeYear).slice(2)}级${MAJORS[group[0].major]}${sizes.length > 1 ? `${i + 1}` : ''}班`;
      const cohort = members.every((m) => m.cohort === members[0].cohort) ? members[0].cohort : null;
      classes.push({ plan: { name, major: group[0].major, cohort, headTeacher: '' }, members });
    });
  }
  // Head teachers are handed the newest classes first, so the first counsellor accounts have students in school today.
  for (const { plan, members } of [...classes].reverse()) {
    const head = counsellors.reduce((least, c) => (c.load < least.load ? c : least));
    head.load += members.length;
    plan.headTeacher = head.username;
  }
  const students: StudentPlan[] = classes.flatMap(({ plan, members }) =>
    members.map((m) => ({ ...m, className: plan.name, counsellor: plan.headTeacher })),
  );
  // Created in intake order, the way the register grew.
  students.sort((a, b) => cohorts.indexOf(a.cohort) - cohorts.indexOf(b.cohort));
  // 学号: the school numbers each intake year's students in turn (2018 0001…).
  const numbered = new Map<number, number>();
  for (const s of students) {
    const n = (numbered.get(s.cohort.intakeYear) ?? 0) + 1;
    numbered.set(s.cohort.intakeYear, n);
    s.fields.studentNo = `${s.cohort.intakeYear}${String(n).padStart(4, '0')}`;
  }
  return { staff, cohorts, classes: classes.map((k) => k.plan), students };
}

/** The intakes enrolled by `asOf`, scaled to `total` students in their proportions. */
export function planCohorts(total: number, asOf: string): CohortPlan[] {
  const intakes = intakesAsOf(asOf);
  const sizes = apportion(total, intakes.map((i) => i.size));
  return intakes.map(({ project, year, invented }, k) => ({ project, intakeYear: year, size: sizes[k], invented }));
}

/** Students of the intakes enrolled by `asOf` at their own sizes: the demo's default. */
export const programmeSize = (asOf: string) => intakesAsOf(asOf).reduce((sum, i) => sum + i.size, 0);

function draftStudent(rng: Rng, cohort: CohortPlan, asOf: string, taken: Set<string>) {
  const { project, intakeYear } = cohort;
  const stream = rng.choose(project.streams, (s) => s.weight);
  const county = COUNTIES[rng.weighted(stream.counties)];
  const major = rng.weighted(stream.majors);
  const { prior, levels } = rng.choose(project.entry, (e) => e.share);
  const level = rng.weighted(levels);
  const gender = rng.chance(FEMALE_SHARE[major]) ? 'F' : 'M';
  const gradYear = intakeYear + courseYears(level, prior);
  const enrolmentDate = `${intakeYear}-09-01`;
  const fields: OwnFields = {
    ...personFor(rng, county, { intakeYear, gender, senior: prior === 'senior', taken }),
    studentNo: '',
    priorEducation: prior,
    level,
    enrolmentDate,
    expectedGraduation: `${gradYear}-07`,
    notes: '',
  };
  const history = plannedHistory(rng, {
    enrolment: enrolmentDate,
    graduation: graduationDay(gradYear),
    asOf,
    withdrawRate: project.withdrawRate,
    completeRate: project.completeRate,
  });
  return { fields, cohort, major, history };
}

function planStaff(rng: Rng, counsellors: number): StaffPlan[] {
  const used = new Set<string>();
  const name = () => {
    for (;;) {
      const n = surnameFor(rng, '汉族', STAFF_SURNAMES) + givenName(rng, rng.chance(0.5) ? 'M' : 'F');
      if (!used.has(n)) return used.add(n), n;
    }
  };
  const width = Math.max(2, String(counsellors).length);
  return [
    { username: 'admin', displayName: '系统管理员', role: 'admin' },
    { username: 'office', displayName: name(), role: 'office' },
    { username: 'finance', displayName: name(), role: 'finance' },
    { username: 'leader', displayName: name(), role: 'viewer' },
    ...Array.from({ length: counsellors }, (_, i) => ({
      username: `counsellor${String(i + 1).padStart(width, '0')}`,
      displayName: name(),
      role: 'counsellor' as const,
    })),
  ];
}

/** Groups in order of first appearance. */
function groupBy<T>(items: readonly T[], key: (t: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(item);
  }
  return [...groups.values()];
}
