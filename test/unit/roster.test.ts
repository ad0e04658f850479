import { beforeAll, describe, expect, it } from 'vitest';
import { seedRegister, testBackend } from '../support/backend';

/**
 * The printed 花名册's rows: the list's selection, class by class and by pinyin, only the chosen
 * columns, whole 身份证号 only for roles that see them and only when asked, and every print in the
 * audit log.
 */
let b: ReturnType<typeof testBackend>;
let seed: Awaited<ReturnType<typeof seedRegister>>;
const ids: Record<string, { id: number; idNumber: string }> = {};

beforeAll(async () => {
  b = testBackend();
  seed = await seedRegister(b);
  const other = await seed.office.caller.call('classes.create', { name: '24电工1班', majorId: seed.major.id, cohortId: seed.cohort.id, headTeacherId: null });
  // Entered out of order: 汽修 1班 gets 周, 安, 陈; 电工 1班 gets 王; 李 has no class; 赵 is another counsellor's.
  const students: [string, object][] = [
    ['周杰', {}],
    ['王芳', { classId: other.id, counsellorId: null }],
    ['安娜', {}],
    ['李雷', { classId: null, counsellorId: null }],
    ['陈晨', {}],
    ['赵敏', { counsellorId: seed.c2.user.id }],
  ];
  for (const [name, overrides] of students) {
    const input = seed.studentInput({ name, ...overrides });
    ids[name] = { id: (await seed.office.caller.call('students.create', input)).id, idNumber: input.idNumber };
  }
}, 60_000);

const office = () => seed.office.caller;

describe('the roster', () => {
  it('lists the selection class by class (classless last), by pinyin within a class', async () => {
    const roster = await office().call('students.roster', { columns: ['gender'] });
    expect(roster.rows.map((r) => `${r.className ?? '-'} ${r.name}`)).toEqual([
      '24电工1班 王芳',
      '24汽修1班 安娜',
      '24汽修1班 陈晨',
      '24汽修1班 赵敏',
      '24汽修1班 周杰',
      '- 李雷',
    ]);
  });

  it('takes the same search and filters as the list, and names the filters', async () => {
    const roster = await office().call('students.roster', { classId: seed.klass.id, q: 'z', columns: [] });
    const list = await office().call('students.list', { classId: seed.klass.id, q: 'z' });
    expect(roster.rows.map((r) => r.name).sort()).toEqual(list.rows.map((r) => r.name).sort());
    expect(roster.rows.map((r) => r.name)).toEqual(['赵敏', '周杰']);
    expect(roster.filterNames).toEqual({ project: null, cohort: null, major: null, class: '24汽修1班', counsellor: null });
  });

  it('sends only the chosen columns', async () => {
    const [row] = (await office().call('students.roster', { q: '安娜', columns: ['studentNo', 'home', 'status'] })).rows;
    expect(row).toEqual({ id: ids['安娜'].id, name: '安娜', classId: seed.klass.id, className: '24汽修1班', studentNo: null, home: '广西 百色 田东县', status: 'enrolled' });
  });

  it('masks 身份证号 unless asked, and gives whole ones only to roles that see them', async () => {
    const { idNumber } = ids['安娜'];
    const masked = `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`;
    const idOf = async (caller: typeof seed.office.caller, wholeIds: boolean) => {
      const roster = await caller.call('students.roster', { q: '安娜', columns: ['idNumber', 'birthDate'], wholeIds });
      return [roster.rows[0].idNumber, roster.rows[0].birthDate, roster.wholeIds];
    };
    expect(await idOf(office(), false)).toEqual([masked, '2008-03-15', false]);
    expect(await idOf(office(), true)).toEqual([idNumber, '2008-03-15', true]);
    expect(await idOf(seed.finance.caller, true)).toEqual([idNumber, '2008-03-15', true]);
    // Asking is not enough: a leader gets the mask, and the birth year only (as on the student page).
    expect(await idOf(seed.viewer.caller, true)).toEqual([masked, '2008', false]);
  });

  it("gives a counsellor their own students only, whatever the filter", async () => {
    const mine = await seed.c1.caller.call('students.roster', { columns: [] });
    expect(mine.rows.map((r) => r.name)).toEqual(['安娜', '陈晨', '周杰']);
    expect((await seed.c1.caller.call('students.roster', { counsellorId: seed.c2.user.id, columns: [] })).rows).toEqual([]);
  });

  it('logs each print with its filters, columns, whether whole numbers went out, and how many students; a typed number masked', async () => {
    const { idNumber } = ids['周杰'];
    await office().call('students.roster', { classId: seed.klass.id, q: idNumber, columns: ['idNumber', 'phone'], wholeIds: true });
    const [entry] = (await seed.admin.call('audit.list', { entity: 'student' })).rows;
    expect(entry).toMatchObject({ action: 'print', entityId: null, userName: '帮扶办李老师' });
    expect(entry.after).toEqual({
      report: 'roster',
      q: `${'*'.repeat(14)}${idNumber.slice(-4)}`,
      classId: seed.klass.id,
      columns: ['idNumber', 'phone'],
      wholeIds: true,
      count: 1,
    });
  });

  it('refuses columns it does not know', async () => {
    const error = await office().fail('students.roster', { columns: ['bankAccount'] });
    expect(error.code).toBe('invalid_input');
  });
});
