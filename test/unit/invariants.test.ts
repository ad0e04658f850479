import { describe, expect, it } from 'vitest';
import { handlers } from '../../electron/backend/areas';
import { filtersForAudit } from '../../electron/backend/students/listFilters';
import { majors } from '../../db/schema';
import { seedRegister, testBackend } from '../support/backend';

/** Rules every area relies on, checked where a review found them untested. */
describe('invariants of the backend', () => {
  it('refuses a write that records no audit entry, leaving nothing written', async () => {
    const b = testBackend();
    const { office } = await seedRegister(b);
    const original = handlers['majors.create'];
    // A handler that forgets its audit record, as a careless new area might.
    (handlers as Record<string, unknown>)['majors.create'] = (input: { name: string; code: string }, ctx: { db: typeof b.opened.db }) => {
      ctx.db.insert(majors).values({ ...input, createdAt: 'x', updatedAt: 'x' }).run();
      return { id: 0 };
    };
    try {
      expect((await office.caller.fail('majors.create', { name: '无审计专业', code: '' })).code).toBe('internal');
    } finally {
      (handlers as Record<string, unknown>)['majors.create'] = original;
    }
    expect((await office.caller.call('majors.list', {})).map((m) => m.name)).not.toContain('无审计专业');
  });

  it('keeps a reference record that is in use, and refuses a stale version', async () => {
    const b = testBackend();
    const { office, major, cohort, project, studentInput } = await seedRegister(b);
    await office.caller.call('students.create', studentInput());
    expect((await office.caller.fail('majors.remove', { id: major.id, version: major.version })).code).toBe('in_use');
    expect((await office.caller.fail('cohorts.remove', { id: cohort.id, version: cohort.version })).code).toBe('in_use');
    await office.caller.call('projects.update', { ...project, notes: '第一次修改' });
    const stale = await office.caller.fail('projects.update', { ...project, notes: '基于旧版本的修改' });
    expect(stale.code).toBe('conflict');
    expect((await office.caller.call('projects.list', {}))[0].notes).toBe('第一次修改');
  });

  it('refuses a cohort of another project', async () => {
    const b = testBackend();
    const { office, studentInput } = await seedRegister(b);
    const other = await office.caller.call('projects.create', {
      name: '广东汕尾', partnerProvince: '广东', partnerCity: '汕尾', partnerCounty: '', partnerSchool: '', agreementDate: null, model: '3+2', notes: '',
    });
    const err = await office.caller.fail('students.create', studentInput({ projectId: other.id }));
    expect(err.fields?.map((f) => f.field)).toContain('cohortId');
  });
});

describe('bulk reads in the audit log', () => {
  it('keep the filters set and a searched 身份证号 or phone down to its last 4 digits', () => {
    const none = { projectId: null, cohortId: null, majorId: null, classId: null, counsellorId: null, status: null };
    expect(filtersForAudit({ ...none, q: '45102220080315021X', classId: 3 })).toEqual({ q: '**************021X', classId: 3 });
    expect(filtersForAudit({ ...none, q: '黄小明 138001380001', status: 'enrolled' })).toEqual({ q: '黄小明 ********0001', status: 'enrolled' });
    expect(filtersForAudit({ ...none, q: '' })).toEqual({});
  });
});
