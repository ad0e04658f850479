import { describe, expect, it } from 'vitest';
import { forward, payOut, setup } from '../support/allowances';

describe('allowance batch workflow', () => {
  it('goes 草稿 → 提交 → 复核 → 审批 → 已发放 with a second person checking, then stays locked', async () => {
    const s = await setup();
    await s.student({ name: '甲' });
    await s.student({ name: '乙' });
    const { id } = await s.finance.caller.call('allowances.createBatch', { policyId: s.policy('生活补贴').id, period: '2026-11', notes: '' });
    await forward(s, s.finance.caller, id, 'submit');

    // The preparer may neither check nor approve their own batch.
    let v = (await s.batch(id)).version;
    expect(await s.finance.caller.fail('allowances.forward', { id, version: v, action: 'review', note: '' })).toMatchObject({
      code: 'same_person',
      message: '财务蔡老师编制或提交了这个批次，不能再复核或审批它（职责分离），请由另一位同事办理',
    });
    // Nor can a submitted batch skip its 复核.
    expect((await s.office.caller.fail('allowances.forward', { id, version: v, action: 'approve', note: '' })).message).toBe('批次当前为“已提交”，不能审批');
    await forward(s, s.office.caller, id, 'review');
    await forward(s, s.office.caller, id, 'approve');

    // Locked: no line changes, no 退回.
    const approved = await s.batch(id);
    expect(approved.status).toBe('approved');
    const line = approved.lines[0];
    expect(
      await s.finance.caller.fail('allowances.changeLine', { batchId: id, version: approved.version, lineId: line.id, amountFen: 100, reason: '改' }),
    ).toMatchObject({ code: 'batch_locked', message: '批次已审批，明细不能再修改；只有草稿可以修改' });
    expect((await s.office.caller.fail('allowances.returnBatch', { id, version: approved.version, reason: '再看看' })).code).toBe('batch_step');

    // Paid on a day between the approval and today, with the bank's reference.
    v = approved.version;
    expect((await s.finance.caller.fail('allowances.markPaid', { id, version: v, paidOn: '2026-11-24', bankRef: 'X' })).fields).toMatchObject([
      { field: 'paidOn', message: '日期不能晚于今天（2026-11-23）' },
    ]);
    expect((await s.finance.caller.fail('allowances.markPaid', { id, version: v, paidOn: '2026-11-20', bankRef: 'X' })).fields).toMatchObject([
      { field: 'paidOn', message: '发放日期不能早于审批日期2026-11-23' },
    ]);
    await s.finance.caller.call('allowances.markPaid', { id, version: v, paidOn: '2026-11-23', bankRef: 'NH001' });
    const paid = await s.batch(id);
    expect(paid).toMatchObject({ status: 'paid', paidOn: '2026-11-23', bankRef: 'NH001', totalFen: 60_000 });
    expect(paid.steps.map((st) => [st.action, st.toStatus, st.userName])).toEqual([
      ['submit', 'submitted', '财务蔡老师'],
      ['review', 'reviewed', '帮扶办李老师'],
      ['approve', 'approved', '帮扶办李老师'],
      ['pay', 'paid', '财务蔡老师'],
    ]);

    // The database itself refuses to touch a paid line, whatever code tries.
    expect(() => s.b.opened.sqlite.prepare('UPDATE allowance_lines SET amount_fen = 1 WHERE id = ?').run(line.id)).toThrow(/locked/);
    expect(() => s.b.opened.sqlite.prepare('DELETE FROM allowance_batches WHERE id = ?').run(id)).toThrow(/locked/);
    expect((await s.batch(id)).lines.map((l) => l.amountFen)).toEqual([30_000, 30_000]);
  });

  it('returns a batch to draft with a reason at 提交 or 复核, after which its lines may change again', async () => {
    const s = await setup();
    await s.student({ name: '甲' });
    const { id } = await s.finance.caller.call('allowances.createBatch', { policyId: s.policy('生活补贴').id, period: '2026-11', notes: '' });
    await forward(s, s.finance.caller, id, 'submit');
    await forward(s, s.office.caller, id, 'review');
    const { version } = await s.batch(id);
    expect((await s.office.caller.fail('allowances.returnBatch', { id, version, reason: ' ' })).fields).toMatchObject([{ field: 'reason', message: '必填' }]);
    await s.office.caller.call('allowances.returnBatch', { id, version, reason: '甲的金额需核对' });
    const back = await s.batch(id);
    expect(back.status).toBe('draft');
    expect(back.steps.at(-1)).toMatchObject({ action: 'return', fromStatus: 'reviewed', toStatus: 'draft', note: '甲的金额需核对', userName: '帮扶办李老师' });
    await s.finance.caller.call('allowances.changeLine', { batchId: id, version: back.version, lineId: back.lines[0].id, amountFen: 15_000, reason: '半月在校' });
    expect((await s.batch(id)).lines[0]).toMatchObject({ amountFen: 15_000, proposedFen: 30_000, reason: '半月在校' });
  });

  it('with no 复核 step in the settings, approval follows submission', async () => {
    const s = await setup();
    await s.student({ name: '甲' });
    const settings = await s.admin.call('settings.get', {});
    await s.admin.call('settings.update', { ...settings, allowanceReviewStep: false });
    const { id } = await s.finance.caller.call('allowances.createBatch', { policyId: s.policy('生活补贴').id, period: '2026-11', notes: '' });
    await forward(s, s.finance.caller, id, 'submit');
    const { version } = await s.batch(id);
    expect((await s.office.caller.fail('allowances.forward', { id, version, action: 'review', note: '' })).message).toBe('批次当前为“已提交”，不能复核');
    await forward(s, s.office.caller, id, 'approve');
    expect((await s.batch(id)).status).toBe('approved');
  });
});

