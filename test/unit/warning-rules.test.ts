import { describe, expect, it } from 'vitest';
import { previousTermStart, warningReasons } from '../../electron/backend/checkins/warningRules';
import { termOf } from '../../electron/contract/schoolMonths';
import { DEFAULT_WARNING_THRESHOLDS as T, type CheckinPoint } from '../../electron/contract/warnings';

const point = (month: string, p: Partial<CheckinPoint> = {}): CheckinPoint => ({
  month,
  risk: 'normal',
  attendancePct: 96,
  failingCourses: 0,
  moneyTrouble: false,
  familyEvent: '',
  ...p,
});
const rules = (points: CheckinPoint[], expected = points.map((p) => p.month)) => warningReasons(points, expected, T).map((r) => r.rule);

describe('early warning', () => {
  it('stays quiet for a student whose months are all 正常 and present', () => {
    expect(rules([point('2025-09'), point('2025-10'), point('2025-11')])).toEqual([]);
  });

  it('flags 高风险 at once, and 关注 only when it comes twice in a row', () => {
    expect(rules([point('2025-10'), point('2025-11', { risk: 'high' })])).toEqual(['high_now']);
    expect(rules([point('2025-10', { risk: 'watch' }), point('2025-11')])).toEqual([]);
    expect(rules([point('2025-10', { risk: 'watch' }), point('2025-11', { risk: 'watch' })])).toEqual(['watch_twice']);
  });

  it('flags attendance under the threshold, and attendance falling by the set amount over three months', () => {
    expect(rules([point('2025-11', { attendancePct: 79 })])).toEqual(['attendance_low']);
    expect(rules([point('2025-11', { attendancePct: 80 })])).toEqual([]);
    const falling = warningReasons(
      [point('2025-09', { attendancePct: 98 }), point('2025-10', { attendancePct: 90 }), point('2025-11', { attendancePct: 83 })],
      ['2025-09', '2025-10', '2025-11'],
      T,
    );
    expect(falling).toEqual([{ rule: 'attendance_falling', months: ['2025-09', '2025-10', '2025-11'], values: { from: 98, to: 83 } }]);
  });

  it('flags more failing courses than in the term before', () => {
    const points = [point('2025-05', { failingCourses: 1 }), point('2025-06', { failingCourses: 1 }), point('2025-10', { failingCourses: 2 })];
    expect(warningReasons(points, points.map((p) => p.month), T)).toEqual([{ rule: 'more_failing', months: ['2025-10'], values: { now: 2, before: 1 } }]);
    expect(rules([point('2025-05', { failingCourses: 2 }), point('2025-10', { failingCourses: 2 })])).toEqual([]);
  });

  it('flags money trouble only together with a family event', () => {
    expect(rules([point('2025-11', { moneyTrouble: true })])).toEqual([]);
    expect(rules([point('2025-11', { moneyTrouble: true, familyEvent: '父亲住院' })])).toEqual(['money_and_family']);
  });

  it('flags months missed among the last three the student was expected', () => {
    expect(rules([point('2025-09')], ['2025-09', '2025-10', '2025-11'])).toEqual(['missed']);
    expect(rules([point('2025-09'), point('2025-11')], ['2025-09', '2025-10', '2025-11'])).toEqual([]);
  });

  it('puts September to January in the first term and February to August in the second, and finds the term before', () => {
    expect([termOf('2025-09'), termOf('2026-01'), termOf('2026-02'), termOf('2026-08')]).toEqual(['2025-1', '2025-1', '2025-2', '2025-2']);
    expect([previousTermStart('2025-10'), previousTermStart('2026-01'), previousTermStart('2026-03'), previousTermStart('2026-08')]).toEqual([
      '2025-02',
      '2025-02',
      '2025-09',
      '2025-09',
    ]);
  });
});
