import { describe, expect, it } from 'vitest';
import { ContractCaller } from '../../electron/backend/rpc/caller';
import type { ApiErrorBody } from '../../electron/contract/errors';
import { seedRegister, testBackend } from '../support/backend';

/** What the user reads: each field at fault and its message. */
const shown = (e: ApiErrorBody) => (e.fields ?? []).map(({ field, message }) => ({ field, message }));

/** The register's reference lists on a real SQLite file: counts, head teachers, duplicate names. */
describe('projects, cohorts, majors and classes', () => {
  it('count each one’s own students, with several of each', async () => {
    const b = testBackend();
    const { office, c1, project, cohort, major, klass, studentInput } = await seedRegister(b);
    const project2 = await office.caller.call('projects.create', {
      name: '贵州毕节',
      partnerProvince: '贵州',
      partnerCity: '毕节',
      partnerCounty: '',
      partnerSchool: '',
      agreementDate: null,
      model: '3+2',
      notes: '',
    });
    const cohort2 = await office.caller.call('cohorts.create', { projectId: project2.id, intakeYear: 2023, name: '2023级', plannedSize: null });
    const major2 = await office.caller.call('majors.create', { name: '数控加工', code: '' });
    const klass2 = await office.caller.call('classes.create', { name: '23数控1班', majorId: major2.id, cohortId: cohort2.id, headTeacherId: c1.user.id });
    for (let i = 0; i < 3; i++) await office.caller.call('students.create', studentInput());
    for (let i = 0; i < 2; i++)
      await office.caller.call(
        'students.create',
        studentInput({ projectId: project2.id, cohortId: cohort2.id, majorId: major2.id, classId: klass2.id, enrolmentDate: '2023-09-01' }),
      );

    const counts = (rows: { id: number; studentCount: number }[]) => Object.fromEntries(rows.map((r) => [r.id, r.studentCount]));
    expect(counts(await office.caller.call('projects.list', {}))).toEqual({ [project.id]: 3, [project2.id]: 2 });
    expect(counts(await office.caller.call('cohorts.list', {}))).toEqual({ [cohort.id]: 3, [cohort2.id]: 2 });
    expect(counts(await office.caller.call('majors.list', {}))).toEqual({ [major.id]: 3, [major2.id]: 2 });
    expect(counts(await office.caller.call('classes.list', {}))).toEqual({ [klass.id]: 3, [klass2.id]: 2 });
  });

  it('refuse a head teacher who is not an active counsellor, at the field', async () => {
    const b = testBackend();
    const { admin, office, finance, c2, klass } = await seedRegister(b);
    const refused = await office.caller.fail('classes.create', { name: '24汽修2班', majorId: null, cohortId: null, headTeacherId: finance.user.id });
    expect(refused.code).toBe('invalid_input');
    expect(shown(refused)).toEqual([{ field: 'headTeacherId', message: '所选用户不是班主任/辅导员' }]);

    const zhao = (await admin.call('users.list', {})).find((u) => u.id === c2.user.id)!;
    await admin.call('users.update', { id: zhao.id, version: zhao.version, displayName: zhao.displayName, role: 'counsellor', active: false });
    const inactive = await office.caller.fail('classes.update', {
      id: klass.id,
      version: klass.version,
      name: klass.name,
      majorId: klass.majorId,
      cohortId: klass.cohortId,
      headTeacherId: c2.user.id,
    });
    expect(inactive.fields?.[0]?.field).toBe('headTeacherId');
  });

  it('say which field and value a duplicate name repeats, in the caller’s language', async () => {
    const b = testBackend();
    const { office, project, major } = await seedRegister(b);
    const dupProject = await office.caller.fail('projects.create', { ...project, name: '广西百色' });
    expect(shown(dupProject)).toEqual([{ field: 'name', message: '名称“广西百色”已存在' }]);
    const major2 = await office.caller.call('majors.create', { name: '电工', code: '' });
    const dupRename = await office.caller.fail('majors.update', { id: major2.id, version: major2.version, name: major.name, code: '' });
    expect(shown(dupRename)).toEqual([{ field: 'name', message: '名称“汽车维修”已存在' }]);

    const english = new ContractCaller(b.backend, office.caller.token, 'en');
    const envelope = await english.envelope('projects.create', { ...project, name: '广西百色' });
    expect(envelope.ok ? null : shown(envelope.error)).toEqual([{ field: 'name', message: 'Name "广西百色" already exists' }]);
  });

  it('say so when a project already has a cohort of that intake year', async () => {
    const b = testBackend();
    const { office, project } = await seedRegister(b);
    const dup = await office.caller.fail('cohorts.create', { projectId: project.id, intakeYear: 2024, name: '2024级春', plannedSize: null });
    expect(shown(dup)).toEqual([{ field: 'intakeYear', message: '入学年份“2024”已存在' }]);
  });
});
