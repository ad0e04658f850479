import { describe, expect, it } from 'vitest';
import { checkinsSetup } from '../support/checkins';

const DAY = 86_400_000;
/** Today in the setup's clock (2026-11-23 10:00 China time). */
const NOW = new Date('2026-11-23T02:00:00Z');

/** Three students of 王老师 with follow-ups due before, on and after today, one with none and one without a due date. */
async function withFollowUps() {
  const setup = await checkinsSetup();
  const { c1, student, input } = setup;
  const a = await student({ name: '阿布' });
  const z = await student({ name: '周杰' });
  const save = (studentId: number, month: string, followUp: string, followUpDue: string | null, risk: 'normal' | 'watch' | 'high' = 'watch') =>
    c1.caller.call('checkins.save', input(studentId, month, { followUp, followUpDue, risk }));
  const later = await save(a, '2026-09', '联系家长确认学费', '2026-11-30');
  const late = await save(a, '2026-10', '安排心理辅导', '2026-11-10', 'high');
  const undated = await save(z, '2026-10', '关注宿舍关系', null);
  const today = await save(z, '2026-11', '复查出勤', '2026-11-23');
  await save(z, '2026-09', '', null, 'normal');
  return { ...setup, a, z, later, late, undated, today };
}

const texts = (rows: { followUp: string }[]) => rows.map((r) => r.followUp);
const checkinRow = (s: Awaited<ReturnType<typeof checkinsSetup>>, id: number) => s.b.opened.sqlite.prepare('SELECT * FROM checkins WHERE id = ?').get(id);

describe('follow-ups', () => {
  it('list the open ones soonest due first, none due last, overdue only when due before today', async () => {
    const { c1, late, today, later, undated } = await withFollowUps();
    const { rows, more } = await c1.caller.call('checkins.followups', {});
    expect(more).toBe(false);
    expect(texts(rows)).toEqual(['安排心理辅导', '复查出勤', '联系家长确认学费', '关注宿舍关系']);
    expect(rows.map((r) => [r.checkinId, r.overdue])).toEqual([
      [late.id, true],
      [today.id, false],
      [later.id, false],
      [undated.id, false],
    ]);
    expect(rows[0]).toMatchObject({ studentName: '阿布', className: '24汽修1班', month: '2026-10', followUpDue: '2026-11-10', risk: 'high', authorName: '王老师', version: 1 });
  });

  it('reach the students the caller reaches: the current counsellor’s, the office’s all; finance none', async () => {
    const { c1, c2, office, viewer, finance, reassign, a } = await withFollowUps();
    expect((await c2.caller.call('checkins.followups', {})).rows).toEqual([]);
    expect((await office.caller.call('checkins.followups', {})).rows).toHaveLength(4);
    expect((await viewer.caller.call('checkins.followups', {})).rows).toHaveLength(4);
    expect((await finance.caller.fail('checkins.followups', {})).code).toBe('forbidden');
    // 阿布's history goes with her to her new counsellor.
    await reassign(a, c2.user.id);
    expect(texts((await c2.caller.call('checkins.followups', {})).rows)).toEqual(['安排心理辅导', '联系家长确认学费']);
    expect(texts((await c1.caller.call('checkins.followups', {})).rows)).toEqual(['复查出勤', '关注宿舍关系']);
  });

  it('are completed with who, when (the server’s clock) and the outcome, audited; then listed as done', async () => {
    const { b, admin, c1, office, late } = await withFollowUps();
    b.setNow(new Date(NOW.getTime() + 3_600_000));
    const done = await office.caller.call('checkins.completeFollowUp', { checkinId: late.id, version: late.version, outcome: '已约心理老师每周面谈' });
    expect(done).toMatchObject({ checkinId: late.id, version: 2, overdue: false, followUpDoneByName: '帮扶办李老师', followUpOutcome: '已约心理老师每周面谈' });
    expect(done.followUpDoneAt).toBe(new Date(NOW.getTime() + 3_600_000).toISOString());
    expect(texts((await c1.caller.call('checkins.followups', {})).rows)).not.toContain('安排心理辅导');
    expect((await c1.caller.call('checkins.followups', { done: true })).rows).toEqual([done]);
    // The check-in itself carries it too.
    expect((await c1.caller.call('checkins.get', { studentId: late.studentId, month: '2026-10' })).checkin).toMatchObject({
      followUpDoneByName: '帮扶办李老师',
      followUpOutcome: '已约心理老师每周面谈',
    });

    const [entry] = (await admin.call('audit.list', { entity: 'checkin' })).rows;
    expect(entry).toMatchObject({ action: 'follow_up_done', entityId: late.id, entityName: '阿布 2026-10', userName: '帮扶办李老师' });
    expect(entry.after).toEqual({ followUp: '安排心理辅导', outcome: '已约心理老师每周面谈' });
  });

  it('list as done only those of the last 90 days', async () => {
    const { b, c1, late, later } = await withFollowUps();
    await c1.caller.call('checkins.completeFollowUp', { checkinId: late.id, version: late.version, outcome: '已面谈' });
    b.setNow(new Date(NOW.getTime() + 60 * DAY));
    await c1.caller.call('auth.login', { username: 'wang', password: 'password-wang' });
    await c1.caller.call('checkins.completeFollowUp', { checkinId: later.id, version: later.version, outcome: '学费已缴' });
    b.setNow(new Date(NOW.getTime() + 91 * DAY));
    await c1.caller.call('auth.login', { username: 'wang', password: 'password-wang' });
    expect(texts((await c1.caller.call('checkins.followups', { done: true })).rows)).toEqual(['联系家长确认学费']);
  });

  it('refuse no outcome, one done already, a stale version, a check-in without one and another’s student, writing nothing', async () => {
    const s = await withFollowUps();
    const { c1, c2, office, late, z, checkinCount, auditCount } = s;
    const noOutcome = await c1.caller.fail('checkins.completeFollowUp', { checkinId: late.id, version: 1, outcome: '  ' });
    expect([noOutcome.field, noOutcome.fields![0].message]).toEqual(['outcome', '必填']);
    expect((await c2.caller.fail('checkins.completeFollowUp', { checkinId: late.id, version: 1, outcome: '已处理' })).code).toBe('not_found');
    const none = (await c1.caller.call('checkins.get', { studentId: z, month: '2026-09' })).checkin!;
    const noFollowUp = await c1.caller.fail('checkins.completeFollowUp', { checkinId: none.id, version: none.version, outcome: '已处理' });
    expect([noFollowUp.field, noFollowUp.fields![0].message]).toEqual(['checkinId', '这条月度监测没有需要跟进的事项']);

    // Edited after it was read: the completion would rest on a follow-up that may have changed.
    await c1.caller.call('checkins.save', { ...late, followUp: '安排心理辅导，并通知家长' });
    const untouched = checkinRow(s, late.id);
    const before = [checkinCount(), auditCount()];
    const stale = await office.caller.fail('checkins.completeFollowUp', { checkinId: late.id, version: 1, outcome: '已处理' });
    expect([stale.code, stale.message]).toEqual(['conflict', expect.stringContaining('王老师')]);
    expect(checkinRow(s, late.id)).toEqual(untouched);
    expect([checkinCount(), auditCount()]).toEqual(before);

    await c1.caller.call('checkins.completeFollowUp', { checkinId: late.id, version: 2, outcome: '已面谈' });
    const doneRow = checkinRow(s, late.id);
    const twice = await office.caller.fail('checkins.completeFollowUp', { checkinId: late.id, version: 3, outcome: '再次处理' });
    expect([twice.field, twice.fields![0].message]).toEqual(['checkinId', '这项跟进已由王老师于2026-11-23标记完成']);
    expect(checkinRow(s, late.id)).toEqual(doneRow);
    expect(auditCount()).toBe(before[1] + 1);
  });
});

