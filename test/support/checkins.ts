import type { Contract, InputOf } from '../../electron/contract';
import { seedRegister, testBackend, type Caller } from './backend';

/** The register of seedRegister at 2026-11-23 (China time), with a check-in writer for any caller. */
export async function checkinsSetup() {
  const b = testBackend(new Date('2026-11-23T02:00:00Z'));
  const seed = await seedRegister(b);
  const student = async (overrides: Parameters<typeof seed.studentInput>[0] = {}) =>
    (await seed.office.caller.call('students.create', seed.studentInput(overrides))).id;
  /** A status change on the student's current version. */
  const status = async (id: number, event: 'suspend' | 'resume' | 'withdraw', date: string) => {
    const { version } = await seed.office.caller.call('students.get', { id });
    return seed.office.caller.call('students.changeStatus', { id, version, event, date, reason: '测试' });
  };
  /** The office gives the student another counsellor, as it does: through the bulk change. */
  const reassign = async (id: number, counsellorId: number) => {
    const change = { selection: { ids: [id] }, action: { kind: 'assignCounsellor' as const, counsellorId } };
    const preview = await seed.office.caller.call('students.bulkPreview', change);
    await seed.office.caller.call('students.bulkApply', { ...change, expected: preview.willChange.map(({ id, version }) => ({ id, version })) });
  };
  const input = (studentId: number, month: string, overrides: Partial<InputOf<Contract['checkins.save']>> = {}) => ({
    studentId,
    month,
    date: `${month}-15`,
    method: 'in_person' as const,
    risk: 'normal' as const,
    ...overrides,
  });
  const expected = async (caller: Caller, month: string) => (await caller.call('checkins.month', { month })).rows.map((r) => r.name);
  const checkinCount = () => (b.opened.sqlite.prepare('SELECT count(*) AS n FROM checkins').get() as { n: number }).n;
  const auditCount = () => (b.opened.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'checkin'").get() as { n: number }).n;
  return { b, ...seed, student, status, reassign, input, expected, checkinCount, auditCount };
}
