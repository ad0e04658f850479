/**
 * The programme as the domain brief (seed 000) tells it: projects, intakes and sizes, partner
 * schools, majors. Where the seeds give only a total (黔南 2012–13, 汕尾 2014–19) the split
 * over years is ours; the intakes after 2019 are invented (see `intakesAsOf`); everything else is
 * from the brief.
 */
import type { PROJECT_MODELS } from '../../contract/org';
import type { LEVELS, PRIOR_EDUCATIONS } from '../../contract/students';
import { Rng } from './prng';
import type { CountyKey } from './regions';

type Level = (typeof LEVELS)[number];
type Prior = (typeof PRIOR_EDUCATIONS)[number];

export const MAJORS = {
  模具技术: '模具',
  眼视光技术: '眼视光',
  自动化应用与维护: '自动化',
  汽车技术服务与营销: '汽车营销',
  楼宇智能化技术: '楼宇智能',
  '烹饪（粤菜师傅）': '烹饪',
  电子商务: '电商',
  汽车维修: '汽修',
  汽车钣金: '钣金',
  木工: '木工',
} as const;
export type MajorName = keyof typeof MAJORS;

/** Share of girls by major, so a 汽车钣金 class is mostly boys and 眼视光 mostly girls. */
export const FEMALE_SHARE: Record<MajorName, number> = {
  模具技术: 0.1,
  眼视光技术: 0.6,
  自动化应用与维护: 0.15,
  汽车技术服务与营销: 0.35,
  楼宇智能化技术: 0.15,
  '烹饪（粤菜师傅）': 0.35,
  电子商务: 0.55,
  汽车维修: 0.05,
  汽车钣金: 0.05,
  木工: 0.1,
};

/**
 * Years of study by level and entry (技工院校 rules): 初中起点 中级工 3 / 高级工 5,
 * 高中起点 高级工 3 / 预备技师 4.
 */
export function courseYears(level: Level, prior: Prior): number {
  if (level === 'intermediate') return 3;
  if (level === 'advanced') return prior === 'junior' ? 5 : 3;
  return 4;
}

/** One intake route: a partner school or home area, with its counties and majors. */
export interface Stream {
  weight: number;
  counties: Partial<Record<CountyKey, number>>;
  majors: Partial<Record<MajorName, number>>;
}

export interface ProjectSpec {
  name: string;
  partnerProvince: string;
  partnerCity: string;
  partnerCounty: string;
  partnerSchool: string;
  model: (typeof PROJECT_MODELS)[number];
  notes: string;
  intakes: readonly { year: number; size: number }[];
  streams: readonly Stream[];
  /** entry education (初中/高中) with its share, and the levels open to it */
  entry: readonly { prior: Prior; share: number; levels: Partial<Record<Level, number>> }[];
  /** of a finished cohort: share who left early (退学/流失) and who got 结业 instead of 毕业 */
  withdrawRate: number;
  completeRate: number;
}

