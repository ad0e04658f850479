import { addDays } from '../../contract/dates';
import type { InternshipKind } from '../../contract/internships';
import type { Outcome } from '../../contract/placements';
import { CallFailed, type ContractCaller } from '../rpc/caller';
import { monthsAfter } from '../placements/followUps';
import { Rng } from './prng';

/** The default follow-up points (settings.followUpMonths). */
const FOLLOW_UP_POINTS = [3, 6, 12];

/** Employers in Shenzhen, where most graduates of the Guangdong projects stay. */
const SHENZHEN = [
  ['比亚迪汽车工业有限公司', '汽车制造'],
  ['深圳市汇川技术股份有限公司', '装备制造'],
  ['深圳顺丰速运有限公司', '物流'],
  ['深圳市广汽丰田汽车销售服务有限公司', '汽车销售与维修'],
  ['深圳市大族激光科技股份有限公司', '装备制造'],
  ['深圳市宝视达眼镜有限公司', '眼视光'],
  ['深圳市东部华侨城酒店管理有限公司', '酒店餐饮'],
  ['深圳市万科物业服务有限公司', '物业与楼宇'],
  ['深圳市裕同包装科技股份有限公司', '模具与包装'],
  ['深圳市有棵树科技有限公司', '电子商务'],
] as const;

/** Employers at home, by the home province's first two characters. */
const AT_HOME: Record<string, readonly (readonly [string, string, string])[]> = {
  贵州: [
    ['都匀市', '黔南州交通运输集团有限公司', '交通运输'],
    ['贵阳市', '贵州吉利汽车部件有限公司', '汽车制造'],
    ['都匀市', '都匀毛尖茶电子商务有限公司', '电子商务'],
  ],
  广西: [
    ['百色市', '广西百色工业投资发展集团有限公司', '装备制造'],
    ['南宁市', '上汽通用五菱汽车股份有限公司南宁分公司', '汽车制造'],
  ],
  湖北: [['十堰市', '东风汽车股份有限公司', '汽车制造']],
  广东: [
    ['汕尾市', '汕尾市比亚迪实业有限公司', '汽车制造'],
    ['湛江市', '湛江国联水产开发股份有限公司', '食品加工'],
  ],
};

/** Share of a project's employed graduates who stay in Shenzhen (黔南: 27 of 111 in the brief). */
const STAY: Record<string, number> = { 贵州黔南: 0.25, 广西百色: 0.6, 湖北郧西: 0.5, 广东汕尾: 0.75, 广东廉江: 0.7 };

interface Graduate {
  id: number;
  projectName: string;
  homeProvince: string;
  enrolmentDate: string;
  /** the day they graduated or completed */
  statusDate: string;
}


/**
 * Every graduate's final-year internship with a visit or two by the school, and where they went,
 * through the contract as the administrator: most at employers (in Shenzhen or at home, in each project's proportion, salaries
 * mostly above 5,000 in Shenzhen), a few into further study, self-employment or the army, a very
 * few not employed. Returns how many placements were recorded.
 */
