import { describe, expect, it } from 'vitest';
import { changesOf, fieldLabel, formatValue, recordLink } from '../../renderer/settings/audit/auditLabels';
import i18next from '../../renderer/i18n';

/** The audit log's words for what entries hold, without a browser (the label functions are pure over the catalogs). */
describe('audit log labels', () => {
  const format = (key: string, v: unknown) =>
    formatValue({ entity: 'student', t: i18next.getFixedT(null, 'settings'), tc: i18next.getFixedT(null, 'common'), names: {} }, key, v);

  it('label a status change’s keys and show its codes in words', async () => {
    await i18next.changeLanguage('zh-CN');
    const changes = changesOf({ status: 'enrolled' }, { status: 'suspended', event: 'suspend', date: '2025-03-01', reason: '家中有事' });
    expect(changes.map((c) => fieldLabel('student', c.key))).toEqual(['学籍状态', '办理事项', '变动日期', '原因']);
    expect(format('status', 'suspended')).toBe('休学');
    expect(format('event', 'suspend')).toBe('休学');
  });

  it('show a bulk change as its students’ names and what they were given, not their ids', async () => {
    await i18next.changeLanguage('zh-CN');
    const changes = changesOf(null, { event: 'graduate', status: 'graduated', count: 2, studentNames: ['黄小明', '李芳'], studentIds: [4, 9] });
    expect(changes.map((c) => fieldLabel('student', c.key))).toEqual(['办理事项', '学籍状态', '人数', '学生']);
    expect(format('studentNames', ['黄小明', '李芳'])).toBe('黄小明、李芳');
  });

  it('show amounts logged in fen as yuan', async () => {
    await i18next.changeLanguage('zh-CN');
    expect(format('totalFen', 1_234_50)).toBe('¥1,234.50');
    expect(format('amountFen', -10_000)).toBe('¥-100.00');
    expect(format('lines', 12)).toBe('12');
  });

  it('label them in English too', async () => {
    await i18next.changeLanguage('en');
    expect(['event', 'date', 'reason', 'status'].map((k) => fieldLabel('student', k))).toEqual(['Event', 'Date of change', 'Reason', 'Status']);
    expect(format('event', 'withdraw')).toBe('Withdraw');
    await i18next.changeLanguage('zh-CN');
  });

  it('link an entry to where its record is shown', async () => {
    expect(recordLink({ entity: 'student', entityId: 5, entityName: '黄小明' })).toBe('/students/5');
    expect(recordLink({ entity: 'user', entityId: 2, entityName: '王老师' })).toBe('/settings/users');
    expect(recordLink({ entity: 'cohort', entityId: 3, entityName: '广西百色 2024级' })).toBe('/settings/projects');
    expect(recordLink({ entity: 'settings', entityId: null, entityName: null })).toBe('/settings/general');
    // Deleted: nothing left to link to.
    expect(recordLink({ entity: 'student', entityId: 5, entityName: null })).toBeNull();
  });
});
