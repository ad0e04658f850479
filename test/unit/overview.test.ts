import { beforeAll, describe, expect, it } from 'vitest';
import type { StatusCounts } from '../../electron/contract/overview';
import { STATUSES, type StatusEvent, type StudentStatus } from '../../electron/contract/students';
import { seedRegister, testBackend } from '../support/backend';

type Change = Exclude<StatusEvent, 'enrol' | 'resume'>;
const TO: Record<Change, StudentStatus> = { suspend: 'suspended', withdraw: 'withdrawn', graduate: 'graduated', complete: 'completed' };

function counted(statuses: StudentStatus[]): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s, statuses.filter((x) => x === s).length])) as StatusCounts;
}

/**
 * Two projects, three cohorts (one still empty), three classes and two counsellors; each student
 * placed and given a status as the table says, so what the home page should count is known.
 */
async function register() {
  const b = testBackend();
  const seed = await seedRegister(b);
  const { office, c1, c2, project, cohort, major, klass, studentInput } = seed;
  const bijie = await office.caller.call('projects.create', {
    name: '贵州毕节',
    partnerProvince: '贵州',
    partnerCity: '毕节',
    partnerCounty: '',
    partnerSchool: '',
    agreementDate: null,
    model: '3+2',
    notes: '',
  });
  const bijie23 = await office.caller.call('cohorts.create', { projectId: bijie.id, intakeYear: 2023, name: '2023级', plannedSize: null });
  const bijie25 = await office.caller.call('cohorts.create', { projectId: bijie.id, intakeYear: 2025, name: '2025级', plannedSize: 40 });
  const cnc = await office.caller.call('classes.create', { name: '23数控1班', majorId: major.id, cohortId: bijie23.id, headTeacherId: c2.user.id });
  const empty = await office.caller.call('classes.create', { name: '25汽修1班', majorId: null, cohortId: bijie25.id, headTeacherId: c1.user.id });
  const baise = { projectId: project.id, cohortId: cohort.id, classId: klass.id as number | null, enrolmentDate: '2024-09-01' };
  const inBijie = { projectId: bijie.id, cohortId: bijie23.id, classId: cnc.id as number | null, enrolmentDate: '2023-09-01' };
  const plan: { place: typeof baise; counsellorId: number; event?: Change }[] = [
    { place: baise, counsellorId: c1.user.id },
    { place: baise, counsellorId: c1.user.id },
    { place: baise, counsellorId: c1.user.id, event: 'suspend' },
    { place: baise, counsellorId: c2.user.id, event: 'withdraw' },
    { place: { ...baise, classId: null }, counsellorId: c1.user.id },
    { place: inBijie, counsellorId: c2.user.id, event: 'graduate' },
    { place: inBijie, counsellorId: c2.user.id, event: 'graduate' },
    { place: inBijie, counsellorId: c2.user.id, event: 'complete' },
    { place: inBijie, counsellorId: c1.user.id, event: 'withdraw' },
    { place: inBijie, counsellorId: c2.user.id },
  ];
  const students = [];
  for (const { place, counsellorId, event } of plan) {
    const s = await office.caller.call('students.create', studentInput({ ...place, counsellorId }));
    if (event) await office.caller.call('students.changeStatus', { id: s.id, version: s.version, event, date: '2026-07-01', reason: '测试' });
    students.push({ ...place, counsellorId, status: event ? TO[event] : ('enrolled' as const) });
  }
  return { ...seed, bijie, bijie23, bijie25, cnc, empty, students };
}

// Seeding hashes several passwords: one register for all the reads, changed only by the last test.
let r: Awaited<ReturnType<typeof register>>;
beforeAll(async () => {
  r = await register();
}, 120_000);

