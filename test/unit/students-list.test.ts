import { beforeAll, describe, expect, it } from 'vitest';
import { seedRegister, testBackend, type Caller } from '../support/backend';
import { makeIdNumber } from '../support/fixtures';

/**
 * One register for the whole file (signing the seeded users in is the slow part); each test adds
 * students with names, classes and numbers of its own, so none sees another's.
 */
let b: ReturnType<typeof testBackend>;
let seed: Awaited<ReturnType<typeof seedRegister>>;

beforeAll(async () => {
  b = testBackend();
  seed = await seedRegister(b);
}, 60_000);

/** Creates students with these names, in this order (the default sort shows the last first). */
async function create(names: string[], overrides: object = {}) {
  const ids: Record<string, number> = {};
  for (const name of names) ids[name] = (await seed.office.caller.call('students.create', seed.studentInput({ name, ...overrides }))).id;
  return ids;
}

async function newClass(name: string) {
  return seed.office.caller.call('classes.create', { name, majorId: seed.major.id, cohortId: seed.cohort.id, headTeacherId: null });
}

const names = async (caller: Caller, input: object) => (await caller.call('students.list', input)).rows.map((r) => r.name);
const office = () => seed.office.caller;

describe('the student list search', () => {
  it('finds the surname 班 by name only, not through every class name holding 班', async () => {
    await create(['班小红', '黄小军', '李班', '王小芳']);
    const found = await office().call('students.list', { q: '班' });
    expect(found.rows.map((r) => r.name)).toEqual(['班小红', '李班']);
    expect(found.total).toBe(2);
  });

  it('matches class names on a longer fragment or one with a digit', async () => {
    const woodwork = await newClass('12级木工班');
    await create(['韦强'], { classId: woodwork.id });
    expect(await names(office(), { q: '木工班' })).toEqual(['韦强']);
    expect(await names(office(), { q: '12级' })).toEqual(['韦强']);
    expect(await names(office(), { q: '木工' })).toEqual([]);
    const inClass = (await office().call('students.list', { classId: seed.klass.id })).total;
    expect(inClass).toBeGreaterThan(0);
    expect((await office().call('students.list', { q: '24汽修' })).total).toBe(inClass);
    expect((await office().call('students.list', { q: '汽修1' })).total).toBe(inClass);
  });

  it('ranks the exact name first, then names starting with the search, then the rest, each in the chosen order', async () => {
    await create(['德华', '德华强', '梁德华', '刘德华']);
    expect(await names(office(), { q: '德华' })).toEqual(['德华', '德华强', '刘德华', '梁德华']);
    // Among equally good matches the chosen order holds: pinyin liang before liu.
    expect(await names(office(), { q: '德华', sort: 'name', dir: 'asc' })).toEqual(['德华', '德华强', '梁德华', '刘德华']);
    expect(await names(office(), { q: '德华', sort: 'name', dir: 'desc' })).toEqual(['德华', '德华强', '刘德华', '梁德华']);
  });

  it('ranks a name match above a match in another field', async () => {
    await create(['李木棉花']);
    const kapok = await newClass('木棉花班');
    await create(['周杰'], { classId: kapok.id });
    expect(await names(office(), { q: '木棉花' })).toEqual(['李木棉花', '周杰']);
  });

  it('sorts 学籍状态 in the order of the statuses, not of their codes', async () => {
    const own = await newClass('状态排序班');
    const ids = await create(['在读生', '休学生', '退学生', '毕业生', '结业生'], { classId: own.id });
    const change = async (name: string, event: 'suspend' | 'withdraw' | 'graduate' | 'complete') => {
      const s = await office().call('students.get', { id: ids[name] });
      await office().call('students.changeStatus', { id: s.id, version: s.version, event, date: '2025-07-01', reason: '测试' });
    };
    await change('休学生', 'suspend');
    await change('退学生', 'withdraw');
    await change('毕业生', 'graduate');
    await change('结业生', 'complete');
    const order = ['在读生', '休学生', '退学生', '毕业生', '结业生'];
    expect(await names(office(), { classId: own.id, sort: 'status', dir: 'asc' })).toEqual(order);
    expect(await names(office(), { classId: own.id, sort: 'status', dir: 'desc' })).toEqual([...order].reverse());
  });

  it('finds a 学号 by its beginning or whole, for every role, and lists it', async () => {
    const own = await newClass('学号班');
    const ids = await create(['吴学号', '郑学号'], { classId: own.id });
    b.opened.sqlite.prepare('UPDATE students SET student_no = ? WHERE id = ?').run('XH2024-017', ids['郑学号']);
    for (const caller of [office(), seed.viewer.caller]) {
      expect(await names(caller, { q: 'XH2024-017' })).toEqual(['郑学号']);
      expect(await names(caller, { q: 'xh2024' })).toEqual(['郑学号']);
      expect(await names(caller, { q: '2024-017' })).toEqual([]);
    }
    const rows = (await office().call('students.list', { classId: own.id, sort: 'studentNo', dir: 'desc' })).rows;
    expect(rows.map((r) => [r.name, r.studentNo])).toEqual([
      ['郑学号', 'XH2024-017'],
      ['吴学号', null],
    ]);
  });
});

describe('searching masked 身份证号', () => {
  // Another region and birth date than the other students', and a check character of X, to see
  // the whole number found whatever case it is typed in.
  const seq = Array.from({ length: 900 }, (_, i) => i + 100).find((n) => makeIdNumber('530102', '20071122', n).endsWith('X'))!;
  const id = makeIdNumber('530102', '20071122', seq);

  beforeAll(async () => {
    const gender = Number(id[16]) % 2 === 1 ? 'M' : 'F';
    await create(['马身份'], { idNumber: id, birthDate: '2007-11-22', gender });
  });

  it('finds by a middle fragment only for roles that see whole numbers', async () => {
    for (const fragment of [id.slice(4, 10), id.slice(6, 14), id.slice(-5), id.slice(-6), id.slice(0, 5), id.slice(6, 10)]) {
      for (const caller of [office(), seed.finance.caller]) expect(await names(caller, { q: fragment }), fragment).toEqual(['马身份']);
      for (const caller of [seed.viewer.caller, seed.c1.caller]) expect(await names(caller, { q: fragment }), fragment).toEqual([]);
    }
  });

  it('finds by the whole number or the 4 characters the mask shows, for every role', async () => {
    for (const caller of [seed.viewer.caller, seed.c1.caller]) {
      for (const q of [id, id.toLowerCase(), id.slice(0, 4), id.slice(-4), id.slice(-4).toLowerCase()]) {
        expect(await names(caller, { q }), q).toEqual(['马身份']);
      }
    }
    // A counsellor still reaches only their own students.
    expect((await seed.c2.caller.call('students.list', { q: id })).total).toBe(0);
  });
});