export const PROJECTS: readonly ProjectSpec[] = [
  {
    name: '广东廉江',
    partnerProvince: '广东省',
    partnerCity: '湛江市',
    partnerCounty: '廉江市',
    partnerSchool: '',
    model: 'full_time',
    notes: '2011年启动对口廉江扶贫招生，2012年招收帮扶生17名（初中毕业15名、高中毕业2名），分布于模具技术、眼视光技术、自动化应用与维护等9个专业方向。',
    intakes: [{ year: 2012, size: 17 }],
    streams: [
      {
        weight: 1,
        counties: { lianjiang: 1 },
        majors: { 模具技术: 3, 眼视光技术: 2, 自动化应用与维护: 3, 汽车维修: 2, 电子商务: 1, '烹饪（粤菜师傅）': 1, 楼宇智能化技术: 1, 汽车钣金: 1, 木工: 1 },
      },
    ],
    entry: [{ prior: 'junior', share: 15, levels: { intermediate: 1, advanced: 2 } }, { prior: 'senior', share: 2, levels: { advanced: 1 } }],
    withdrawRate: 0.12,
    completeRate: 0.12,
  },
  {
    name: '贵州黔南',
    partnerProvince: '贵州省',
    partnerCity: '黔南布依族苗族自治州',
    partnerCounty: '都匀市',
    partnerSchool: '黔南民族医学高等专科学校（黔南州技工学校）',
    model: '1+2',
    notes: '“1+2”全日制合作培养：第一年在黔南州技工学校，后两年来深就读。',
    intakes: [
      { year: 2012, size: 68 },
      { year: 2013, size: 75 },
    ],
    streams: [
      {
        weight: 1,
        counties: { duyun: 3, libo: 1, dushan: 1.5, pingtang: 1, luodian: 1.5, changshun: 1, huishui: 1.5, sandu: 1.5 },
        majors: { 汽车维修: 3, 模具技术: 2, 自动化应用与维护: 2, 电子商务: 2, 木工: 1 },
      },
    ],
    // "1+2" is a three-year course whatever the entry.
    entry: [{ prior: 'junior', share: 7, levels: { intermediate: 1 } }, { prior: 'senior', share: 3, levels: { advanced: 1 } }],
    withdrawRate: 0.12,
    completeRate: 0.1,
  },
  {
    name: '广东汕尾',
    partnerProvince: '广东省',
    partnerCity: '汕尾市',
    partnerCounty: '陆丰市、海丰县',
    partnerSchool: '陆丰市技工学校、海丰县中等职业技术学校',
    model: '3+2',
    notes: '高级技工班“3+2”合作培养。与陆丰市技工学校合办汽车维修、汽车钣金、电子商务，与海丰县中等职业技术学校合办烹饪、眼视光、电子商务。',
    intakes: [
      { year: 2014, size: 80 },
      { year: 2015, size: 96 },
      { year: 2016, size: 110 },
      { year: 2017, size: 120 },
      { year: 2018, size: 128 },
      { year: 2019, size: 134 },
    ],
    streams: [
      { weight: 55, counties: { lufeng: 1 }, majors: { 汽车维修: 3, 汽车钣金: 2, 电子商务: 2 } },
      { weight: 45, counties: { haifeng: 1 }, majors: { '烹饪（粤菜师傅）': 3, 眼视光技术: 2, 电子商务: 2 } },
    ],
    entry: [{ prior: 'junior', share: 1, levels: { advanced: 1 } }],
    withdrawRate: 0.05,
    completeRate: 0.03,
  },
  {
    name: '湖北郧西',
    partnerProvince: '湖北省',
    partnerCity: '十堰市',
    partnerCounty: '郧西县',
    partnerSchool: '',
    model: 'full_time',
    notes: '“两后生”来深技能培养项目，2016年实际招收51人，无一流失。',
    intakes: [{ year: 2016, size: 51 }],
    streams: [{ weight: 1, counties: { yunxi: 1 }, majors: { 汽车维修: 2, 模具技术: 1, 自动化应用与维护: 1, '烹饪（粤菜师傅）': 1 } }],
    entry: [{ prior: 'junior', share: 6, levels: { intermediate: 1 } }, { prior: 'senior', share: 4, levels: { advanced: 7, technician: 3 } }],
    withdrawRate: 0,
    completeRate: 0.02,
  },
  {
    name: '广西百色',
    partnerProvince: '广西壮族自治区',
    partnerCity: '百色市',
    partnerCounty: '田东县',
    partnerSchool: '田东职业技术学校等',
    model: 'full_time',
    notes: '2017年4月与田东职业技术学校签订《深百协作脱贫攻坚校校合作帮扶框架协议》；主要入读汽车技术服务与营销、楼宇智能化技术等专业。',
    intakes: [
      { year: 2017, size: 62 },
      { year: 2018, size: 83 },
      { year: 2019, size: 112 },
    ],
    streams: [
      {
        weight: 1,
        counties: { tiandong: 5, tianyang: 1.5, pingguo: 1.5, debao: 1, jingxi: 1, napo: 0.7, lingyun: 0.7 },
        majors: { 汽车技术服务与营销: 4, 楼宇智能化技术: 3, '烹饪（粤菜师傅）': 1 },
      },
    ],
    entry: [{ prior: 'junior', share: 85, levels: { intermediate: 35, advanced: 65 } }, { prior: 'senior', share: 15, levels: { advanced: 1, technician: 1 } }],
    withdrawRate: 0.04,
    completeRate: 0.03,
  },
];

/** Students the brief counts: 1,136. */
export const BRIEF_TOTAL = PROJECTS.reduce((sum, p) => sum + p.intakes.reduce((s, i) => s + i.size, 0), 0);

/**
 * The seeds stop at the 2019 intakes, so by now all their students have left. For today's screens
 * to have students in school, the demo carries on the two projects still recruiting in 2019 with
 * one intake a year from 2020, about 100 students each. These intakes are invented, not facts.
 */
const CONTINUED = { projects: ['广东汕尾', '广西百色'], fromYear: 2020, around: 100, spread: 15 } as const;

export interface Intake {
  project: ProjectSpec;
  year: number;
  size: number;
  /** the demo's continuation, not an intake the seeds report */
  invented: boolean;
}

/** The academic year a day falls in, named by the year it started (1 September). */
const academicYear = (day: string) => Number(day.slice(0, 4)) - (day.slice(5) < '09-01' ? 1 : 0);

/**
 * Every intake enrolled by `asOf` (intakes start on 1 September), oldest first: the seeds' own, then
 * the continuation. An invented intake's size depends on its project and year alone, so a later
 * date adds intakes without changing the earlier ones.
 */
export function intakesAsOf(asOf: string): Intake[] {
  const last = academicYear(asOf);
  const seeds = PROJECTS.flatMap((project) => project.intakes.map((i) => ({ project, ...i, invented: false })));
  const invented = CONTINUED.projects.flatMap((name, k) => {
    const project = PROJECTS.find((p) => p.name === name)!;
    return Array.from({ length: Math.max(0, last - CONTINUED.fromYear + 1) }, (_, i) => {
      const year = CONTINUED.fromYear + i;
      const size = new Rng(year * 10 + k).int(CONTINUED.around - CONTINUED.spread, CONTINUED.around + CONTINUED.spread);
      return { project, year, size, invented: true };
    });
  });
  return [...seeds.filter((i) => i.year <= last), ...invented].sort((a, b) => a.year - b.year);
}

/** Splits `total` over `weights` in proportion, whole numbers that add up (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0, left = total - out.reduce((a, b) => a + b, 0); k < left; k++) out[order[k][1]]++;
  return out;
}