describe('a student’s check-ins', () => {
  it('come newest first with risk, attendance, help and the follow-up’s state', async () => {
    const { c1, c2, office, finance, z, a, late } = await withFollowUps();
    await c1.caller.call('checkins.completeFollowUp', { checkinId: late.id, version: late.version, outcome: '已面谈' });
    const timeline = await c1.caller.call('checkins.ofStudent', { studentId: a });
    expect(timeline.map((c) => [c.month, c.risk, c.followUp, c.overdue, c.followUpOutcome])).toEqual([
      ['2026-10', 'high', '安排心理辅导', false, '已面谈'],
      ['2026-09', 'watch', '联系家长确认学费', false, ''],
    ]);
    expect(timeline[0]).toMatchObject({ date: '2026-10-15', method: 'in_person', help: [], authorName: '王老师', followUpDoneByName: '王老师' });
    expect((await office.caller.call('checkins.ofStudent', { studentId: z })).map((c) => c.month)).toEqual(['2026-11', '2026-10', '2026-09']);
    expect((await c2.caller.fail('checkins.ofStudent', { studentId: a })).code).toBe('not_found');
    expect((await finance.caller.fail('checkins.ofStudent', { studentId: a })).code).toBe('forbidden');
  });

  it('flag an open follow-up past its due date as overdue', async () => {
    const { c1, a } = await withFollowUps();
    const timeline = await c1.caller.call('checkins.ofStudent', { studentId: a });
    expect(timeline.map((c) => [c.month, c.overdue])).toEqual([
      ['2026-10', true],
      ['2026-09', false],
    ]);
  });
});