describe('allowance batch lines in draft', () => {
  it('changes, adds and removes lines with a reason, within the year’s cap and only for students the policy is for', async () => {
    const s = await setup();
    const a = await s.student({ name: '甲', homeProvince: '广西' });
    const onLeave = await s.student({ name: '休学生', homeProvince: '广西' });
    const local = await s.student({ name: '本地生', homeProvince: '广东省' });
    const { version: sv } = await s.office.caller.call('students.get', { id: onLeave });
    await s.office.caller.call('students.changeStatus', { id: onLeave, version: sv, event: 'suspend', date: '2026-08-20', reason: '病休' });
    // 交通补贴: outside Guangdong only, at most 1,600 a year.
    const { id } = await s.finance.caller.call('allowances.createBatch', { policyId: s.policy('交通补贴').id, period: '2026', notes: '' });
    let b = await s.batch(id);
    const line = b.lines[0];
    expect(line).toMatchObject({ studentId: a, amountFen: 160_000 });

    const change = (amountFen: number, reason = '按票据') =>
      s.finance.caller.fail('allowances.changeLine', { batchId: id, version: b.version, lineId: line.id, amountFen, reason });
    expect((await change(160_001)).fields).toMatchObject([{ field: 'amountFen', message: '超过本学年上限：已发0.00元，上限1,600.00元，此笔最多1,600.00元' }]);
    expect((await change(0)).fields).toMatchObject([{ field: 'amountFen', message: '金额应大于0' }]);
    expect((await change(-500)).fields).toMatchObject([{ field: 'amountFen', message: '金额应大于0' }]);
    expect((await change(100.5)).fields).toMatchObject([{ field: 'amountFen', message: '金额最多两位小数' }]);
    expect((await change(1000, '')).fields).toMatchObject([{ field: 'reason', message: '必填' }]);
    await s.finance.caller.call('allowances.changeLine', { batchId: id, version: b.version, lineId: line.id, amountFen: 86_050, reason: '按票据' });

    // Someone who saw the batch before that change cannot save over it.
    const stale = await s.office.caller.fail('allowances.removeLine', { batchId: id, version: b.version, lineId: line.id, reason: '重复' });
    expect(stale.code).toBe('conflict');
    b = await s.batch(id);
    expect(b.lines).toMatchObject([{ amountFen: 86_050, proposedFen: 160_000, reason: '按票据' }]);

    const add = (studentId: number) => s.finance.caller.fail('allowances.addLine', { batchId: id, version: b.version, studentId, amountFen: 50_000, reason: '补录' });
    expect((await add(onLeave)).fields).toMatchObject([{ field: 'studentId', message: '休学生不能加入：休学（2026-08-20）' }]);
    expect((await add(local)).fields).toMatchObject([{ field: 'studentId', message: '本地生不是该项目的发放对象（广东省外学生）' }]);
    expect((await add(a)).fields).toMatchObject([{ field: 'studentId', message: '甲不能加入：本期已在其他批次（2026-0001）' }]);

    await s.finance.caller.call('allowances.removeLine', { batchId: id, version: b.version, lineId: line.id, reason: '已另行报销' });
    b = await s.batch(id);
    expect(b.lines).toEqual([]);
    // An empty batch cannot be submitted.
    expect((await s.finance.caller.fail('allowances.forward', { id, version: b.version, action: 'submit', note: '' })).code).toBe('batch_step');
    const log = await s.admin.call('audit.list', { entity: 'allowance_batch', entityId: id });
    expect(log.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['create', 'change_line', 'remove_line']));
  });

  it('builds a batch of chosen students (国家助学金) by hand, and discards a draft without ever reusing its number', async () => {
    const s = await setup();
    const a = await s.student({ name: '甲' });
    const grant = s.policy('国家助学金').id;
    const first = await s.finance.caller.call('allowances.createBatch', { policyId: grant, period: '2026-1', notes: '' });
    expect(first).toMatchObject({ batchNo: '2026-0001', lineCount: 0 });
    await s.finance.caller.call('allowances.addLine', { batchId: first.id, version: first.version, studentId: a, amountFen: 100_000, reason: '一等' });
    const second = await s.finance.caller.call('allowances.createBatch', { policyId: s.policy('生活补贴').id, period: '2026-11', notes: '' });
    const { version } = await s.batch(first.id);
    await s.finance.caller.call('allowances.discardBatch', { id: first.id, version });
    expect((await s.finance.caller.fail('allowances.batch', { id: first.id })).code).toBe('not_found');
    const third = await s.finance.caller.call('allowances.createBatch', { policyId: grant, period: '2026-1', notes: '' });
    expect([second.batchNo, third.batchNo]).toEqual(['2026-0002', '2026-0003']);
    await forward(s, s.finance.caller, second.id, 'submit');
    expect((await s.finance.caller.fail('allowances.discardBatch', { id: second.id, version: (await s.batch(second.id)).version })).code).toBe('batch_locked');
  });
});

