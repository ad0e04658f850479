import { QUICK_MAX } from '../../contract/checkins';
import type { Backend } from '../rpc/dispatch';
import { ContractCaller } from '../rpc/caller';
import type { PlannedCheckin } from './checkins';

/** Calls per transaction: each stays a savepoint of its own. */
const BATCH = 1000;

type Call = (caller: ContractCaller) => Promise<unknown>;

/**
 * Logs the planned check-ins through the contract, each signed in as the counsellor who made it,
 * oldest month first: one by one (checkins.save), or a month's students with nothing to report
 * together (checkins.quickNormal). Counsellor accounts must choose a password at first sign-in:
 * each picks a working one, and the administrator puts them back on the shared demo password at
 * the end.
 */
export async function applyCheckins(
  backend: Backend,
  planned: readonly PlannedCheckin[],
  studentIds: readonly number[],
  userIds: ReadonlyMap<string, number>,
  password: string,
  admin: ContractCaller,
  inBatch: (work: () => Promise<void>) => Promise<void>,
): Promise<void> {
  const authors = [...new Set(planned.map((p) => p.counsellor))];
  // Password hashing runs on Node's thread pool, so the sign-ins go side by side.
  const callers = new Map(
    await Promise.all(
      authors.map(async (username) => {
        const caller = new ContractCaller(backend);
        await caller.call('auth.login', { username, password });
        await caller.call('auth.changePassword', { currentPassword: password, newPassword: `${password}-working` });
        return [username, caller] as const;
      }),
    ),
  );
  const calls: { month: string; counsellor: string; call: Call }[] = [];
  const quick = new Map<string, { month: string; counsellor: string; ids: number[] }>();
  for (const p of planned) {
    const { month } = p.values;
    if (!p.quick) {
      calls.push({ month, counsellor: p.counsellor, call: (c) => c.call('checkins.save', { ...p.values, studentId: studentIds[p.student] }) });
      continue;
    }
    const key = `${p.counsellor} ${month}`;
    if (!quick.has(key)) quick.set(key, { month, counsellor: p.counsellor, ids: [] });
    quick.get(key)!.ids.push(studentIds[p.student]);
  }
  for (const { month, counsellor, ids } of quick.values()) {
    for (let at = 0; at < ids.length; at += QUICK_MAX) {
      const studentIds = ids.slice(at, at + QUICK_MAX);
      calls.push({ month, counsellor, call: (c) => c.call('checkins.quickNormal', { month, studentIds }) });
    }
  }
  calls.sort((a, b) => a.month.localeCompare(b.month));
  for (let at = 0; at < calls.length; at += BATCH) {
    await inBatch(async () => {
      for (const { counsellor, call } of calls.slice(at, at + BATCH)) await call(callers.get(counsellor)!);
    });
  }
  await Promise.all(authors.map((username) => admin.call('users.resetPassword', { id: userIds.get(username)!, password })));
}
