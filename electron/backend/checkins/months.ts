import { chinaToday } from '../../contract/dates';
import type { FieldProblem } from '../../contract/problems';
import { monthOf } from '../../contract/schoolMonths';

/** The office's current month (China time). */
export const currentMonth = (now: Date) => monthOf(chinaToday(now));

/** A month that has not come yet has nothing to log or to miss. */
export function futureMonthProblem(month: string, now: Date): FieldProblem | null {
  return month > currentMonth(now) ? { field: 'month', key: 'checkin_month_future', params: { month } } : null;
}
