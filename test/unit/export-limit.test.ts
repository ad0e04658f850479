import { beforeAll, describe, expect, it, vi } from 'vitest';
import { seedRegister, testBackend } from '../support/backend';

// The limit as it would be met with three students, rather than 200,000.
vi.mock('../../electron/contract/export', async (original) => ({ ...(await original<object>()), EXPORT_MAX_ROWS: 2 }));

let seed: Awaited<ReturnType<typeof seedRegister>>;

beforeAll(async () => {
  seed = await seedRegister(testBackend());
  for (const name of ['黄一', '黄二', '李三']) await seed.office.caller.call('students.create', seed.studentInput({ name }));
}, 60_000);

describe('the size of an export', () => {
  it('is refused past the limit, saying how many the filter finds, and nothing is logged', async () => {
    const refused = await seed.office.caller.fail('students.export', {});
    expect(refused.fields).toEqual([expect.objectContaining({ field: 'filter', message: '一次最多导出 2 条记录，当前筛选出 3 条，请缩小筛选范围（如按日期）' })]);
    const log = await seed.admin.call('audit.list', { entity: 'student' });
    expect(log.rows.filter((e) => e.action === 'export')).toEqual([]);
    expect((await seed.admin.fail('audit.export', {})).fields?.[0].field).toBe('filter');
  });

  it('goes through once the filter narrows it', async () => {
    expect((await seed.office.caller.call('students.export', { q: '黄' })).rows).toBe(2);
  });
});
