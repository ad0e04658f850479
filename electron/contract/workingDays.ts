import calendar from 'chinese-days/dist/chinese-days.json';
import { addDays } from './dates';

/**
 * Working days (工作日) in mainland China: Monday to Friday, less the public holidays, plus the
 * weekend days worked in lieu (调休上班), as the State Council announces them each year. The
 * announcements come from the chinese-days package's data; its day-of-week logic reads the host's
 * time zone, so the weekdays are worked out here from the calendar date alone.
 */
const holidays = new Set(Object.keys(calendar.holidays));
const workedWeekends = new Set(Object.keys(calendar.workdays));

/** The last year whose holiday arrangement is known; later years count weekends only. */
export const HOLIDAYS_KNOWN_THROUGH = Number([...holidays].sort().at(-1)!.slice(0, 4));

export function isWorkingDay(day: string): boolean {
  if (holidays.has(day)) return false;
  if (workedWeekends.has(day)) return true;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

export const dayAfter = (day: string): string => addDays(day, 1);

/**
 * The last day of a notice posted on `from` for `days` working days: `from` counts when it is a
 * working day (posted on a Monday for 5 days, the notice ends that Friday).
 */
export function noticeEnds(from: string, days: number): string {
  let day = from;
  let counted = isWorkingDay(day) ? 1 : 0;
  while (counted < days) {
    day = dayAfter(day);
    if (isWorkingDay(day)) counted++;
  }
  return day;
}