describe('public notice (公示)', () => {
  it('cannot be approved before the notice’s working days have passed; objections are kept with the line', async () => {
    const s = await setup();
    const a = await s.student({ name: '甲' });
    // 国家助学金: 5 working days of notice.
    const created = await s.finance.caller.call('allowances.createBatch', { policyId: s.policy('国家助学金').id, period: '2026-1', notes: '' });
    const id = created.id;
    await s.finance.caller.call('allowances.addLine', { batchId: id, version: created.version, studentId: a, amountFen: 100_000, reason: '一等' });
    let b = await s.batch(id);
    expect((await s.finance.caller.fail('allowances.postNotice', { id, version: b.version, from: '2026-11-23' })).fields).toMatchObject([
      { field: 'from', message: '批次提交后才能公示（公示的名单须是定稿）' },
    ]);
    await forward(s, s.finance.caller, id, 'submit');
    await forward(s, s.office.caller, id, 'review');
    b = await s.batch(id);
    expect((await s.office.caller.fail('allowances.forward', { id, version: b.version, action: 'approve', note: '' })).message).toBe(
      '该项目须公示5个工作日：公示尚未开始，请先登记张贴公示的日期',
    );
    expect((await s.office.caller.fail('allowances.postNotice', { id, version: b.version, from: '2026-11-24' })).fields?.[0].field).toBe('from');
    await s.office.caller.call('allowances.postNotice', { id, version: b.version, from: '2026-11-23' });
    b = await s.batch(id);
    expect(b).toMatchObject({ noticeFrom: '2026-11-23', noticeEndsOn: '2026-11-27' });

    const objection = (receivedOn: string) => ({ lineId: b.lines[0].id, receivedOn, content: '同学反映其家庭已脱贫' });
    expect((await s.office.caller.fail('allowances.addObjection', objection('2026-11-20'))).fields).toMatchObject([
      { field: 'receivedOn', message: '收到异议的日期不能早于公示开始日2026-11-23' },
    ]);
    await s.office.caller.call('allowances.addObjection', objection('2026-11-23'));

    // Days later: everyone signs in again.
    const later = async (at: string) => {
      s.b.setNow(new Date(at));
      await s.office.caller.call('auth.login', { username: 'office', password: 'password-office' });
      await s.finance.caller.call('auth.login', { username: 'cai', password: 'password-cai' });
    };
    await later('2026-11-27T09:00:00Z');
    b = await s.batch(id);
    expect(b.lines[0].objections).toMatchObject([{ receivedOn: '2026-11-23', content: '同学反映其家庭已脱贫', recordedByName: '帮扶办李老师' }]);
    expect((await s.office.caller.fail('allowances.forward', { id, version: b.version, action: 'approve', note: '' })).message).toBe(
      '该项目须公示5个工作日：公示期到2026-11-27结束，2026-11-28起才能审批',
    );
    await later('2026-11-28T02:00:00Z');
    await forward(s, s.office.caller, id, 'approve');
    expect((await s.batch(id)).status).toBe('approved');
  });

  it('is posted again after a 退回, since the list may have changed', async () => {
    const s = await setup();
    const a = await s.student({ name: '甲' });
    const created = await s.finance.caller.call('allowances.createBatch', { policyId: s.policy('国家助学金').id, period: '2026-1', notes: '' });
    await s.finance.caller.call('allowances.addLine', { batchId: created.id, version: created.version, studentId: a, amountFen: 100_000, reason: '一等' });
    await forward(s, s.finance.caller, created.id, 'submit');
    await s.office.caller.call('allowances.postNotice', { id: created.id, version: (await s.batch(created.id)).version, from: '2026-11-23' });
    await s.office.caller.call('allowances.returnBatch', { id: created.id, version: (await s.batch(created.id)).version, reason: '名单有误' });
    expect(await s.batch(created.id)).toMatchObject({ status: 'draft', noticeFrom: null, noticeEndsOn: null });
  });
});

