import { describe, expect, it } from 'vitest';
import { checkinsSetup } from '../support/checkins';

/** Today is 2026-11-23: the months already over that count are 2026-06, 2026-09 and 2026-10 (July and August are the break). */
const PRESENT = ['2026-06', '2026-09', '2026-10'];

describe('the early warning (预警)', () => {
  it('flags students by the trend of their check-ins, saying which rule fired and for which months', async () => {
    const { office, student, input } = await checkinsSetup();
    const calm = await student({ name: '安然' });
    const falling = await student({ name: '下滑生' });
    const absent = await student({ name: '失联生' });
    for (const m of PRESENT) await office.caller.call('checkins.save', input(calm, m, { attendancePct: 97 }));
    for (const [m, pct] of [['2026-06', 98], ['2026-09', 90], ['2026-10', 70]] as const)
      await office.caller.call('checkins.save', input(falling, m, { attendancePct: pct, risk: m === '2026-10' ? 'high' : 'normal' }));
    await office.caller.call('checkins.save', input(absent, '2026-06'));

    const flagged = await office.caller.call('checkins.warnings', {});
    expect(flagged.map((w) => w.name).sort()).toEqual(['下滑生', '失联生']);
    const byName = new Map(flagged.map((w) => [w.name, w]));
    expect(byName.get('下滑生')!.reasons).toEqual([
      { rule: 'high_now', months: ['2026-10'] },
      { rule: 'attendance_low', months: ['2026-10'], values: { attendance: 70, below: 80 } },
      { rule: 'attendance_falling', months: PRESENT, values: { from: 98, to: 70 } },
    ]);
    expect(byName.get('失联生')!.reasons).toEqual([{ rule: 'missed', months: ['2026-09', '2026-10'] }]);
    // Most reasons first.
    expect(flagged[0].name).toBe('下滑生');
  });

  it('uses the thresholds the school set', async () => {
    const { admin, office, student, input } = await checkinsSetup();
    const id = await student({ name: '九十分' });
    for (const m of PRESENT) await office.caller.call('checkins.save', input(id, m, { attendancePct: 90 }));
    expect(await office.caller.call('checkins.warnings', {})).toEqual([]);
    const settings = await admin.call('settings.get', {});
    await admin.call('settings.update', { ...settings, warningThresholds: { ...settings.warningThresholds, attendanceBelow: 95 } });
    expect((await office.caller.call('checkins.warnings', {})).map((w) => w.reasons.map((r) => r.rule))).toEqual([['attendance_low']]);
  });

  it('keeps a review while the reasons are the same, and raises the flag again on a new one', async () => {
    const { office, student, input } = await checkinsSetup();
    const id = await student({ name: '复查生' });
    for (const m of PRESENT) await office.caller.call('checkins.save', input(id, m, { risk: m === '2026-06' ? 'normal' : 'watch' }));
    const [flag] = await office.caller.call('checkins.warnings', {});
    expect(flag.review).toBeNull();
    await office.caller.call('checkins.reviewWarning', { studentId: id, reasonsKey: flag.reasonsKey, note: '已与家长沟通' });
    const [reviewed] = await office.caller.call('checkins.warnings', {});
    expect(reviewed.review).toMatchObject({ note: '已与家长沟通', by: '帮扶办李老师' });

    await office.caller.call('checkins.save', input(id, '2026-11', { date: '2026-11-20', risk: 'high' }));
    const [again] = await office.caller.call('checkins.warnings', {});
    expect(again.reasons.map((r) => r.rule)).toContain('high_now');
    expect(again.review).toBeNull();
  });

  it('counts no month as missed before the school logged its first check-in', async () => {
    const { office, student, input } = await checkinsSetup();
    const first = await student({ name: '先来' });
    await student({ name: '后到' });
    expect(await office.caller.call('checkins.warnings', {})).toEqual([]);
    await office.caller.call('checkins.save', input(first, '2026-10'));
    // Logging began in October: the other student missed October only, under the two months it takes.
    expect(await office.caller.call('checkins.warnings', {})).toEqual([]);
    await office.caller.call('checkins.save', input(first, '2026-09'));
    expect((await office.caller.call('checkins.warnings', {})).map((w) => [w.name, w.reasons])).toEqual([
      ['后到', [{ rule: 'missed', months: ['2026-09', '2026-10'] }]],
    ]);
  });

  it('shows a counsellor only their own students, lets only the office review, and finance nothing', async () => {
    const { c1, c2, finance, office, student, input } = await checkinsSetup();
    const id = await student({ name: '王班学生' });
    await office.caller.call('checkins.save', input(id, '2026-10', { risk: 'high' }));
    expect((await c1.caller.call('checkins.warnings', {})).map((w) => w.name)).toEqual(['王班学生']);
    expect(await c2.caller.call('checkins.warnings', {})).toEqual([]);
    const [flag] = await office.caller.call('checkins.warnings', {});
    expect((await c1.caller.fail('checkins.reviewWarning', { studentId: flag.studentId, reasonsKey: flag.reasonsKey, note: '看过' })).code).toBe('forbidden');
    expect((await finance.caller.fail('checkins.warnings', {})).code).toBe('forbidden');
  });
});
