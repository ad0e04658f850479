import { beforeAll, describe, expect, it } from 'vitest';
import type { BulkPreview } from '../../electron/contract/bulk';
import { seedRegister, testBackend } from '../support/backend';

type Seed = Awaited<ReturnType<typeof seedRegister>>;

// One register for the file (signing its accounts in is the slow part); each test works in classes of its own.
let b: ReturnType<typeof testBackend>;
let seed: Seed;
beforeAll(async () => {
  b = testBackend();
  seed = await seedRegister(b);
});

let classNo = 0;
/** A new class of `size` of the 2024 cohort, in school since 2024-09-01, the first `withdrawn` of them withdrawn in March 2025. */
async function classOf(size: number, withdrawn = 0) {
  const klass = await seed.office.caller.call('classes.create', { name: `24汽修${++classNo}0班`, majorId: seed.major.id, cohortId: seed.cohort.id, headTeacherId: null });
  const ids: number[] = [];
  for (let i = 0; i < size; i++) ids.push((await seed.office.caller.call('students.create', seed.studentInput({ name: `学生${i}`, classId: klass.id }))).id);
  for (const id of ids.slice(0, withdrawn)) {
    await seed.office.caller.call('students.changeStatus', { id, version: 1, event: 'withdraw', date: '2025-03-01', reason: '家庭原因' });
  }
  return { klass, ids };
}

const bulkEntries = async () => (await seed.admin.call('audit.list', { entity: 'student', pageSize: 200 })).rows.filter((e) => e.action.startsWith('bulk_'));

const graduate = { kind: 'status', event: 'graduate', date: '2026-07-01', reason: '修完学业，准予毕业' } as const;
const expectedOf = (p: BulkPreview) => p.willChange.map(({ id, version }) => ({ id, version }));

