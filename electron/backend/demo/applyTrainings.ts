import { addDays } from '../../contract/dates';
import type { ContractCaller } from '../rpc/caller';
import type { DemoClock } from './applyAllowances';
import { Rng } from './prng';
import { PROJECTS } from './programme';

/** The first year of the register's courses. */
const FROM = 2013;

/** Courses run for villagers in the partner regions. */
const COURSES = ['电工', '焊工', '中式烹调', '中式面点', '电子商务', '家政服务', '养老护理', '汽车维修', '农业实用技术', '育婴员'] as const;

/** Who runs a course on the spot, besides the school itself. */
const ORGANISERS = ['人力资源和社会保障局', '就业服务中心', '乡村振兴局'];

/**
 * 短期培训 in each project's partner region, every year from the partnership's start (2013 at the
 * earliest) to last year: 2 to 4 courses of 1 to 5 days, 20 to 120 people, 40–90% of them 建档立卡.
 * Entered through the contract by the administrator, each the day after it ended.
 */
export async function applyTrainings(admin: ContractCaller, clock: DemoClock, asOf: string, seed: number): Promise<void> {
  // Its own sequence, so the rest of the demo stays what it was for a seed.
  const rng = new Rng(seed + 15_485_863);
  const projectIds = new Map((await admin.call('projects.list', {})).map((p) => [p.name, p.id]));
  const lastYear = Number(asOf.slice(0, 4)) - 1;
  try {
    for (const project of PROJECTS) {
      const counties = project.partnerCounty.split('、');
      for (let year = Math.max(FROM, project.intakes[0].year); year <= lastYear; year++) {
        const courses = [...COURSES];
        for (let n = rng.int(2, 4); n > 0; n--) {
          const course = courses.splice(rng.int(0, courses.length - 1), 1)[0];
          const county = rng.pick(counties);
          const startDate = addDays(`${year}-01-01`, rng.int(10, 340));
          const endDate = addDays(startDate, rng.int(0, 4));
          const participants = rng.int(20, 120);
          clock.at = new Date(`${addDays(endDate, 1)}T02:00:00Z`);
          await admin.call('trainings.create', {
            course,
            startDate,
            endDate,
            region: `${project.partnerCity}${county}`,
            projectId: projectIds.get(project.name)!,
            participants,
            registeredParticipants: Math.round(participants * (0.4 + rng.float() * 0.5)),
            organiser: rng.chance(0.3) ? '' : `${county}${rng.pick(ORGANISERS)}`,
            notes: '',
          });
        }
      }
    }
  } finally {
    clock.at = null;
  }
}
