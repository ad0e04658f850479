import { headerKey } from '../../contract/importHeaders';
import { LABELS } from '../../contract/labels';
import { CHANNELS, CONTRACT_KINDS, DESTINATIONS, OUTCOMES } from '../../contract/placements';
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

/** Several words for one code. */
const sameAs = <C extends string>(code: C, ...words: string[]): Record<string, C> => Object.fromEntries(words.map((w) => [w, code]));

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
  // 就业（签订劳动合同） compares as 就业: a graduate workbook's 就业 is employment at an employer.
  outcome: choices(OUTCOMES, LABELS.outcome, {
    ...sameAs('contract', '签约', '已就业', '签约就业', '协议就业', '合同就业', '单位就业', '签订劳动合同'),
    灵活: 'flexible',
    ...sameAs('self_employed', '创业', '个体经营', '自主经营'),
    ...sameAs('further_study', '读大专', '继续深造', '深造', '升学深造', '升入高一级学校', '升读大专'),
    ...sameAs('military', '入伍', '应征入伍', '服兵役'),
    ...sameAs('abroad', '出境', '境外就业'),
    ...sameAs('unemployed', '待业', '暂未就业', '失业'),
    其它: 'other',
  }),
  // Graduates' first contracts are fixed-term: a sheet that only says a contract was signed (是, 已签) means that one.
  contractKind: choices(CONTRACT_KINDS, LABELS.contractKind, {
    ...sameAs('fixed', '有固定期限', '固定期限劳动合同', '已签', '已签订', '签订', '是', '有'),
    ...sameAs('open', '无固定期限劳动合同', '长期'),
    ...sameAs('none', '未签', '未签订', '无合同', '无', '否', '没有'),
  }),
  // The provincial form's 中介 has no code of its own: it counts as 其他.
  channel: choices(CHANNELS, LABELS.channel, {
    ...sameAs('school', '学校', '推荐', '学校安排', '学校介绍', '校园招聘', '校招', '校企合作'),
    ...sameAs('self', '自主', '自荐', '自己找', '自谋职业', '网络招聘'),
    ...sameAs('other', '其它', '中介', '亲友介绍'),
  }),
  destination: choices(DESTINATIONS, LABELS.destination, {
    ...sameAs('shenzhen', '深圳', '在深', '留深就业'),
    ...sameAs('home', '返乡', '回乡就业', '回原籍'),
    ...sameAs('other', '其它', '异地'),
  }),
  /** 专业对口, 社保: yes or no, as offices tick them */
  yesNo: new Map<string, boolean>([
    ...['是', '有', '对口', '已缴', '已缴纳', 'y', 'yes', 'true', '1', '√'].map((w): [string, boolean] => [w, true]),
    ...['否', '无', '不对口', '未缴', '未缴纳', '没有', 'n', 'no', 'false', '0', '×'].map((w): [string, boolean] => [w, false]),
  ]),
};

export type ChoiceField = keyof typeof CHOICES;

/** The value a word stands for in a coded field, undefined when it is none of them. */
export const choose = <F extends ChoiceField>(field: F, word: string) =>
  CHOICES[field].get(headerKey(word)) as (typeof CHOICES)[F] extends Map<string, infer V> ? V | undefined : never;
