import { openDatabase, type OpenDb } from '../../db/open';
import { dbFileIn } from '../../electron/backend/data-dir';
import { createBackend, type Backend } from '../../electron/backend/rpc/dispatch';
import { ContractCaller } from '../../electron/backend/rpc/caller';
import type { Contract, InputOf } from '../../electron/contract';
import type { ApiErrorBody } from '../../electron/contract/errors';
import { makeIdNumber } from './fixtures';
import { tempDir } from './temp';

/** The backend in process on a real temp SQLite file, with a clock the test can move. */
export function testBackend(start = new Date('2026-11-23T02:00:00Z')) {
  const dataDir = tempDir();
  const opened: OpenDb = openDatabase({ file: dbFileIn(dataDir) });
  let now = start;
  const backend: Backend = createBackend(opened, { now: () => now, logError: () => {} });
  return {
    dataDir,
    opened,
    backend,
    setNow: (d: Date) => (now = d),
    /** A signed-in caller; `token` null = anonymous. */
    as(token: string | null) {
      return new Caller(backend, token);
    },
  };
}

/** A caller that can also assert a call fails and return its error body. */
export class Caller extends ContractCaller {
  async fail(method: string, input: unknown): Promise<ApiErrorBody> {
    const envelope = await this.envelope(method, input);
    if (envelope.ok) throw new Error(`${method} succeeded but was expected to fail`);
    return envelope.error;
  }
}

/** Admin + office + two counsellors + one project/cohort/major/class: the smallest useful register. */
export async function seedRegister(b: ReturnType<typeof testBackend>) {
  const admin = b.as(null);
  await admin.call('auth.setup', { username: 'admin', displayName: '管理员', password: 'admin-pass-1', schoolName: '深圳鹏城技师学院' });
  /** An account as its owner left it: signed in, having replaced the administrator's password with `password-<name>`. */
  const mkUser = async (username: string, role: 'office' | 'counsellor' | 'finance' | 'viewer', displayName: string) => {
    const user = await admin.call('users.create', { username, displayName, role, password: 'initial-' + username });
    const caller = b.as(null);
    await caller.call('auth.login', { username, password: 'initial-' + username });
    await caller.call('auth.changePassword', { currentPassword: 'initial-' + username, newPassword: 'password-' + username });
    return { user, caller };
  };
  const office = await mkUser('office', 'office', '帮扶办李老师');
  const c1 = await mkUser('wang', 'counsellor', '王老师');
  const c2 = await mkUser('zhao', 'counsellor', '赵老师');
  const finance = await mkUser('cai', 'finance', '财务蔡老师');
  const viewer = await mkUser('lead', 'viewer', '领导');
  const project = await office.caller.call('projects.create', {
    name: '广西百色',
    partnerProvince: '广西',
    partnerCity: '百色',
    partnerCounty: '田东县',
    partnerSchool: '田东职业技术学校',
    agreementDate: '2017-06-01',
    model: 'full_time',
    notes: '',
  });
  const cohort = await office.caller.call('cohorts.create', { projectId: project.id, intakeYear: 2024, name: '2024级', plannedSize: 60 });
  const major = await office.caller.call('majors.create', { name: '汽车维修', code: 'QX' });
  const klass = await office.caller.call('classes.create', { name: '24汽修1班', majorId: major.id, cohortId: cohort.id, headTeacherId: c1.user.id });
  let seq = 1;
  const studentInput = (overrides: Partial<InputOf<Contract['students.create']>> = {}) => {
    const id = makeIdNumber('451022', '20080315', seq++);
    return {
      name: '黄小明',
      gender: (Number(id[16]) % 2 === 1 ? 'M' : 'F') as 'M' | 'F',
      ethnicity: '壮族',
      idNumber: id,
      birthDate: '2008-03-15',
      phone: '13800138000',
      homeProvince: '广西',
      homeCity: '百色',
      homeCounty: '田东县',
      homeTown: '平马镇',
      homeVillage: '那王村',
      povertyStatus: 'registered' as const,
      guardianName: '黄大山',
      guardianRelation: '父亲',
      guardianPhone: '13900139000',
      priorEducation: 'junior' as const,
      projectId: project.id,
      cohortId: cohort.id,
      majorId: major.id,
      level: 'intermediate' as const,
      classId: klass.id,
      enrolmentDate: '2024-09-01',
      expectedGraduation: '2027-07',
      counsellorId: c1.user.id,
      dormitory: true,
      bankName: '中国农业银行',
      bankAccount: '6228480012345678901',
      notes: '',
      ...overrides,
    };
  };
  return { admin, office, c1, c2, finance, viewer, project, cohort, major, klass, studentInput };
}
