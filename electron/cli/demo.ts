/**
 * Demo data: `npm run demo [-- --data DIR --students N --seed S --as-of YYYY-MM-DD]`.
 * Fills a new data folder with the programme's projects and cohorts and made-up students,
 * written through the backend contract. Prints the accounts and their password once.
 */
import path from 'node:path';
import { chinaToday } from '../contract/dates';
import { isoDate } from '../contract/fields';
import { defaultDataDir } from '../backend/data-dir';
import { programmeSize } from '../backend/demo/plan';
import { DemoRefused, generateDemo, refuseLaterAsOf, type DemoResult } from '../backend/demo/generate';
import { formatTable } from '../backend/demo/table';
import { DbOpenError } from '../../db/open';
import { intArg, parseArgs } from './args';
import { labelOf } from '../contract/labels';
import { STATUSES } from '../contract/students';

async function main() {
  let result: DemoResult;
  try {
    const args = parseArgs(process.argv.slice(2));
    const dataDir = path.resolve(typeof args.data === 'string' ? args.data : defaultDataDir());
    const asOf = typeof args['as-of'] === 'string' ? args['as-of'] : chinaToday(new Date());
    if (!isoDate.safeParse(asOf).success) throw new Error(`--as-of needs a date YYYY-MM-DD, got ${asOf}`);
    refuseLaterAsOf(asOf);
    const students = intArg(args, 'students', programmeSize(asOf));
    console.log(`演示数据 / demo data: ${students} 名学生 → ${dataDir}（状态截至 / statuses as of ${asOf}）`);
    result = await generateDemo(dataDir, { students, seed: intArg(args, 'seed', 2012), asOf });
  } catch (e) {
    console.error(e instanceof DemoRefused || e instanceof DbOpenError ? e.message : e instanceof Error ? e.message : e);
    process.exit(1);
  }
  printResult(result);
}

function printResult(r: DemoResult) {
  const statusCounts = (c: DemoResult['cohorts'][number]) => STATUSES.map((k) => c.byStatus[k]);
  const rows = r.cohorts.map((c) => [c.project, `${c.intakeYear}级${c.invented ? '*' : ''}`, c.students, ...statusCounts(c)]);
  const sum = (pick: (c: DemoResult['cohorts'][number]) => number) => r.cohorts.reduce((s, c) => s + pick(c), 0);
  const total = sum((c) => c.students);
  const fromSeeds = sum((c) => (c.invented ? 0 : c.students));
  rows.push(['合计', '', total, ...STATUSES.map((k) => sum((c) => c.byStatus[k]))]);
  console.log(`\n完成，用时 ${r.seconds.toFixed(1)} 秒 / done in ${r.seconds.toFixed(1)} s: ${total} 名学生, ${r.classes} 个班级`);
  console.log(`  月度监测 / check-ins: ${r.checkins} 条（用时 ${r.checkinSeconds.toFixed(1)} 秒 / in ${r.checkinSeconds.toFixed(1)} s）`);
  console.log(`  资助发放 / allowance batches: ${r.batches} 个，近十年 / over ten years`);
  console.log(`  实习就业 / internships and placements: ${r.placements} 名毕业生 / graduates`);
  console.log(formatTable(['项目', '批次', '人数', ...STATUSES.map((k) => labelOf('status', k, 'zh'))], rows));
  const firstInvented = r.cohorts.find((c) => c.invented)?.intakeYear;
  if (firstInvented) {
    console.log(`  * ${firstInvented} 级起的批次为演示虚构的延续；资料所载批次到 ${firstInvented - 1} 级为止，共 ${fromSeeds} 名学生。`);
    console.log(`    Intakes from ${firstInvented} are invented to carry the programme on; the seeds' intakes end in ${firstInvented - 1} (${fromSeeds} students).`);
  }

  console.log('\n账号 / accounts:');
  const counsellors = r.staff.filter((s) => s.role === 'counsellor');
  const shown = [...r.staff.filter((s) => s.role !== 'counsellor'), ...counsellors.slice(0, 3)];
  console.log(formatTable(['用户名 username', '角色 role', '姓名 name'], shown.map((s) => [s.username, labelOf('role', s.role, 'zh'), s.displayName])));
  if (counsellors.length > 3) console.log(`  … 班主任共 ${counsellors.length} 个账号 (${counsellors[0].username} – ${counsellors.at(-1)!.username})`);
  console.log(`\n  所有账号的密码 / password of every account:  ${r.password}`);
  console.log('  密码只显示这一次，请记下；每个账号首次登录时须改为自己的密码。 Shown only this once; each account chooses its own password at first sign-in.\n');
  console.log(`  查看 / open:  npm run serve -- --data "${r.dataDir}"`);
}

void main();
