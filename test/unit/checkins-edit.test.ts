import { describe, expect, it } from 'vitest';
import type { Checkin } from '../../electron/contract/checkins';
import { checkinsSetup } from '../support/checkins';

const DAY = 86_400_000;
/** A saved check-in sent back with some answers changed, as the form does (extra keys are dropped by the contract). */
const editOf = (c: Checkin, changes: object) => ({ ...c, ...changes });

describe('the edit window', () => {
  it('lets the author edit for the set days; after that only the office, giving a reason that is audited', async () => {
    const { b, admin, c1, office, student, input } = await checkinsSetup();
    const id = await student();
    const first = await c1.caller.call('checkins.save', input(id, '2026-10'));
    expect(new Date(first.authorEditUntil).getTime() - new Date(first.createdAt).getTime()).toBe(30 * DAY);
    const second = await c1.caller.call('checkins.save', editOf(first, { risk: 'watch' }));
    expect(second).toMatchObject({ risk: 'watch', version: 2 });

    b.setNow(new Date(Date.parse(first.createdAt) + 31 * DAY));
    for (const [caller, username] of [[c1.caller, 'wang'], [office.caller, 'office']] as const)
      await caller.call('auth.login', { username, password: `password-${username}` });
    await admin.call('auth.login', { username: 'admin', password: 'admin-pass-1' });
    const late = await c1.caller.fail('checkins.save', editOf(second, { risk: 'high' }));
    expect([late.field, late.fields![0].message]).toEqual(['editReason', '填写已超过30天，只有帮扶办或管理员可以修改']);
    expect((await office.caller.call('checkins.get', { studentId: id, month: '2026-10' })).checkin?.access).toBe('reason');
    const noReason = await office.caller.fail('checkins.save', editOf(second, { risk: 'high' }));
    expect([noReason.field, noReason.fields![0].message]).toEqual(['editReason', '填写已超过30天，修改须说明原因']);
    expect((await c1.caller.call('checkins.get', { studentId: id, month: '2026-10' })).checkin).toMatchObject({ risk: 'watch', access: 'read' });

    const fixed = await office.caller.call('checkins.save', { ...editOf(second, { risk: 'high', help: ['counselling'] }), editReason: '家访后补充' });
    expect(fixed).toMatchObject({ risk: 'high', version: 3, authorName: '王老师' });
    const [entry] = (await admin.call('audit.list', { entity: 'checkin' })).rows;
    expect(entry).toMatchObject({ action: 'update', userName: '帮扶办李老师', entityName: '黄小明 2026-10' });
    expect([entry.before, entry.after]).toEqual([
      { risk: 'watch', help: [] },
      { risk: 'high', help: ['counselling'], editReason: '家访后补充' },
    ]);

    // The number of days is a setting.
    const settings = await admin.call('settings.get', {});
    await admin.call('settings.update', { ...settings, checkinEditDays: 60 });
    expect(await c1.caller.call('checkins.save', editOf(fixed, { notes: '仍在窗口内' }))).toMatchObject({ version: 4 });
  });

  it('refuses a stale version, and moving a check-in to another month', async () => {
    const { c1, student, input } = await checkinsSetup();
    const id = await student();
    const first = await c1.caller.call('checkins.save', input(id, '2026-10'));
    await c1.caller.call('checkins.save', editOf(first, { risk: 'watch' }));
    expect((await c1.caller.fail('checkins.save', editOf(first, { risk: 'high' }))).code).toBe('conflict');
    const moved = await c1.caller.fail('checkins.save', editOf(first, { month: '2026-09', date: '2026-09-10', version: 2 }));
    expect([moved.field, moved.fields![0].message]).toEqual(['month', '已填记录的学生和月份不能更改']);
  });

  it('reads as 30 days where the settings were saved before it existed', async () => {
    const { b, admin } = await checkinsSetup();
    b.opened.sqlite.prepare("DELETE FROM settings WHERE key = 'checkinEditDays'").run();
    expect((await admin.call('settings.get', {})).checkinEditDays).toBe(30);
    const settings = await admin.call('settings.get', {});
    const err = await admin.fail('settings.update', { ...settings, checkinEditDays: 0 });
    expect([err.field, err.fields![0].message]).toEqual(['checkinEditDays', '天数应为1至365之间的整数']);
  });
});

describe('recording several students 正常 at once', () => {
  it('gives each their own record, dated the month’s last day once it is over, in one audit entry', async () => {
    const { admin, c1, student, input } = await checkinsSetup();
    const a = await student({ name: '阿布' });
    const z = await student({ name: '周杰' });
    const { ids } = await c1.caller.call('checkins.quickNormal', { month: '2026-10', studentIds: [a, z] });
    expect(ids).toHaveLength(2);
    const got = (await c1.caller.call('checkins.get', { studentId: z, month: '2026-10' })).checkin;
    expect(got).toMatchObject({ date: '2026-10-31', method: 'in_person', risk: 'normal', help: [], moneyTrouble: false, attendancePct: null, authorName: '王老师' });
    const [entry] = (await admin.call('audit.list', { entity: 'checkin' })).rows;
    expect(entry).toMatchObject({ action: 'quick_normal', entityId: null, after: { month: '2026-10', count: 2, studentNames: ['阿布', '周杰'], checkinIds: ids } });

    // This month: dated today.
    await c1.caller.call('checkins.save', input(a, '2026-11'));
    const { ids: [now] } = await c1.caller.call('checkins.quickNormal', { month: '2026-11', studentIds: [z] });
    expect((await c1.caller.call('checkins.get', { studentId: z, month: '2026-11' })).checkin).toMatchObject({ id: now, date: '2026-11-23' });
  });

  it('refuses the lot, naming the students, when one is not expected or already logged', async () => {
    const { c1, student, input, checkinCount, auditCount } = await checkinsSetup();
    const a = await student({ name: '阿布' });
    const late = await student({ name: '新同学', enrolmentDate: '2026-11-02' });
    const z = await student({ name: '周杰' });
    await c1.caller.call('checkins.save', input(z, '2026-10'));
    const before = [checkinCount(), auditCount()];
    const err = await c1.caller.fail('checkins.quickNormal', { month: '2026-10', studentIds: [a, late, z] });
    expect(err.fields!.map((f) => [f.field, f.message])).toEqual([
      ['studentIds', '新同学：2026-10不在校，不需要填写'],
      ['studentIds', '周杰：2026-10已填写'],
    ]);
    expect((await c1.caller.fail('checkins.quickNormal', { month: '2026-12', studentIds: [a] })).field).toBe('month');
    expect([checkinCount(), auditCount()]).toEqual(before);
    expect((await c1.caller.call('checkins.month', { month: '2026-10' })).rows.map((r) => [r.name, r.state])).toEqual([
      ['阿布', 'overdue'],
      ['周杰', 'done'],
    ]);
  });
});