describe('bulk changes to the register', () => {
  it('graduate a class: the preview names who changes and who cannot, and the apply is one audit entry listing them', async () => {
    const { klass, ids } = await classOf(40, 2);
    const selection = { filter: { classId: klass.id } };
    const preview = await seed.office.caller.call('students.bulkPreview', { selection, action: graduate });
    expect(preview.willChange).toHaveLength(38);
    expect(preview.willChange[0]).toMatchObject({ className: klass.name, from: '在读', to: '毕业' });
    expect(preview.cannotChange.map((r) => [r.id, r.reason])).toEqual(
      ids.slice(0, 2).map((id) => [id, '当前状态“退学/流失”不能办理“毕业”']),
    );

    const { changed } = await seed.office.caller.call('students.bulkApply', { selection, action: graduate, expected: expectedOf(preview) });
    expect(changed).toBe(38);
    const list = await seed.office.caller.call('students.list', { classId: klass.id, pageSize: 100 });
    expect(list.rows.filter((r) => r.status === 'graduated')).toHaveLength(38);
    expect(list.rows.filter((r) => r.status === 'withdrawn')).toHaveLength(2);
    const history = await seed.office.caller.call('students.history', { id: ids[2] });
    expect(history[0]).toMatchObject({ event: 'graduate', fromStatus: 'enrolled', toStatus: 'graduated', date: '2026-07-01', userName: '帮扶办李老师' });
    expect((await seed.office.caller.call('students.get', { id: ids[2] })).statusDate).toBe('2026-07-01');

    const bulk = await bulkEntries();
    expect(bulk).toHaveLength(1);
    expect(bulk[0]).toMatchObject({ action: 'bulk_status', entityId: null, userName: '帮扶办李老师' });
    expect(bulk[0].after).toMatchObject({ event: 'graduate', status: 'graduated', date: '2026-07-01', count: 38 });
    expect(bulk[0].after!.studentIds).toEqual(preview.willChange.map((c) => c.id));
    expect(bulk[0].after!.studentNames).toEqual(preview.willChange.map((c) => c.name));
  });

  it('refuse the whole apply when a student changed after the preview, writing nothing', async () => {
    const { klass, ids } = await classOf(5);
    const selection = { ids };
    const entries = (await bulkEntries()).length;
    const preview = await seed.office.caller.call('students.bulkPreview', { selection, action: graduate });
    // Someone else suspends one of them meanwhile.
    await seed.admin.call('students.changeStatus', { id: ids[3], version: 1, event: 'suspend', date: '2026-05-01', reason: '病假' });
    const error = await seed.office.caller.fail('students.bulkApply', { selection, action: graduate, expected: expectedOf(preview) });
    expect(error.code).toBe('preview_stale');
    expect(error.message).toBe('预览之后，学生3等 1 名学生的记录有变动，未做任何更改。请重新预览后再确认');
    const statuses = (await seed.office.caller.call('students.list', { classId: klass.id })).rows.map((r) => r.status);
    expect(statuses.sort()).toEqual(['enrolled', 'enrolled', 'enrolled', 'enrolled', 'suspended']);
    expect(await bulkEntries()).toHaveLength(entries);

    // A student a filter finds only since the preview is not silently included either.
    const filter = { selection: { filter: { classId: klass.id } }, action: { kind: 'assignCounsellor', counsellorId: seed.c2.user.id } } as const;
    const before = await seed.office.caller.call('students.bulkPreview', filter);
    await seed.office.caller.call('students.create', seed.studentInput({ name: '新来的', classId: klass.id }));
    expect((await seed.office.caller.fail('students.bulkApply', { ...filter, expected: expectedOf(before) })).code).toBe('preview_stale');
  });

  it('check dates as a single change does: not after today, not before a student’s last change', async () => {
    const { klass, ids } = await classOf(3);
    await seed.office.caller.call('students.changeStatus', { id: ids[0], version: 1, event: 'suspend', date: '2026-03-01', reason: '病假' });
    await seed.office.caller.call('students.changeStatus', { id: ids[0], version: 2, event: 'resume', date: '2026-09-01', reason: '康复' });
    const selection = { ids };
    const future = await seed.office.caller.fail('students.bulkPreview', { selection, action: { ...graduate, date: '2026-11-24' } });
    expect(future.fields).toEqual([{ field: 'action.date', message: '日期不能晚于今天（2026-11-23）', params: { today: '2026-11-23' } }]);
    const preview = await seed.office.caller.call('students.bulkPreview', { selection, action: graduate });
    expect(preview.willChange.map((c) => c.id)).toEqual(ids.slice(1));
    expect(preview.cannotChange).toEqual([{ id: ids[0], name: '学生0', className: klass.name, reason: '日期不能早于上次状态变动日期 2026-09-01' }]);
  });

  it('are refused to counsellors', async () => {
    const { klass, ids } = await classOf(2);
    const request = { selection: { ids }, action: graduate };
    expect((await seed.c1.caller.fail('students.bulkPreview', request)).code).toBe('forbidden');
    expect((await seed.c1.caller.fail('students.bulkApply', { ...request, expected: ids.map((id) => ({ id, version: 1 })) })).code).toBe('forbidden');
    expect((await seed.office.caller.call('students.list', { classId: klass.id })).rows.every((r) => r.status === 'enrolled')).toBe(true);
  });

  it('move to a class only the students of its cohort, naming the others and why', async () => {
    const { klass, ids } = await classOf(3);
    const cohort25 = await seed.office.caller.call('cohorts.create', { projectId: seed.project.id, intakeYear: 2025, name: '2025级', plannedSize: 40 });
    const class25 = await seed.office.caller.call('classes.create', { name: '25汽修1班', majorId: seed.major.id, cohortId: cohort25.id, headTeacherId: null });
    const newcomer = await seed.office.caller.call('students.create', seed.studentInput({ name: '新生', cohortId: cohort25.id, classId: class25.id, enrolmentDate: '2025-09-01' }));
    const class24b = await seed.office.caller.call('classes.create', { name: '24汽修2班', majorId: seed.major.id, cohortId: seed.cohort.id, headTeacherId: null });
    const selection = { ids: [...ids, newcomer.id] };

    const into25 = await seed.office.caller.call('students.bulkPreview', { selection, action: { kind: 'moveClass', classId: class25.id } });
    expect(into25.willChange).toEqual([]);
    expect(into25.cannotChange.map((r) => r.reason)).toEqual([...ids.map(() => '所选班级属于另一批次（2025级）'), '已在25汽修1班']);

    const action = { kind: 'moveClass', classId: class24b.id } as const;
    const preview = await seed.office.caller.call('students.bulkPreview', { selection, action });
    expect(preview.willChange.map((c) => [c.id, c.from, c.to])).toEqual(ids.map((id) => [id, klass.name, '24汽修2班']));
    expect(preview.cannotChange).toEqual([{ id: newcomer.id, name: '新生', className: '25汽修1班', reason: '所选班级属于另一批次（2024级）' }]);
    await seed.admin.call('students.bulkApply', { selection, action, expected: expectedOf(preview) });
    expect((await seed.office.caller.call('students.list', { classId: class24b.id })).total).toBe(3);
    const [entry] = await bulkEntries();
    expect(entry).toMatchObject({ action: 'bulk_class', after: { classId: class24b.id, count: 3 } });

    // A later save from a form read before the move names the move's author (not the office, who created the student).
    const { id, version: _v, sensitiveMasked: _m, status: _s, statusDate: _d, projectName: _p, cohortName: _c, majorName: _mj, className: _cl, counsellorName: _cn, createdAt: _ca, updatedAt: _u, ...fields } =
      await seed.office.caller.call('students.get', { id: ids[0] });
    const stale = await seed.office.caller.fail('students.update', { ...fields, id, version: 1, notes: '旧表单' });
    expect(stale.message).toMatch(/^该记录已被管理员于/);
  });

  it('assign a counsellor, skipping students already theirs; only a counsellor can be assigned', async () => {
    const { ids } = await classOf(3);
    await seed.office.caller.call('students.bulkApply', {
      selection: { ids: [ids[0]] },
      action: { kind: 'assignCounsellor', counsellorId: seed.c2.user.id },
      expected: [{ id: ids[0], version: 1 }],
    });
    const action = { kind: 'assignCounsellor', counsellorId: seed.c2.user.id } as const;
    const preview = await seed.office.caller.call('students.bulkPreview', { selection: { ids }, action });
    expect(preview.cannotChange.map((r) => [r.id, r.reason])).toEqual([[ids[0], '班主任已是赵老师']]);
    expect(preview.willChange.map((c) => [c.from, c.to])).toEqual([['王老师', '赵老师'], ['王老师', '赵老师']]);
    const notCounsellor = await seed.office.caller.fail('students.bulkPreview', { selection: { ids }, action: { ...action, counsellorId: seed.office.user.id } });
    expect(notCounsellor.field).toBe('action.counsellorId');
  });

  it('select by filter exactly the students the list shows with that filter', async () => {
    const class2 = await seed.office.caller.call('classes.create', { name: '24汽修3班', majorId: seed.major.id, cohortId: seed.cohort.id, headTeacherId: null });
    for (const [i, name] of ['黄小明', '黄大明', '李芳', '王强', '周杰'].entries()) {
      const s = await seed.office.caller.call('students.create', seed.studentInput({ name, classId: i % 2 ? class2.id : seed.klass.id, counsellorId: i < 3 ? seed.c1.user.id : null }));
      if (i === 4) await seed.office.caller.call('students.changeStatus', { id: s.id, version: 1, event: 'suspend', date: '2026-01-05', reason: '病假' });
    }
    const action = { kind: 'assignCounsellor', counsellorId: seed.c2.user.id } as const;
    for (const filter of [{}, { classId: class2.id }, { q: '黄' }, { q: 'hdm' }, { status: 'suspended' as const }, { counsellorId: seed.c1.user.id, classId: seed.klass.id }]) {
      const listed = (await seed.office.caller.call('students.list', { ...filter, pageSize: 200 })).rows.map((r) => r.id);
      const preview = await seed.office.caller.call('students.bulkPreview', { selection: { filter }, action });
      const selected = [...preview.willChange, ...preview.cannotChange].map((r) => r.id);
      expect(selected.sort(), JSON.stringify(filter)).toEqual(listed.sort());
    }
  });
});
