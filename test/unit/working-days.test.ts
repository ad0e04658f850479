import { describe, expect, it } from 'vitest';
import { isWorkingDay, noticeEnds } from '../../electron/contract/workingDays';

describe('working days (工作日) of a public notice', () => {
  it('knows weekends, public holidays and the weekends worked in lieu (调休)', () => {
    expect(isWorkingDay('2026-12-04')).toBe(true); // Friday
    expect(isWorkingDay('2026-12-05')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-06')).toBe(false); // Sunday
    expect(isWorkingDay('2026-10-01')).toBe(false); // 国庆节
    expect(isWorkingDay('2026-10-07')).toBe(false);
    expect(isWorkingDay('2026-10-10')).toBe(true); // a Saturday worked for the holiday
    expect(isWorkingDay('2026-02-14')).toBe(true); // a Saturday worked for 春节
    expect(isWorkingDay('2026-02-17')).toBe(false); // 春节, a Tuesday
  });

  it('counts five working days from the day the notice went up', () => {
    // Up on a Monday: ends that Friday.
    expect(noticeEnds('2026-11-23', 5)).toBe('2026-11-27');
    // Up on a Saturday: the count starts on Monday.
    expect(noticeEnds('2026-11-28', 5)).toBe('2026-12-04');
    // Up on the Monday before 国庆: three days, the holiday week, then Thursday and Friday.
    expect(noticeEnds('2026-09-28', 5)).toBe('2026-10-09');
    expect(noticeEnds('2026-11-26', 1)).toBe('2026-11-26');
  });
});
