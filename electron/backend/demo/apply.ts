import type { Backend } from '../rpc/dispatch';
import { ContractCaller } from '../rpc/caller';
import type { CohortPlan, DemoPlan, StudentPlan } from './plan';
import { MAJORS, PROJECTS } from './programme';

const DEMO_TARGETS = {
  employment: [
    { year: 2025, percent: 96 },
    { year: 2027, percent: 98 },
  ],
  coverage: 95,
};

/**
 * Writes the plan through the backend contract, signed in as the people who would do it:
 * the administrator creates the accounts, the office keeps the register. Every row is
 * validated and audited exactly as in the app.
 */
export async function applyPlan(
  backend: Backend,
  plan: DemoPlan,
  password: string,
  schoolName: string,
  inBatch: (work: () => Promise<void>) => Promise<void> = (w) => w(),
  /** students whose bank accounts come later, by an import (applyImports.ts) */
  withoutBank: ReadonlySet<StudentPlan> = new Set(),
) {
  const admin = new ContractCaller(backend);
  const [first, ...others] = plan.staff;
  await admin.call('auth.setup', { username: first.username, displayName: first.displayName, password, schoolName });
  // Guangdong's first-time employment targets (domain.md) and the coverage the office aims at, for the leader dashboard.
  await admin.call('settings.update', { ...(await admin.call('settings.get', {})), targets: DEMO_TARGETS });
  const userIds = new Map<string, number>();
  for (const s of others) userIds.set(s.username, (await admin.call('users.create', { ...s, password })).id);

  // Accounts an administrator creates must choose their own password at first sign-in; the office
  // picks a working one to write the register, and is put back on the shared demo password at the end.
  const officeName = plan.staff.find((s) => s.role === 'office')!.username;
  const office = new ContractCaller(backend);
  await office.call('auth.login', { username: officeName, password });
  await office.call('auth.changePassword', { currentPassword: password, newPassword: `${password}-working` });

  const projectIds = new Map<string, number>();
  for (const { name, partnerProvince, partnerCity, partnerCounty, partnerSchool, model, notes } of PROJECTS) {
    const input = { name, partnerProvince, partnerCity, partnerCounty, partnerSchool, model, notes, agreementDate: null };
    projectIds.set(name, (await office.call('projects.create', input)).id);
  }
  const cohortIds = new Map<CohortPlan, number>();
  for (const c of plan.cohorts) {
    const input = { projectId: projectIds.get(c.project.name)!, intakeYear: c.intakeYear, name: `${c.intakeYear}级`, plannedSize: c.size };
    cohortIds.set(c, (await office.call('cohorts.create', input)).id);
  }
  const majorIds = new Map<string, number>();
  for (const name of Object.keys(MAJORS)) majorIds.set(name, (await office.call('majors.create', { name, code: '' })).id);
  const classIds = new Map<string, number>();
  for (const k of plan.classes) {
    const input = {
      name: k.name,
      majorId: majorIds.get(k.major)!,
      cohortId: k.cohort ? cohortIds.get(k.cohort)! : null,
      headTeacherId: userIds.get(k.headTeacher)!,
    };
    classIds.set(k.name, (await office.call('classes.create', input)).id);
  }

  /** in the plan's order */
  const studentIds: number[] = [];
  const BATCH = 500;
  for (let at = 0; at < plan.students.length; at += BATCH) {
    await inBatch(async () => {
      for (const s of plan.students.slice(at, at + BATCH)) {
        let student = await office.call('students.create', {
          ...s.fields,
          ...(withoutBank.has(s) ? { bankName: '', bankAccount: '' } : {}),
          projectId: projectIds.get(s.cohort.project.name)!,
          cohortId: cohortIds.get(s.cohort)!,
          majorId: majorIds.get(s.major)!,
          classId: classIds.get(s.className)!,
          counsellorId: userIds.get(s.counsellor)!,
        });
        studentIds.push(student.id);
        for (const e of s.history) student = await office.call('students.changeStatus', { id: student.id, version: student.version, ...e });
      }
    });
  }
  await admin.call('users.resetPassword', { id: userIds.get(officeName)!, password });
  return { admin, cohortIds, projectIds, userIds, studentIds };
}