export async function applyPlacements(admin: ContractCaller, graduates: readonly Graduate[], seed: number, asOf: string): Promise<number> {
  const rng = new Rng(seed + 104_729);
  // Visits draw from their own sequence, so the internships and placements stay what they were for a seed.
  const visits = new Rng(seed + 7_919);
  const company = new Map<string, number>();
  const companyId = async (name: string, industry: string, city: string, province: string) => {
    if (!company.has(name)) {
      const made = await admin.call('companies.create', { name, creditCode: '', industry, province, city, contactName: '', contactPhone: '', notes: '' });
      company.set(name, made.id);
    }
    return company.get(name)!;
  };
  for (const g of graduates) {
    const stays = rng.chance(STAY[g.projectName] ?? 0.5);
    const home = AT_HOME[g.homeProvince.slice(0, 2)] ?? AT_HOME['广东'];
    const [city, name, industry] = stays ? ['深圳市', ...rng.pick(SHENZHEN)] : rng.pick(home);
    const province = stays ? '广东' : g.homeProvince;
    const employer = await companyId(name, industry, city, province);

    // The last term's internship, from four months before leaving: 顶岗 until 2021, 岗位 after.
    const start = addDays(g.statusDate, -120) > addDays(g.enrolmentDate, 366) ? addDays(g.statusDate, -120) : addDays(g.enrolmentDate, 366);
    const kind: InternshipKind = start >= '2022-01-01' ? 'post' : 'placement';
    const papers = rng.chance(0.9);
    const end = addDays(g.statusDate, -5);
    const internship = await admin
      .call('internships.create', {
        studentId: g.id,
        kind,
        companyId: employer,
        position: '实习生',
        city,
        startDate: start,
        endDate: end,
        monthlyPayFen: rng.int(25, 40) * 10_000,
        companySupervisor: '',
        schoolSupervisor: '',
        agreement: true,
        guardianConsent: true,
        safetyPledge: true,
        insurance: papers,
        evaluation: rng.pick(['表现良好', '认真负责，技能进步明显', '按时完成实习任务']),
        notes: '',
      })
      .catch(notInSchool);
    if (internship) await visit(admin, internship.id, start, end, visits);

    const outcome = rng.weighted<Outcome>({ contract: 80, flexible: 6, self_employed: g.projectName === '贵州黔南' ? 10 : 3, further_study: 5, military: 1, unemployed: 1 });
    const employed = outcome === 'contract' || outcome === 'flexible';
    const placement = await admin.call('placements.save', {
      studentId: g.id,
      outcome,
      companyId: employed ? employer : null,
      industry: employed ? industry : '',
      position: employed ? rng.pick(['技术员', '维修技师', '操作工', '客服专员', '厨师', '验光师', '运营助理']) : '',
      province: outcome === 'unemployed' || outcome === 'further_study' ? '' : province,
      city: outcome === 'unemployed' || outcome === 'further_study' ? '' : city,
      destination: null,
      relatedToMajor: employed && rng.chance(0.8),
      startDate: employed || outcome === 'self_employed' ? addDays(g.statusDate, rng.int(1, 30)) : null,
      monthlySalaryFen: employed || outcome === 'self_employed' ? (stays ? rng.int(50, 75) : rng.int(38, 60)) * 10_000 : null,
      contractKind: outcome === 'contract' ? 'fixed' : null,
      socialInsurance: outcome === 'contract' && rng.chance(0.9),
      channel: employed ? rng.weighted({ school: 60, self: 35, other: 5 }) : null,
      notes: '',
      version: null,
    });
    if (placement.startDate) await followUp(admin, placement.id, placement.startDate, placement.monthlySalaryFen, asOf, rng);
  }
  return graduates.length;
}

/**
 * The follow-ups whose day is a month past by the as-of day, each done a few days after it: most
 * still in the same job, a raise now and then, about one in twelve gone. The latest ones stay due.
 */
async function followUp(admin: ContractCaller, placementId: number, startDate: string, salary: number | null, asOf: string, rng: Rng): Promise<void> {
  for (const point of FOLLOW_UP_POINTS) {
    const doneOn = addDays(monthsAfter(startDate, point), rng.int(1, 10));
    if (addDays(doneOn, 30) > asOf) return;
    const leaves = rng.chance(0.08);
    await admin.call('placementFollowUps.record', {
      placementId,
      point,
      doneOn,
      stillEmployed: !leaves,
      sameEmployer: !leaves,
      companyId: null,
      monthlySalaryFen: !leaves && salary !== null ? salary + rng.int(0, 3) * 20_000 : null,
      changeReason: leaves ? rng.pick(['回乡照顾家人', '薪资不满意，另找工作', '继续升学']) : '',
      notes: rng.pick(['电话回访', '微信回访', '企业走访']),
    });
    // Once gone, nobody follows up the job any more.
    if (leaves) return;
  }
}

const FINDINGS = ['已适应岗位，企业反映良好', '住宿和伙食安排妥当', '工作认真，技能进步明显', '有些想家，已做心理疏导'];

/** The school supervisor's visits: about a month in and again before the end, mostly on site, most students doing well. */
async function visit(admin: ContractCaller, internshipId: number, start: string, end: string, rng: Rng): Promise<void> {
  for (const day of [addDays(start, rng.int(20, 40)), addDays(start, rng.int(70, 95))]) {
    if (day > end) return;
    const rating = rng.weighted({ excellent: 20, good: 50, pass: 28, fail: 2 });
    await admin.call('internships.addVisit', {
      internshipId,
      visitedOn: day,
      visitor: rng.pick(['王老师', '李老师', '陈老师', '黄老师', '刘老师']),
      method: rng.weighted({ onsite: 60, phone: 30, online: 10 }),
      rating,
      findings: rating === 'fail' ? '多次迟到，已与企业和家长沟通' : rng.pick(FINDINGS),
    });
  }
}

/** A student away (on leave) when the internship would have begun has none; anything else is a real failure. */
function notInSchool(e: unknown): null {
  if (e instanceof CallFailed && e.body.fields?.some((f) => f.field === 'startDate')) return null;
  throw e;
}
