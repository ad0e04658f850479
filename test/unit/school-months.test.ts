import { describe, expect, it } from 'vitest';
import { addMonths, monthsBetween, schoolMonths, type StatusStep } from '../../electron/contract/schoolMonths';

const ALL_YEAR = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const CALENDAR = [1, 3, 4, 5, 6, 9, 10, 11, 12];
const enrol = (date: string): StatusStep => ({ toStatus: 'enrolled', date });
const to = (toStatus: StatusStep['toStatus'], date: string): StatusStep => ({ toStatus, date });

describe('the months a student counts as in school', () => {
  it('start with the month of enrolment, and none before it', () => {
    expect(schoolMonths([enrol('2024-09-15')], ALL_YEAR, '2024-06', '2024-11')).toEqual(['2024-09', '2024-10', '2024-11']);
  });

  it('leave out the calendar’s breaks', () => {
    expect(schoolMonths([enrol('2024-09-01')], CALENDAR, '2024-09', '2025-09')).toEqual([
      '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-03', '2025-04', '2025-05', '2025-06', '2025-09',
    ]);
  });

  it('leave out the months on leave, keeping the months of leaving and of coming back', () => {
    const steps = [enrol('2023-09-01'), to('suspended', '2024-03-10'), to('enrolled', '2024-06-20')];
    expect(schoolMonths(steps, ALL_YEAR, '2024-02', '2024-07')).toEqual(['2024-02', '2024-03', '2024-06', '2024-07']);
  });

  it('end with the month the student leaves, graduates or completes', () => {
    for (const status of ['withdrawn', 'graduated', 'completed'] as const) {
      const steps = [enrol('2023-09-01'), to(status, '2024-03-10')];
      expect(schoolMonths(steps, ALL_YEAR, '2024-01', '2024-06')).toEqual(['2024-01', '2024-02', '2024-03']);
    }
  });

  it('hold a leave that begins and ends in one month as in school that month', () => {
    const steps = [enrol('2023-09-01'), to('suspended', '2024-03-02'), to('enrolled', '2024-03-28')];
    expect(schoolMonths(steps, ALL_YEAR, '2024-03', '2024-04')).toEqual(['2024-03', '2024-04']);
  });

  it('are none for a student with no history, or asked about a range before enrolment', () => {
    expect(schoolMonths([], ALL_YEAR, '2024-01', '2024-12')).toEqual([]);
    expect(schoolMonths([enrol('2025-09-01')], ALL_YEAR, '2024-01', '2024-12')).toEqual([]);
  });
});

describe('month arithmetic', () => {
  it('crosses years both ways', () => {
    expect(addMonths('2024-11', 3)).toBe('2025-02');
    expect(addMonths('2025-02', -3)).toBe('2024-11');
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsBetween('2025-02', '2024-11')).toEqual([]);
  });
});
