import { describe, expect, it } from 'vitest';
import type { Contract, InputOf } from '../../electron/contract';
import { Caller, seedRegister, testBackend } from '../support/backend';

type Input = InputOf<Contract['trainings.create']>;

/** A course in 百色 the office ran in the spring; the tests' today is 2026-11-23. */
const ELECTRICIAN: Input = {
  course: '电工',
  startDate: '2026-04-13',
  endDate: '2026-04-17',
  region: '广西百色市田阳区',
  projectId: null,
  participants: 60,
  registeredParticipants: 42,
  organiser: '田阳区人社局',
  notes: '',
};

async function register() {
  const b = testBackend();
  const seeded = await seedRegister(b);
  const course = (overrides: Partial<Input> = {}): Input => ({ ...ELECTRICIAN, projectId: seeded.project.id, ...overrides });
  return { b, ...seeded, course };
}

describe('the short-course register', () => {
  it('creates, updates and deletes courses, each audited with what was and what became', async () => {
    const { admin, office, course } = await register();
    const made = await office.caller.call('trainings.create', course());
    expect(made).toMatchObject({ course: '电工', projectName: '广西百色', participants: 60, registeredParticipants: 42, version: 1 });

    const changed = await office.caller.call('trainings.update', { ...course({ participants: 65, notes: '补录5人' }), id: made.id, version: made.version });
    expect(changed).toMatchObject({ participants: 65, notes: '补录5人', version: 2 });

    await office.caller.call('trainings.delete', { id: made.id, version: changed.version });
    expect((await office.caller.call('trainings.list', { year: null })).rows).toEqual([]);

    const log = (await admin.call('audit.list', { entity: 'training', entityId: made.id })).rows;
    expect(log.map((r) => [r.action, r.before, r.after])).toEqual([
      ['delete', { ...course({ participants: 65, notes: '补录5人' }), projectName: '广西百色' }, null],
      ['update', { participants: 60, notes: '' }, { participants: 65, notes: '补录5人' }],
      ['create', null, course()],
    ]);
    expect(log.every((r) => r.userName === '帮扶办李老师')).toBe(true);
  });

  it('names a course in the audit log by its course and start date while it exists', async () => {
    const { admin, office, course } = await register();
    const made = await office.caller.call('trainings.create', course());
    expect((await admin.call('audit.list', { entity: 'training', entityId: made.id })).rows[0].entityName).toBe('电工 2026-04-13');
  });

  it('refuses what cannot be, each message at its field, in the caller’s language', async () => {
    const { b, office, project, course } = await register();
    const fields = async (input: Input, caller = office.caller) => (await caller.fail('trainings.create', input)).fields?.map((f) => [f.field, f.message]);

    expect(await fields(course({ endDate: '2026-04-12' }))).toEqual([['endDate', '结束日期不能早于开始日期']]);
    expect(await fields(course({ registeredParticipants: 61 }))).toEqual([['registeredParticipants', '建档立卡人数不能超过培训人数60']]);
    expect(await fields(course({ participants: 0, registeredParticipants: 0 }))).toEqual([['participants', '培训人数应为1至100000之间的整数']]);
    expect(await fields(course({ participants: 100_001 }))).toEqual([['participants', '培训人数应为1至100000之间的整数']]);
    expect(await fields(course({ participants: 2.5 }))).toEqual([['participants', '培训人数应为1至100000之间的整数']]);
    expect(await fields(course({ registeredParticipants: -1 }))).toEqual([['registeredParticipants', '建档立卡人数应为0或正整数']]);
    expect(await fields(course({ projectId: project.id + 99 }))).toEqual([['projectId', '取值无效']]);
    expect(await fields(course({ course: ' ', region: '' }))).toEqual([
      ['course', '必填'],
      ['region', '必填'],
    ]);
    expect(await fields(course({ course: '电'.repeat(101), organiser: '局'.repeat(101), notes: '注'.repeat(501) }))).toEqual([
      ['course', '内容过长（最多100个字符）'],
      ['organiser', '内容过长（最多100个字符）'],
      ['notes', '内容过长（最多500个字符）'],
    ]);
    expect(await fields(course({ startDate: '2026-02-30' }))).toEqual([['startDate', '日期格式应为 YYYY-MM-DD 且为有效日期']]);
    // Today is 2026-11-23: a course may be entered up to 366 days ahead, no later.
    expect(await fields(course({ startDate: '2027-11-25', endDate: '2027-11-26' }))).toEqual([
      ['startDate', '开始日期不能晚于2027-11-24（只登记一年以内开班的培训）'],
    ]);
    expect((await office.caller.call('trainings.create', course({ startDate: '2027-11-24', endDate: '2027-11-26' }))).startDate).toBe('2027-11-24');

    // Several at once, and in English for an English caller.
    const inEnglish = new Caller(b.backend, office.caller.token, 'en');
    expect(await fields(course({ endDate: '2026-04-01', registeredParticipants: 70 }), inEnglish)).toEqual([
      ['endDate', 'The end cannot be before the start'],
      ['registeredParticipants', 'Cannot be more than the 60 people trained'],
    ]);
    // A course without a project counts in the school's total only.
    expect((await office.caller.call('trainings.create', course({ projectId: null }))).projectName).toBeNull();
  });

  it('refuses a save or delete over someone else’s newer one, naming who saved it', async () => {
    const { admin, office, course } = await register();
    const made = await office.caller.call('trainings.create', course());
    await admin.call('trainings.update', { ...course({ region: '广西百色市田东县' }), id: made.id, version: made.version });
    const stale = await office.caller.fail('trainings.update', { ...course({ notes: '旧版本' }), id: made.id, version: made.version });
    expect(stale.code).toBe('conflict');
    expect(stale.message).toMatch(/^该记录已被管理员于.+修改，您的修改未保存/);
    expect((await office.caller.fail('trainings.delete', { id: made.id, version: made.version })).code).toBe('conflict');
    const kept = (await office.caller.call('trainings.list', { year: null })).rows;
    expect(kept.map((t) => [t.region, t.notes, t.version])).toEqual([['广西百色市田东县', '', 2]]);
  });

  it('lets the office write, leaders and finance read, and keeps counsellors out', async () => {
    const { office, c1, viewer, finance, course } = await register();
    const made = await office.caller.call('trainings.create', course());
    for (const reader of [viewer, finance]) {
      expect((await reader.caller.call('trainings.list', { year: 2026 })).rows.map((t) => t.id)).toEqual([made.id]);
      expect((await reader.caller.fail('trainings.create', course())).code).toBe('forbidden');
      expect((await reader.caller.fail('trainings.update', { ...course(), id: made.id, version: made.version })).code).toBe('forbidden');
      expect((await reader.caller.fail('trainings.delete', { id: made.id, version: made.version })).code).toBe('forbidden');
    }
    expect((await c1.caller.fail('trainings.list', {})).code).toBe('forbidden');
    expect((await c1.caller.fail('trainings.create', course())).code).toBe('forbidden');
  });

  it('lists a year’s or every year’s courses by start date, newest first, of one project or all, with their totals', async () => {
    const { office, project, course } = await register();
    const other = await office.caller.call('projects.create', { ...project, name: '广东汕尾', agreementDate: null });
    const add = (o: Partial<Input>) => office.caller.call('trainings.create', course(o));
    await add({ course: '中式烹调', startDate: '2025-12-30', endDate: '2026-01-03', participants: 40, registeredParticipants: 30 });
    await add({ course: '电工', startDate: '2026-04-13', endDate: '2026-04-17', participants: 60, registeredParticipants: 42 });
    await add({ course: '电子商务', startDate: '2026-10-08', endDate: '2026-10-10', participants: 25, registeredParticipants: 10, projectId: other.id });
    await add({ course: '家政服务', startDate: '2026-06-01', endDate: '2026-06-03', participants: 30, registeredParticipants: 30, projectId: null });
    await add({ course: '汽车维修', startDate: '2027-01-01', endDate: '2027-01-05', participants: 20, registeredParticipants: 12 });

    const list = (filter: InputOf<Contract['trainings.list']>) => office.caller.call('trainings.list', filter);
    // By the start date: the course that ran into 2026 counts in 2025.
    const y2026 = await list({ year: 2026 });
    expect(y2026.rows.map((t) => t.course)).toEqual(['电子商务', '家政服务', '电工']);
    expect(y2026.totals).toEqual({ courses: 3, participants: 115, registeredParticipants: 82 });
    expect((await list({ year: 2026, projectId: project.id })).totals).toEqual({ courses: 1, participants: 60, registeredParticipants: 42 });
    expect((await list({ year: 2026, projectId: other.id })).rows.map((t) => [t.course, t.projectName])).toEqual([['电子商务', '广东汕尾']]);
    expect((await list({ year: 2025 })).rows.map((t) => t.course)).toEqual(['中式烹调']);

    const all = await list({ year: null });
    expect(all.rows.map((t) => t.startDate)).toEqual(['2027-01-01', '2026-10-08', '2026-06-01', '2026-04-13', '2025-12-30']);
    expect(all.totals).toEqual({ courses: 5, participants: 175, registeredParticipants: 124 });
    expect((await list({ year: null, projectId: project.id })).totals).toEqual({ courses: 3, participants: 120, registeredParticipants: 84 });
    expect((await list({ year: 2024 })).totals).toEqual({ courses: 0, participants: 0, registeredParticipants: 0 });
  });

  it('keeps a project with courses from being deleted, saying why', async () => {
    const { office, course } = await register();
    const bare = await office.caller.call('projects.create', {
      name: '湖北郧西', partnerProvince: '湖北', partnerCity: '十堰', partnerCounty: '郧西', partnerSchool: '', agreementDate: null, model: '3+2', notes: '',
    });
    await office.caller.call('trainings.create', course({ projectId: bare.id }));
    const refused = await office.caller.fail('projects.remove', { id: bare.id, version: bare.version });
    expect(refused).toMatchObject({ code: 'in_use', message: '该记录仍被1期短期培训使用，不能删除' });
  });

  it('is held by the database’s own checks when something slips past the backend', async () => {
    const { b, office, course } = await register();
    const made = await office.caller.call('trainings.create', course());
    const set = (assignment: string) => () => b.opened.sqlite.prepare(`UPDATE trainings SET ${assignment} WHERE id = ?`).run(made.id);
    expect(set("end_date = '2026-04-12'")).toThrow(/CHECK constraint failed: trainings_dates/);
    expect(set('registered_participants = 61')).toThrow(/CHECK constraint failed: trainings_counts/);
    expect(set('participants = 0, registered_participants = 0')).toThrow(/CHECK constraint failed: trainings_counts/);
    expect(set('registered_participants = -1')).toThrow(/CHECK constraint failed: trainings_counts/);
    expect(set('project_id = 999')).toThrow(/FOREIGN KEY constraint failed/);
    const kept = (await office.caller.call('trainings.list', { year: 2026 })).rows[0];
    expect(kept).toMatchObject({ endDate: '2026-04-17', participants: 60, registeredParticipants: 42 });
  });
});
