/**
 * Demo data: `npm run demo [-- --data DIR --students N --seed S --as-of YYYY-MM-DD]`.
 * Fills a new data folder with the programme's projects and cohorts and made-up students,
 * written through the backend contract. Prints the accounts and their password once.
 */
import path from 'node:path';
import { isoDate } from '../contract/fields';
import { defaultDataDir } from '../backend/data-dir';
import { BRIEF_TOTAL } from '../backend/demo/programme';
import { DemoRefused, generateDemo, type DemoResult } from '../backend/demo/generate';
import { formatTable } from '../backend/demo/table';
import { DbOpenError } from '../../db/open';
import { intArg, parseArgs } from './args';

const STATUS_LABELS = { enrolled: '在读', suspended: '休学', withdrawn: '退学', graduated: '毕业', completed: '结业' } as const;
const ROLE_LABELS = { admin: '管理员', office: '帮扶办', finance: '财务', viewer: '领导（只读）', counsellor: '班主任' } as const;

async function main() {
  let result: DemoResult;
  try {
    const args = parseArgs(process.argv.slice(2));
    const dataDir = path.resolve(typeof args.data === 'string' ? args.data : defaultDataDir());
    const asOf = typeof args['as-of'] === 'string' ? args['as-of'] : new Date().toLocaleDateString('sv-SE');
    if (!isoDate.safeParse(asOf).success) throw new Error(`--as-of needs a date YYYY-MM-DD, got ${asOf}`);
    const students = intArg(args, 'students', BRIEF_TOTAL);
    console.log(`演示数据 / demo data: ${students} 名学生 → ${dataDir}（状态截至 / statuses as of ${asOf}）`);
    result = await generateDemo(dataDir, { students, seed: intArg(args, 'seed', 2012), asOf });
  } catch (e) {
    console.error(e instanceof DemoRefused || e instanceof DbOpenError ? e.message : e instanceof Error ? e.message : e);
    process.exit(1);
  }
  printResult(result);
}

function printResult(r: DemoResult) {
  const rows = r.cohorts.map((c) => [c.project, `${c.intakeYear}级`, c.students, ...Object.values(c.byStatus)]);
  const total = r.cohorts.reduce((s, c) => s + c.students, 0);
  console.log(`\n完成，用时 ${r.seconds.toFixed(1)} 秒 / done in ${r.seconds.toFixed(1)} s: ${total} 名学生, ${r.classes} 个班级`);
  console.log(formatTable(['项目', '批次', '人数', ...Object.values(STATUS_LABELS)], rows));

  console.log('\n账号 / accounts:');
  const counsellors = r.staff.filter((s) => s.role === 'counsellor');
  const shown = [...r.staff.filter((s) => s.role !== 'counsellor'), ...counsellors.slice(0, 3)];
  console.log(formatTable(['用户名 username', '角色 role', '姓名 name'], shown.map((s) => [s.username, ROLE_LABELS[s.role], s.displayName])));
  if (counsellors.length > 3) console.log(`  … 班主任共 ${counsellors.length} 个账号 (${counsellors[0].username} – ${counsellors.at(-1)!.username})`);
  console.log(`\n  所有账号的密码 / password of every account:  ${r.password}`);
  console.log('  密码只显示这一次，请记下；每个账号首次登录时须改为自己的密码。 Shown only this once; each account chooses its own password at first sign-in.\n');
  console.log(`  查看 / open:  npm run serve -- --data "${r.dataDir}"`);
}

void main();
