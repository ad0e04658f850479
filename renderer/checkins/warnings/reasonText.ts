import type { TFunction } from 'i18next';
import type { WarningReason } from '../../../electron/contract/warnings';
import { monthLabel } from '../shared/months';

/** A flag's reason as the office reads it: the rule, its figures and its months. */
export function reasonText(t: TFunction<'checkins'>, reason: WarningReason, locale: string): string {
  const months = reason.months.map((m) => monthLabel(m, locale)).join(locale === 'en' ? ', ' : '、');
  return t(`warnings.reason.${reason.rule}`, { months, ...reason.values });
}
