/**
 * Run before `npm start` / `npm run dist`: make sure the Electron runtime is on disk.
 * `npm install` skips electron's download (allowScripts), so it is fetched here, on first need,
 * with electron's own installer. When that cannot reach the download server, stop with a message
 * saying what to do instead of letting electron-builder fail later with a stack trace.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const MESSAGE = `
无法下载 Electron 运行时，桌面版暂时无法启动或打包。
  · 如果是网络访问不到 GitHub，可设置国内镜像后重试：
      Windows:  set ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/
      其他系统: export ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/
  · 也可以先用浏览器版：npm run serve，然后在浏览器打开显示的地址。

Electron could not be downloaded here, so the desktop app cannot start or be packaged.
  · If GitHub is unreachable, set ELECTRON_MIRROR (e.g. https://npmmirror.com/mirrors/electron/) and retry.
  · Or run \`npm run serve\` to use the app in a browser.
`;

// npm runs this from the project root; resolve electron from there.
const projectRequire = createRequire(path.join(process.cwd(), 'package.json'));

function electronDir() {
  try {
    return path.dirname(projectRequire.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The same test electron's own index.js makes before launching. */
function runtimePresent(dir) {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return fs.existsSync(process.env.ELECTRON_OVERRIDE_DIST_PATH);
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return false;
  return fs.existsSync(path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim()));
}

const dir = electronDir();
if (!dir) {
  console.error('找不到 electron 包，请先运行 npm install。 / The electron package is missing: run npm install first.');
  process.exit(1);
}
if (!runtimePresent(dir)) {
  console.log('正在下载 Electron 运行时… / Downloading the Electron runtime…');
  const install = spawnSync(process.execPath, [path.join(dir, 'install.js')], { stdio: 'inherit' });
  if (install.status !== 0 || !runtimePresent(dir)) {
    console.error(MESSAGE);
    process.exit(1);
  }
}
