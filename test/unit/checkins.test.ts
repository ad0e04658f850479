import { describe, expect, it } from 'vitest';
import { checkinsSetup } from '../support/checkins';

describe('the students expected to have a check-in', () => {
  it('start with the month of enrolment', async () => {
    const { office, student, expected } = await checkinsSetup();
    await student({ name: '新同学', enrolmentDate: '2025-09-08' });
    expect(await expected(office.caller, '2025-06')).toEqual([]);
    expect(await expected(office.caller, '2025-09')).toEqual(['新同学']);
  });

  it('leave out the months on leave, keeping those of leaving and of coming back', async () => {
    const { office, student, status, expected } = await checkinsSetup();
    const id = await student({ name: '休学生' });
    await status(id, 'suspend', '2025-03-10');
    await status(id, 'resume', '2025-09-05');
    expect(await expected(office.caller, '2025-03')).toEqual(['休学生']);
    expect(await expected(office.caller, '2025-04')).toEqual([]);
    expect(await expected(office.caller, '2025-09')).toEqual(['休学生']);
  });

  it('end with the month of leaving, and ignore a withdrawn status change', async () => {
    const { office, student, status, expected } = await checkinsSetup();
    const gone = await student({ name: '退学生' });
    await status(gone, 'withdraw', '2025-10-20');
    const mistaken = await student({ name: '误办生' });
    const s = await status(mistaken, 'suspend', '2025-03-01');
    const [latest] = await office.caller.call('students.history', { id: mistaken });
    await office.caller.call('students.voidStatus', { id: mistaken, version: s.version, eventId: latest.id, voidReason: '办错了' });
    // By pinyin: tui before wu.
    expect(await expected(office.caller, '2025-10')).toEqual(['退学生', '误办生']);
    expect(await expected(office.caller, '2025-11')).toEqual(['误办生']);
    expect(await expected(office.caller, '2025-04')).toEqual(['退学生', '误办生']);
  });

  it('follow the school calendar', async () => {
    const { admin, office, student, expected } = await checkinsSetup();
    await student({ name: '在校生' });
    expect(await expected(office.caller, '2025-02')).toEqual([]);
    const settings = await admin.call('settings.get', {});
    await admin.call('settings.update', { ...settings, inSchoolMonths: [...settings.inSchoolMonths, 2] });
    expect(await expected(office.caller, '2025-02')).toEqual(['在校生']);
  });

  it('are listed by class then pinyin, each with its state and last month’s risk', async () => {
    const { office, cohort, major, c2, student, input } = await checkinsSetup();
    const klass2 = await office.caller.call('classes.create', { name: '24汽修2班', majorId: major.id, cohortId: cohort.id, headTeacherId: c2.user.id });
    const zhou = await student({ name: '周杰' });
    await student({ name: '阿布' });
    await student({ name: '白云', classId: klass2.id });
    await office.caller.call('checkins.save', input(zhou, '2026-09', { risk: 'watch' }));
    const saved = await office.caller.call('checkins.save', input(zhou, '2026-10', { risk: 'high' }));

    const october = await office.caller.call('checkins.month', { month: '2026-10' });
    expect(october.rows.map((r) => [r.name, r.className, r.state, r.risk, r.lastRisk])).toEqual([
      ['阿布', '24汽修1班', 'overdue', null, null],
      ['周杰', '24汽修1班', 'done', 'high', 'watch'],
      ['白云', '24汽修2班', 'overdue', null, null],
    ]);
    expect(october.rows[1].checkinId).toBe(saved.id);
    const november = await office.caller.call('checkins.month', { month: '2026-11' });
    expect(november.rows.map((r) => [r.name, r.state, r.lastRisk])).toEqual([
      ['阿布', 'open', null],
      ['周杰', 'open', 'high'],
      ['白云', 'open', null],
    ]);
    expect((await office.caller.call('checkins.month', { month: '2026-10', classId: klass2.id })).rows.map((r) => r.name)).toEqual(['白云']);
  });
});

