import { describe, expect, it } from 'vitest';
import { payOut, setup } from '../support/allowances';

/** Today is 2026-11-23. The office asks; the administrator decides; finance pays through a batch of 临时困难补助. */
describe('hardship grants (临时困难补助)', () => {
  it('go from a counsellor’s check-in asking for help, through a request and its approval, to a paid batch line', async () => {
    const s = await setup();
    const a = await s.student({ name: '甲' });
    await s.student({ name: '乙' });
    const checkin = await s.c1.caller.call('checkins.save', {
      studentId: a,
      month: '2026-11',
      date: '2026-11-10',
      method: 'in_person',
      risk: 'watch',
      moneyTrouble: true,
      help: ['hardship_request'],
      notes: '父亲工伤住院，生活费困难',
    });
    // The office's to-do: the check-in asked for help and nobody has made the request yet.
    expect(await s.office.caller.call('hardship.asking', {})).toMatchObject([{ checkinId: checkin.id, studentName: '甲', month: '2026-11', notes: '父亲工伤住院，生活费困难' }]);

    const grant = s.policy('临时困难补助').id;
    const request = await s.office.caller.call('hardship.request', { studentId: a, policyId: grant, amountFen: 80_000, reason: '父亲工伤住院', checkinId: checkin.id });
    expect(request).toMatchObject({ status: 'pending', studentName: '甲', checkinMonth: '2026-11', requestedByName: '帮扶办李老师', batch: null });
    expect(await s.office.caller.call('hardship.asking', {})).toEqual([]);
    // Asked once: a second request for the same student and policy waits for the first.
    expect((await s.office.caller.fail('hardship.request', { studentId: a, policyId: grant, amountFen: 10_000, reason: '再申请' })).fields).toMatchObject([
      { field: 'studentId', message: '甲已有一份临时困难补助申请尚未发放（待审批），请先处理那一份' },
    ]);

    // Who asked may not decide; a refusal says why.
    expect(await s.office.caller.fail('hardship.decide', { id: request.id, version: request.version, approve: true, note: '' })).toMatchObject({
      code: 'same_requester',
      message: '帮扶办李老师提出了这份申请，不能再审批它（职责分离），请由另一位同事办理',
    });
    expect((await s.admin.fail('hardship.decide', { id: request.id, version: request.version, approve: false, note: '' })).fields).toMatchObject([
      { field: 'note', message: '不批准须写明原因' },
    ]);
    const approved = await s.admin.call('hardship.decide', { id: request.id, version: request.version, approve: true, note: '同意' });
    expect(approved).toMatchObject({ status: 'approved', decidedByName: '管理员', decisionNote: '同意' });
    expect((await s.admin.fail('hardship.decide', { id: request.id, version: approved.version, approve: false, note: '改主意' })).code).toBe('hardship_decided');

    // The next batch of the policy proposes the approved request, at its amount, and no one else.
    const proposal = await s.finance.caller.call('allowances.propose', { policyId: grant, period: '2026-11-23' });
    expect(proposal.lines).toMatchObject([{ name: '甲', amountFen: 80_000, reason: '父亲工伤住院', requestId: request.id }]);
    const batch = await s.finance.caller.call('allowances.createBatch', { policyId: grant, period: '2026-11-23', notes: '' });
    expect((await s.office.caller.call('hardship.list', { studentId: a }))[0].batch).toMatchObject({ id: batch.id, status: 'draft' });

    // Removed from the draft, the request waits for the next batch; put back, it is paid with it.
    let b = await s.batch(batch.id);
    await s.finance.caller.call('allowances.removeLine', { batchId: batch.id, version: b.version, lineId: b.lines[0].id, reason: '下批再发' });
    expect((await s.office.caller.call('hardship.list', { studentId: a }))[0].batch).toBeNull();
    b = await s.batch(batch.id);
    await s.finance.caller.call('allowances.addLine', { batchId: batch.id, version: b.version, studentId: a, amountFen: 80_000, reason: '父亲工伤住院' });
    await payOut(s, batch.id);
    expect((await s.viewer.caller.call('hardship.list', { status: 'approved' }))[0].batch).toMatchObject({ id: batch.id, status: 'paid' });
    // Paid, the student may ask again; another student's open request is no bar.
    const again = await s.office.caller.call('hardship.request', { studentId: a, policyId: grant, amountFen: 20_000, reason: '冬衣' });
    await s.admin.call('hardship.decide', { id: again.id, version: again.version, approve: true, note: '' });
    const b2 = (await s.office.caller.call('students.list', { q: '乙' })).rows[0].id;
    await s.office.caller.call('hardship.request', { studentId: b2, policyId: grant, amountFen: 20_000, reason: '冬衣' });
  });

  it('are for cash policies of chosen students only, from the office and the administrator', async () => {
    const s = await setup();
    const a = await s.student({ name: '甲' });
    expect((await s.office.caller.fail('hardship.request', { studentId: a, policyId: s.policy('生活补贴').id, amountFen: 100, reason: '试' })).fields).toMatchObject([
      { field: 'policyId', message: '“生活补贴”不是按申请发放的项目：申请只用于发放对象为“指定学生”的现金项目' },
    ]);
    for (const who of [s.c1.caller, s.finance.caller, s.viewer.caller])
      expect((await who.fail('hardship.request', { studentId: a, policyId: s.policy('临时困难补助').id, amountFen: 100, reason: '试' })).code).toBe('forbidden');
    expect((await s.c1.caller.fail('hardship.list', {})).code).toBe('forbidden');
  });
});
