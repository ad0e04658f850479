/**
 * Run before `npm test`: the end-to-end tests need a browser and Chinese fonts. On Debian/Ubuntu
 * whatever is missing is installed with apt-get (through sudo when not root, which may ask for the
 * password); on Windows the installed Edge or Chrome is used. Nothing is done when all is there.
 */
import { spawnSync } from 'node:child_process';
import { planTestTools, probeMachine } from './test-tools';

function asRoot(sudo: boolean, command: string[]): boolean {
  // Without a terminal (CI) sudo must not wait for a password nobody can type.
  const prefix = sudo ? ['sudo', ...(process.stdin.isTTY ? [] : ['-n'])] : [];
  const [program, ...args] = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', ...command];
  return spawnSync(program, args, { stdio: 'inherit' }).status === 0;
}

/** Ubuntu has no `chromium` package, only `chromium-browser`. */
const aptName = (pkg: string) =>
  pkg === 'chromium' && spawnSync('apt-cache', ['show', 'chromium'], { stdio: 'ignore' }).status !== 0 ? 'chromium-browser' : pkg;

const plan = planTestTools(probeMachine());
if (plan.kind === 'ready' && plan.note) console.log(plan.note);
if (plan.kind === 'stop') {
  console.error(plan.message);
  process.exit(1);
}
if (plan.kind === 'install') {
  const list = plan.packages.join(' ');
  console.log(
    plan.sudo
      ? `端到端测试需要 ${list}，正在用 sudo 安装（可能要求输入密码）… / The end-to-end tests need ${list}; installing with sudo (it may ask for your password)…`
      : `端到端测试需要 ${list}，正在安装… / The end-to-end tests need ${list}; installing…`,
  );
  const installed =
    asRoot(plan.sudo, ['apt-get', 'update', '-qq']) &&
    asRoot(plan.sudo, ['apt-get', 'install', '-y', '-qq', ...plan.packages.map(aptName)]);
  const after = planTestTools(probeMachine());
  if (!installed || after.kind !== 'ready') {
    console.error(`安装失败，请手动运行：sudo apt-get install -y ${list}\nInstalling failed; run it yourself: sudo apt-get install -y ${list}`);
    process.exit(1);
  }
}
