import { academicYearOf, monthOf } from '../../contract/schoolMonths';
import { isWorkingDay } from '../../contract/workingDays';
import { CallFailed, ContractCaller } from '../rpc/caller';
import type { Backend } from '../rpc/dispatch';
import { Rng } from './prng';

/** Years of batches behind the as-of day (this academic year included). */
const YEARS = 10;
/** 国家助学金 on notice today: how many chosen students. */
const GRANT_STUDENTS = 20;

/** The clock the demo's backend reads: a day of the past while its batches are written, else real time. */
export interface DemoClock {
  at: Date | null;
}

type Step = 'yearly' | 'term2' | 'monthly' | 'grant';

/** What the office does on which day: the year's and the term's batches mid-month, the living allowance on the 25th. */
function schedule(asOf: string, calendar: readonly number[]): { day: string; step: Step }[] {
  const current = academicYearOf(monthOf(asOf));
  const days: { day: string; step: Step }[] = [];
  for (let year = current - YEARS + 1; year <= current; year++) {
    for (let i = 0; i < 12; i++) {
      const m = ((8 + i) % 12) + 1;
      const month = `${m >= 9 ? year : year + 1}-${String(m).padStart(2, '0')}`;
      if (m === 10) days.push({ day: `${month}-15`, step: 'yearly' });
      if (m === 3) days.push({ day: `${month}-15`, step: 'term2' });
      if (calendar.includes(m)) days.push({ day: `${month}-25`, step: 'monthly' });
    }
  }
  const past = days.filter((d) => d.day <= asOf);
  // This month's living allowance is a draft made today; 国家助学金 has been on notice since a few working days ago.
  const month = monthOf(asOf);
  if (calendar.includes(Number(month.slice(5))) && !past.some((d) => d.day === `${month}-25`)) past.push({ day: asOf, step: 'monthly' });
  let posted = asOf;
  for (let n = 0; n < 3; ) {
    posted = new Date(Date.parse(`${posted}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    if (isWorkingDay(posted)) n++;
  }
  past.push({ day: posted, step: 'grant' });
  return past.sort((a, b) => a.day.localeCompare(b.day));
}

/**
 * Ten years of 资助发放 through the contract, each step on the day it happened (the backend's
 * clock is set to it): finance makes the batches and the office reviews and approves them, the
 * year's allowances after their public notice; every month's living allowance is paid on the 25th,
 * with a reversal of an overpaid line each spring. Today, this month's batch is a draft and a
 * 国家助学金 batch is on notice. Finance and the office choose a working password at their first
 * sign-in, and the administrator puts them back on the demo's at the end.
 */
export async function applyAllowances(
  backend: Backend,
  clock: DemoClock,
  asOf: string,
  seed: number,
  password: string,
  admin: ContractCaller,
  inBatch: (work: () => Promise<void>) => Promise<void>,
): Promise<number> {
  const rng = new Rng(seed + 7919);
  const calendar = (await admin.call('settings.get', {})).inSchoolMonths;
  const policies = await admin.call('allowances.policies', {});
  const policyId = (name: string) => policies.find((p) => p.name === name)!.id;
  const users = await admin.call('users.list', {});
  const working = `${password}-working`;
  let first = true;
  let made = 0;
  try {
    for (const { day, step } of schedule(asOf, calendar)) {
      clock.at = new Date(`${day}T02:00:00Z`);
      const [finance, office] = await Promise.all(['finance', 'office'].map((u) => signIn(backend, u, first ? password : working, first ? working : null)));
      first = false;
      await inBatch(async () => {
        const make = async (name: string, period: string) => {
          const batch = await finance.call('allowances.createBatch', { policyId: policyId(name), period, notes: '' }).catch(nobodyDue);
          if (batch) made++;
          return batch;
        };
        const forward = async (id: number, who: ContractCaller, action: 'submit' | 'review' | 'approve') => {
          const { version } = await who.call('allowances.batch', { id });
          await who.call('allowances.forward', { id, version, action, note: '' });
        };
        const approveAndPay = async (id: number) => {
          await forward(id, office, 'approve');
          const { version } = await finance.call('allowances.batch', { id });
          await finance.call('allowances.markPaid', { id, version, paidOn: day, bankRef: `DF${day.replaceAll('-', '')}${String(id).padStart(4, '0')}` });
        };
        const payOut = async (id: number) => {
          await forward(id, finance, 'submit');
          await forward(id, office, 'review');
          await approveAndPay(id);
        };
        const year = academicYearOf(monthOf(day));
        if (step === 'yearly') {
          for (const name of ['免学费', '交通补贴']) {
            const b = await make(name, String(year));
            if (b) await payOut(b.id);
          }
          const dorm = await make('住宿费减半', `${year}-1`);
          if (dorm) await payOut(dorm.id);
          // 建档立卡家庭补助 goes on notice today and is approved with the month's allowance on the 25th.
          const family = await make('建档立卡家庭补助', String(year));
          if (family) {
            await forward(family.id, finance, 'submit');
            await forward(family.id, office, 'review');
            const { version } = await office.call('allowances.batch', { id: family.id });
            await office.call('allowances.postNotice', { id: family.id, version, from: day });
          }
        } else if (step === 'term2') {
          const dorm = await make('住宿费减半', `${year}-2`);
          if (dorm) await payOut(dorm.id);
        } else if (step === 'monthly') {
          const month = monthOf(day);
          const living = await make('生活补贴', month);
          if (living && day !== asOf) {
            if (month.endsWith('-03')) await reverseOne(finance, living.id, policyId('生活补贴'), `${year + 1}-01`, rng);
            await payOut(living.id);
          }
          const waiting = (await office.call('allowances.batches', { policyId: policyId('建档立卡家庭补助') })).filter((b) => b.status === 'reviewed');
          for (const b of waiting) if (day !== asOf) await approveAndPay(b.id);
          if (day !== asOf && (await grantHardship(office, admin, policyId('临时困难补助'), month, rng))) {
            const grants = await make('临时困难补助', day);
            if (grants) await payOut(grants.id);
          }
        } else {
          if (await grantOnNotice(finance, office, policyId('国家助学金'), `${year}-${Number(day.slice(5, 7)) >= 9 || day.slice(5, 7) === '01' ? 1 : 2}`, day, rng)) made++;
        }
      });
    }
  } finally {
    clock.at = null;
  }
  if (!first) await Promise.all(['finance', 'office'].map((u) => admin.call('users.resetPassword', { id: users.find((x) => x.username === u)!.id, password })));
  return made;
}

async function signIn(backend: Backend, username: string, password: string, newPassword: string | null): Promise<ContractCaller> {
  const caller = new ContractCaller(backend);
  await caller.call('auth.login', { username, password });
  if (newPassword) await caller.call('auth.changePassword', { currentPassword: password, newPassword });
  return caller;
}

/** A period nobody is due for (no student from outside Guangdong that year, say) makes no batch; anything else is a real failure. */
function nobodyDue(e: unknown): null {
  if (e instanceof CallFailed && e.body.fields?.some((f) => f.field === 'period') && e.message.includes('未生成批次')) return null;
  throw e;
}

/**
 * The month's check-ins that asked for hardship help become the office's requests, which the
 * administrator approves: the month's 临时困难补助 batch pays them. This month's stay on the office's to-do.
 */
async function grantHardship(office: ContractCaller, admin: ContractCaller, policyId: number, month: string, rng: Rng): Promise<boolean> {
  const asking = (await office.call('hardship.asking', {})).filter((c) => c.month === month);
  for (const c of asking) {
    // One still unpaid (left out of its batch: no account in the student's name) is the office's to settle first.
    const earlier = await office.call('hardship.list', { studentId: c.studentId });
    if (earlier.some((r) => r.status === 'approved' && r.batch?.status !== 'paid')) continue;
    const request = await office.call('hardship.request', {
      studentId: c.studentId,
      policyId,
      amountFen: rng.pick([50_000, 80_000, 100_000]),
      reason: c.notes || '家庭经济困难',
      checkinId: c.checkinId,
    });
    await admin.call('hardship.decide', { id: request.id, version: request.version, approve: true, note: '经核实，同意' });
  }
  return asking.length > 0;
}

/** Half of one January line taken back in March: the student was found to have been in school half the month. */
async function reverseOne(finance: ContractCaller, batchId: number, policyId: number, january: string, rng: Rng): Promise<void> {
  const source = (await finance.call('allowances.batches', { policyId })).find((b) => b.period === january && b.status === 'paid');
  if (!source) return;
  const { lines } = await finance.call('allowances.batch', { id: source.id });
  const line = rng.pick(lines);
  const { version } = await finance.call('allowances.batch', { id: batchId });
  await finance.call('allowances.addReversal', { batchId, version, lineId: line.id, amountFen: Math.floor(line.amountFen / 2), reason: '核查发现1月实际在校半月，冲减多发部分' });
}

/** This term's 国家助学金: students chosen by hand, submitted, checked and put on notice today. */
async function grantOnNotice(finance: ContractCaller, office: ContractCaller, policyId: number, period: string, day: string, rng: Rng): Promise<boolean> {
  const batch = await finance.call('allowances.createBatch', { policyId, period, notes: '本学期国家助学金，经班级评议推荐' }).catch(nobodyDue);
  if (!batch) return false;
  // Chosen among last month's recipients of the living allowance: students in school with an account in their name.
  const living = (await finance.call('allowances.batches', { policyId: null })).find((b) => b.policyName === '生活补贴' && b.status === 'paid');
  if (!living) return false;
  const { lines } = await finance.call('allowances.batch', { id: living.id });
  const chosen = new Set<number>();
  while (chosen.size < Math.min(GRANT_STUDENTS, lines.length)) chosen.add(rng.pick(lines).studentId);
  for (const studentId of chosen) {
    const { version } = await finance.call('allowances.batch', { id: batch.id });
    await finance.call('allowances.addLine', { batchId: batch.id, version, studentId, amountFen: 100_000, reason: '班级评议推荐' });
  }
  for (const [who, action] of [[finance, 'submit'], [office, 'review']] as const) {
    const { version } = await who.call('allowances.batch', { id: batch.id });
    await who.call('allowances.forward', { id: batch.id, version, action, note: '' });
  }
  const { version } = await office.call('allowances.batch', { id: batch.id });
  await office.call('allowances.postNotice', { id: batch.id, version, from: day });
  return true;
}
