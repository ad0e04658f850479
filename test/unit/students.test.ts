import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/rpc/dispatch';
import { nameKeys } from '../../electron/backend/students/pinyin';
import { seedRegister, testBackend } from '../support/backend';

describe('student names', () => {
  it('get pinyin keys that read surnames as surnames', async () => {
    expect(nameKeys('黄小明')).toEqual({ namePinyin: 'huang xiao ming', nameInitials: 'hxm' });
    expect(nameKeys('单雄信').namePinyin).toBe('shan xiong xin');
    expect(nameKeys('吕雪').namePinyin).toBe('lv xue');
  });

  it('sort by pinyin and are found by their initials or pinyin', async () => {
    const b = testBackend();
    const { office, studentInput } = await seedRegister(b);
    for (const name of ['周杰', '阿布', '王芳', '黄小明', '刘德']) await office.caller.call('students.create', studentInput({ name }));
    const sorted = (await office.caller.call('students.list', { sort: 'name', dir: 'asc' })).rows.map((r) => r.name);
    expect(sorted).toEqual(['阿布', '黄小明', '刘德', '王芳', '周杰']);
    expect((await office.caller.call('students.list', { q: 'hxm' })).rows.map((r) => r.name)).toEqual(['黄小明']);
    expect((await office.caller.call('students.list', { q: 'HuangXiao' })).rows.map((r) => r.name)).toEqual(['黄小明']);
    expect((await office.caller.call('students.list', { q: '小明' })).rows.map((r) => r.name)).toEqual(['黄小明']);
    // LIKE wildcards typed into the search box are taken literally.
    expect((await office.caller.call('students.list', { q: '%' })).total).toBe(0);
    expect((await office.caller.call('students.list', { q: '_' })).total).toBe(0);
    // The same query shape with other values gives other answers (prepared statements are reused, not their results).
    expect((await office.caller.call('students.list', { q: '王芳' })).rows.map((r) => r.name)).toEqual(['王芳']);
  });

  it('keep their pinyin keys when renamed, and get them filled in for rows saved before the keys existed', async () => {
    const b = testBackend();
    const { office, studentInput } = await seedRegister(b);
    const s = await office.caller.call('students.create', studentInput({ name: '王芳' }));
    const { id, version, sensitiveMasked: _m, status: _s, statusDate: _d, projectName: _p, cohortName: _c, majorName: _mj, className: _cl, counsellorName: _cn, createdAt: _ca, updatedAt: _u, ...fields } =
      await office.caller.call('students.get', { id: s.id });
    await office.caller.call('students.update', { ...fields, id, version, name: '李芳' });
    const keys = () => b.opened.sqlite.prepare('SELECT name_pinyin AS p, name_initials AS i FROM students WHERE id = ?').get(s.id);
    expect(keys()).toEqual({ p: 'li fang', i: 'lf' });

    b.opened.sqlite.prepare("UPDATE students SET name_pinyin = '', name_initials = ''").run();
    createBackend(b.opened);
    expect(keys()).toEqual({ p: 'li fang', i: 'lf' });
  });
});