describe('saving a check-in', () => {
  it('stores every answer, names it in the audit log, and offers it to carry over next month', async () => {
    const { admin, c1, student, input } = await checkinsSetup();
    const id = await student();
    const saved = await c1.caller.call(
      'checkins.save',
      input(id, '2026-10', {
        method: 'home_visit', attendancePct: 85, academic: 'fair', failingCourses: 2, health: 'good', mental: 'watch',
        moneyTrouble: true, familyEvent: '父亲住院', risk: 'watch', help: ['other', 'tutoring'], helpOther: '联系社工',
        followUp: '月底再谈', followUpDue: '2026-11-30',
      }),
    );
    expect(saved).toMatchObject({ studentName: '黄小明', authorName: '王老师', attendancePct: 85, help: ['tutoring', 'other'], moneyTrouble: true, access: 'edit' });
    const { checkin, previous } = await c1.caller.call('checkins.get', { studentId: id, month: '2026-11' });
    expect(checkin).toBeNull();
    expect(previous).toMatchObject({ id: saved.id, familyEvent: '父亲住院', risk: 'watch' });
    const [entry] = (await admin.call('audit.list', { entity: 'checkin' })).rows;
    expect(entry).toMatchObject({ action: 'create', entityId: saved.id, entityName: '黄小明 2026-10', userName: '王老师' });
    expect(entry.after).toMatchObject({ risk: 'watch', familyEvent: '父亲住院' });
  });

  it('refuses each kind of bad input at its field, saying why, and writes nothing', async () => {
    const { c1, student, status, input, checkinCount, auditCount } = await checkinsSetup();
    const id = await student({ enrolmentDate: '2025-09-01' });
    const onLeave = await student({ name: '休学生' });
    await status(onLeave, 'suspend', '2026-03-01');
    const gone = await student({ name: '退学生' });
    await status(gone, 'withdraw', '2026-03-01');
    await c1.caller.call('checkins.save', input(id, '2026-10'));
    const before = { checkins: checkinCount(), audit: auditCount() };

    const refusal = async (bad: object) => {
      const err = await c1.caller.fail('checkins.save', bad);
      expect(err.code).toBe('invalid_input');
      return [err.field, err.fields![0].message];
    };
    expect(await refusal(input(id, '2026-12', { date: '2026-11-20' }))).toEqual(['month', '2026-12还未到，不能填写月度监测']);
    expect(await refusal(input(id, '2026-10'))).toEqual(['month', '黄小明2026-10的月度监测已由王老师填写，请打开那条记录修改']);
    expect(await refusal(input(id, '2025-06'))).toEqual(['month', '2025-06该生尚未入学，不需要也不能填写月度监测']);
    expect(await refusal(input(onLeave, '2026-04'))).toEqual(['month', '2026-04该生休学，不需要也不能填写月度监测']);
    expect(await refusal(input(gone, '2026-04'))).toEqual(['month', '2026-04该生已退学/流失，不需要也不能填写月度监测']);
    expect(await refusal(input(id, '2026-08'))).toEqual(['month', '2026-08是假期（不在学校日历的在校月份内），不需要也不能填写月度监测']);
    expect(await refusal(input(id, '2026-09', { attendancePct: 101 }))).toEqual(['attendancePct', '出勤率应为0至100之间的整数']);
    expect(await refusal(input(id, '2026-09', { attendancePct: -1 }))).toEqual(['attendancePct', '出勤率应为0至100之间的整数']);
    expect(await refusal(input(id, '2026-09', { method: 'email' as never }))).toEqual(['method', '取值无效']);
    expect(await refusal(input(id, '2026-09', { risk: 'unknown' as never }))).toEqual(['risk', '取值无效']);
    expect(await refusal(input(id, '2026-09', { help: ['pray'] as never }))).toEqual(['help.0', '取值无效']);
    expect(await refusal(input(id, '2026-09', { date: '2026-08-31' }))).toEqual(['date', '监测日期应在2026-09内或之后']);
    expect(await refusal(input(id, '2026-11', { date: '2026-11-24' }))).toEqual(['date', '日期不能晚于今天（2026-11-23）']);
    expect(await refusal(input(id, '2026-09', { help: ['other'] }))).toEqual(['helpOther', '必填']);
    // Logged late, after the month, is fine.
    await c1.caller.call('checkins.save', input(id, '2026-09', { date: '2026-11-02' }));
    expect({ checkins: checkinCount() - 1, audit: auditCount() - 1 }).toEqual(before);
  });
});

describe('who reaches which check-ins', () => {
  it('keeps counsellors to their own students, and a student’s history follows them to a new counsellor', async () => {
    const { c1, c2, student, reassign, input, expected } = await checkinsSetup();
    const id = await student();
    const saved = await c1.caller.call('checkins.save', input(id, '2026-10'));
    expect((await c2.caller.fail('checkins.save', input(id, '2026-09'))).code).toBe('not_found');
    expect((await c2.caller.fail('checkins.get', { studentId: id, month: '2026-10' })).code).toBe('not_found');
    expect((await c2.caller.fail('checkins.quickNormal', { month: '2026-09', studentIds: [id] })).code).toBe('not_found');
    expect(await expected(c2.caller, '2026-10')).toEqual([]);
    expect(await expected(c1.caller, '2026-10')).toEqual(['黄小明']);

    await reassign(id, c2.user.id);
    expect((await c2.caller.call('checkins.get', { studentId: id, month: '2026-10' })).checkin).toMatchObject({ id: saved.id, access: 'read' });
    expect((await c2.caller.call('checkins.month', { month: '2026-10' })).rows).toMatchObject([{ name: '黄小明', state: 'done', checkinId: saved.id }]);
    expect((await c1.caller.fail('checkins.get', { studentId: id, month: '2026-10' })).code).toBe('not_found');
    // The new counsellor logs their own months, but does not rewrite the old counsellor's.
    await c2.caller.call('checkins.save', input(id, '2026-09'));
    const err = await c2.caller.fail('checkins.save', { ...input(id, '2026-10', { risk: 'high' }), id: saved.id, version: saved.version });
    expect([err.field, err.fields![0].message]).toEqual(['editReason', '只有填写人王老师可以修改这条记录；如需更正请联系帮扶办']);
  });

  it('lets leaders read but not write, and finance not even read', async () => {
    const { c1, viewer, finance, student, input } = await checkinsSetup();
    const id = await student();
    await c1.caller.call('checkins.save', input(id, '2026-10'));
    expect((await viewer.caller.call('checkins.month', { month: '2026-10' })).rows).toHaveLength(1);
    expect((await viewer.caller.call('checkins.get', { studentId: id, month: '2026-10' })).checkin?.access).toBe('read');
    expect((await viewer.caller.fail('checkins.save', input(id, '2026-09'))).code).toBe('forbidden');
    expect((await viewer.caller.fail('checkins.quickNormal', { month: '2026-09', studentIds: [id] })).code).toBe('forbidden');
    for (const [method, arg] of [
      ['checkins.month', { month: '2026-10' }],
      ['checkins.get', { studentId: id, month: '2026-10' }],
      ['checkins.save', input(id, '2026-09')],
    ] as const)
      expect((await finance.caller.fail(method, arg)).code).toBe('forbidden');
  });
});