describe('students.overview (the home page of those who oversee the register)', () => {
  it('counts every status by project and cohort, with projects and cohorts that have no students yet', async () => {
    const overview = await r.office.caller.call('students.overview', {});
    const statusesWhere = (keep: (s: (typeof r.students)[number]) => boolean) => counted(r.students.filter(keep).map((s) => s.status));

    expect(overview.counts).toEqual(statusesWhere(() => true));
    expect(overview.projects.map((p) => p.name)).toEqual(['广西百色', '贵州毕节']);
    for (const project of overview.projects) {
      expect(project.counts, project.name).toEqual(statusesWhere((s) => s.projectId === project.id));
      for (const c of project.cohorts) expect(c.counts, `${project.name} ${c.name}`).toEqual(statusesWhere((s) => s.cohortId === c.id));
    }
    const bijie = overview.projects.find((p) => p.id === r.bijie.id)!;
    expect(bijie.cohorts.map((c) => [c.name, c.intakeYear])).toEqual([['2023级', 2023], ['2025级', 2025]]);
    expect(bijie.counts).toEqual({ enrolled: 1, suspended: 0, withdrawn: 1, graduated: 2, completed: 1 });
  });

  it('is the same whole register for a leader, and not for counsellors or finance', async () => {
    expect(await r.viewer.caller.call('students.overview', {})).toEqual(await r.office.caller.call('students.overview', {}));
    expect(await r.admin.call('students.overview', {})).toEqual(await r.office.caller.call('students.overview', {}));
    expect((await r.c1.caller.fail('students.overview', {})).code).toBe('forbidden');
    expect((await r.finance.caller.fail('students.overview', {})).code).toBe('forbidden');
  });
});

describe('students.myClasses (a counsellor’s home page)', () => {
  it('counts only the counsellor’s own students, by class, with the classes they head and those not yet placed', async () => {
    const mine = await r.c1.caller.call('students.myClasses', {});
    const own = r.students.filter((s) => s.counsellorId === r.c1.user.id);
    const inClass = (id: number | null) => counted(own.filter((s) => s.classId === id).map((s) => s.status));

    expect(mine.map((c) => c.name)).toEqual(['25汽修1班', '24汽修1班', '23数控1班', null]);
    for (const c of mine) expect(c.counts, String(c.name)).toEqual(inClass(c.id));
    // The other counsellor's class, where one of c1's students is: only that one counts here.
    const cnc = mine.find((c) => c.id === r.cnc.id)!;
    expect(cnc).toMatchObject({ projectName: '贵州毕节', cohortName: '2023级', majorName: '汽车维修', headTeacherId: r.c2.user.id, headTeacherName: '赵老师' });
    expect(Object.values(cnc.counts).reduce((a, b) => a + b)).toBe(1);
    // The class c1 heads with no students yet is there, with zeros.
    expect(mine.find((c) => c.id === r.empty.id)!.counts).toEqual(counted([]));

    const theirs = await r.c2.caller.call('students.myClasses', {});
    expect(theirs.map((c) => c.name)).toEqual(['24汽修1班', '23数控1班']);
    const c2Own = r.students.filter((s) => s.counsellorId === r.c2.user.id);
    for (const c of theirs) expect(c.counts).toEqual(counted(c2Own.filter((s) => s.classId === c.id).map((s) => s.status)));
  });

  it('is for counsellors only', async () => {
    for (const who of [r.office, r.viewer, r.finance]) expect((await who.caller.fail('students.myClasses', {})).code).toBe('forbidden');
  });
});

describe('after a change', () => {
  it('counts a student given leave under 休学, no longer under 在读, for the office and their counsellor', async () => {
    const before = await r.office.caller.call('students.overview', {});
    const classesBefore = await r.c1.caller.call('students.myClasses', {});
    const id = (await r.office.caller.call('students.list', { classId: r.klass.id, counsellorId: r.c1.user.id, status: 'enrolled' })).rows[0].id;
    const s = await r.office.caller.call('students.get', { id });
    await r.office.caller.call('students.changeStatus', { id, version: s.version, event: 'suspend', date: '2026-10-01', reason: '病假' });

    const after = await r.office.caller.call('students.overview', {});
    expect(after.counts).toEqual({ ...before.counts, enrolled: before.counts.enrolled - 1, suspended: before.counts.suspended + 1 });
    const klass = (list: typeof classesBefore) => list.find((c) => c.id === r.klass.id)!.counts;
    const was = klass(classesBefore);
    expect(klass(await r.c1.caller.call('students.myClasses', {}))).toEqual({ ...was, enrolled: was.enrolled - 1, suspended: was.suspended + 1 });
  });
});