describe('reversals of paid lines', () => {
  it('takes back part of a paid line in a later batch of the policy, and the cap counts it in the year of the line it corrects', async () => {
    const s = await setup();
    await s.student({ name: '甲', povertyStatus: 'registered' });
    const family = s.policy('建档立卡家庭补助');
    // 3,000 a term, at most 5,000 in an academic year.
    const { rates: _r, currentFen: _c, createdAt: _a, updatedAt: _u, ...fields } = family;
    await s.office.caller.call('allowances.updatePolicy', { ...fields, period: 'term', capFen: 500_000, noticeDays: 0 });
    const autumn = await s.finance.caller.call('allowances.createBatch', { policyId: family.id, period: '2025-1', notes: '' });
    await payOut(s, autumn.id);
    const paidLine = (await s.batch(autumn.id)).lines[0];

    const spring = await s.finance.caller.call('allowances.createBatch', { policyId: family.id, period: '2025-2', notes: '' });
    let b = await s.batch(spring.id);
    expect(b.lines).toMatchObject([{ amountFen: 200_000 }]);
    const reverse = (lineId: number, amountFen: number) =>
      s.finance.caller.fail('allowances.addReversal', { batchId: spring.id, version: b.version, lineId, amountFen, reason: '上学期多发' });
    expect((await reverse(paidLine.id, 300_001)).fields).toMatchObject([{ field: 'amountFen', message: '冲减金额超过该笔尚可冲减的3,000.00元' }]);
    expect((await reverse(b.lines[0].id, 100)).fields).toMatchObject([{ field: 'lineId', message: '只能冲减已发放批次中的明细，该笔所在批次为“草稿”' }]);
    await s.finance.caller.call('allowances.addReversal', { batchId: spring.id, version: b.version, lineId: paidLine.id, amountFen: 100_000, reason: '上学期多发' });
    b = await s.batch(spring.id);
    const reversal = b.lines.find((l) => l.reverses)!;
    expect(reversal).toMatchObject({ amountFen: -100_000, reverses: { lineId: paidLine.id, batchNo: autumn.batchNo, period: '2025-1' } });

    // 3,000 − 1,000 given so far: the spring line may now be the full 3,000, not a fen more.
    const regular = b.lines.find((l) => !l.reverses)!;
    const change = (amountFen: number) => ({ batchId: spring.id, version: b.version, lineId: regular.id, amountFen, reason: '冲减后补足' });
    expect((await s.finance.caller.fail('allowances.changeLine', change(300_001))).fields?.[0].message).toBe('超过本学年上限：已发2,000.00元，上限5,000.00元，此笔最多3,000.00元');
    await s.finance.caller.call('allowances.changeLine', change(300_000));
    b = await s.batch(spring.id);
    expect(b.totalFen).toBe(200_000);

    // A reversal is not itself reversed, and stays within the policy.
    await payOut(s, spring.id);
    const later = await s.finance.caller.call('allowances.createBatch', { policyId: family.id, period: '2026-1', notes: '' });
    const living = await s.finance.caller.call('allowances.createBatch', { policyId: s.policy('生活补贴').id, period: '2026-11', notes: '' });
    const fail = async (batchId: number, version: number, lineId: number) =>
      (await s.finance.caller.fail('allowances.addReversal', { batchId, version, lineId, amountFen: 100, reason: '错' })).fields?.[0].message;
    expect(await fail(later.id, later.version, reversal.id)).toBe('冲减明细本身不能再冲减');
    expect(await fail(living.id, living.version, paidLine.id)).toBe('冲减须在同一资助项目的批次中办理');

    // The student's ledger: the reversal counts in 2025, the year of the line it corrects, and the cap is used up.
    const ledger = await s.viewer.caller.call('allowances.ledger', { studentId: paidLine.studentId });
    expect(ledger.years.filter((y) => y.policyName === '建档立卡家庭补助')).toEqual([
      { academicYear: 2026, policyId: family.id, policyName: '建档立卡家庭补助', kind: 'cash', givenFen: 300_000, paidFen: 0, capFen: 500_000, remainingFen: 200_000 },
      { academicYear: 2025, policyId: family.id, policyName: '建档立卡家庭补助', kind: 'cash', givenFen: 500_000, paidFen: 500_000, capFen: 500_000, remainingFen: 0 },
    ]);
    expect(ledger.lines.find((l) => l.lineId === paidLine.id)).toMatchObject({ status: 'paid', paidOn: '2026-11-23', amountFen: 300_000, reversedFen: 100_000 });
    expect(ledger.lines.find((l) => l.reverses)).toMatchObject({ academicYear: 2025, amountFen: -100_000, reverses: { batchNo: autumn.batchNo } });
    expect((await s.c1.caller.fail('allowances.ledger', { studentId: paidLine.studentId })).code).toBe('forbidden');
  });
});
