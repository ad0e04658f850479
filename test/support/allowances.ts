import type { Contract, InputOf } from '../../electron/contract';
import { seedRegister, testBackend } from './backend';

/** Today is Monday 2026-11-23 (testBackend). Finance prepares; the office checks and approves. */
export async function setup() {
  const b = testBackend();
  const seed = await seedRegister(b);
  const student = async (overrides: Partial<InputOf<Contract['students.create']>> = {}) =>
    (await seed.office.caller.call('students.create', seed.studentInput(overrides))).id;
  const policies = await seed.office.caller.call('allowances.policies', {});
  const policy = (name: string) => policies.find((p) => p.name === name)!;
  const batch = (id: number) => seed.finance.caller.call('allowances.batch', { id });
  return { b, ...seed, student, policy, batch };
}

export type Setup = Awaited<ReturnType<typeof setup>>;
type Caller = Setup['office']['caller'];

/** Moves a batch one step forward as `who`, at the version it has now. */
export async function forward(s: Setup, who: Caller, id: number, action: 'submit' | 'review' | 'approve') {
  const { version } = await s.batch(id);
  await who.call('allowances.forward', { id, version, action, note: '' });
}

/** Through every step to paid: finance submits, the office reviews and approves, finance records the payment. */
export async function payOut(s: Setup, id: number, paidOn = '2026-11-23') {
  await forward(s, s.finance.caller, id, 'submit');
  await forward(s, s.office.caller, id, 'review');
  await forward(s, s.office.caller, id, 'approve');
  const { version } = await s.batch(id);
  await s.finance.caller.call('allowances.markPaid', { id, version, paidOn, bankRef: 'NH20261123001' });
}
