import type { Rng } from './prng';

/** Common surnames of the minorities in the partner regions; Han surnames come from the county. */
const ETHNIC_SURNAMES: Readonly<Record<string, readonly string[]>> = {
  壮族: ['黄', '韦', '农', '陆', '覃', '梁', '莫', '蒙', '潘', '李', '罗', '卢', '岑', '凌', '马', '班', '滕', '黄', '韦'],
  瑶族: ['盘', '赵', '邓', '李', '冯', '蓝', '黄', '盘'],
  布依族: ['王', '罗', '韦', '陈', '杨', '吴', '莫', '岑', '黄', '班', '王', '罗'],
  苗族: ['杨', '吴', '龙', '石', '王', '潘', '张', '李', '金', '杨', '吴'],
  水族: ['潘', '韦', '蒙', '吴', '陆', '石', '杨', '潘', '韦'],
  彝族: ['罗', '李', '杨', '王'],
  回族: ['马', '王', '张', '李', '丁'],
};

const MALE = '伟强磊军杰涛鹏俊浩宇志明辉斌华建文海峰林家振国子嘉锐晨豪荣坤东成龙飞航健星宏毅凯彬超勇波永康帅德'.split('');
const FEMALE = '丽娟燕芳敏静婷雪琳玲慧佳欣怡梅霞艳美春秋月晓思雨倩颖萍兰莉丹露洁琪妍媛蓉翠凤秀云'.split('');
const EITHER = '小子文家思嘉晓雨春秋明俊'.split('');

export function surnameFor(rng: Rng, ethnicity: string, hanSurnames: readonly string[]): string {
  const list = ETHNIC_SURNAMES[ethnicity] ?? hanSurnames;
  // Earlier entries are the commoner surnames: favour them.
  return list[Math.floor(list.length * rng.float() ** 1.6)];
}

/** A given name of one or (mostly) two characters. */
export function givenName(rng: Rng, gender: 'M' | 'F'): string {
  const own = gender === 'M' ? MALE : FEMALE;
  if (rng.chance(0.22)) return rng.pick(own);
  const first = rng.chance(0.3) ? rng.pick(EITHER) : rng.pick(own);
  let second = rng.pick(own);
  while (second === first) second = rng.pick(own);
  return first + second;
}

export function personName(rng: Rng, gender: 'M' | 'F', ethnicity: string, hanSurnames: readonly string[]): string {
  return surnameFor(rng, ethnicity, hanSurnames) + givenName(rng, gender);
}

const GUARDIANS = { 父亲: 56, 母亲: 30, 祖父: 4, 祖母: 4, 哥哥: 3, 姐姐: 2, 叔叔: 1 } as const;
const SAME_SURNAME = new Set(['父亲', '祖父', '哥哥', '姐姐', '叔叔']);
const GUARDIAN_GENDER: Record<keyof typeof GUARDIANS, 'M' | 'F'> = { 父亲: 'M', 母亲: 'F', 祖父: 'M', 祖母: 'F', 哥哥: 'M', 姐姐: 'F', 叔叔: 'M' };

/** 监护人: relatives on the father's side share the student's surname. */
export function guardian(rng: Rng, studentSurname: string, ethnicity: string, hanSurnames: readonly string[]) {
  const relation = rng.weighted(GUARDIANS);
  const gender = GUARDIAN_GENDER[relation];
  const surname = SAME_SURNAME.has(relation) ? studentSurname : surnameFor(rng, ethnicity, hanSurnames);
  return { relation, name: surname + givenName(rng, gender) };
}
