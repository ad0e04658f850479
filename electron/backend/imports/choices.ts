import { headerKey } from '../../contract/importHeaders';
import { LABELS } from '../../contract/labels';
import { GENDERS, LEVELS, POVERTY_STATUSES, PRIOR_EDUCATIONS, STATUSES } from '../../contract/students';

/**
 * The words a sheet may use for a coded field: the app's own in either language (as the template's
 * lists and the export write them), the code itself, and what offices were seen to write besides.
 * Compared as headers are (no spaces or brackets, lower case), so 预备技师 matches 预备技师（技师）.
 */
function choices<C extends string>(codes: readonly C[], words: Record<C, { zh: string; en: string }>, extra: Record<string, C> = {}): Map<string, C> {
  const map = new Map<string, C>();
  for (const code of codes) for (const word of [code, words[code].zh, words[code].en]) map.set(headerKey(word), code);
  for (const [word, code] of Object.entries(extra)) map.set(headerKey(word), code);
  return map;
}

export const CHOICES = {
  gender: choices(GENDERS, LABELS.gender, { 男性: 'M', 女性: 'F' }),
  povertyStatus: choices(POVERTY_STATUSES, LABELS.povertyStatus, { 建档立卡户: 'registered', 建档立卡贫困户: 'registered', 低保户: 'dibao', 特困户: 'tekun', 监测户: 'monitored' }),
  priorEducation: choices(PRIOR_EDUCATIONS, LABELS.priorEducation, { 初中毕业: 'junior', 高中毕业: 'senior' }),
  level: choices(LEVELS, LABELS.level, { 中级: 'intermediate', 高级: 'advanced', 技师: 'technician', 预备技师: 'technician' }),
  status: choices(STATUSES, LABELS.status, { 退学: 'withdrawn', 流失: 'withdrawn' }),
  dormitory: new Map<string, boolean>([
    ...['是', '住校', 'y', 'yes', 'true', '1'].map((w): [string, boolean] => [w, true]),
    ...['否', '走读', 'n', 'no', 'false', '0'].map((w): [string, boolean] => [w, false]),
  ]),
};

export type ChoiceField = keyof typeof CHOICES;

/** The value a word stands for in a coded field, undefined when it is none of them. */
export const choose = <F extends ChoiceField>(field: F, word: string) =>
  CHOICES[field].get(headerKey(word)) as (typeof CHOICES)[F] extends Map<string, infer V> ? V | undefined : never;
