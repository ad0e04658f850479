import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/**
 * Browsers already on the machine, best first: the system's Chromium on Linux, the Edge every
 * Windows has (or Chrome). Never a downloaded browser build: this closed network cannot fetch one.
 * CHROMIUM_PATH, when set, is the only choice.
 */
export function browserCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (env.CHROMIUM_PATH) return [env.CHROMIUM_PATH];
  if (platform === 'win32') {
    const roots = [env['ProgramFiles(x86)'], env.ProgramFiles, env.LOCALAPPDATA].filter((r): r is string => !!r);
    const apps = [['Microsoft', 'Edge', 'Application', 'msedge.exe'], ['Google', 'Chrome', 'Application', 'chrome.exe']];
    return apps.flatMap((app) => roots.map((root) => path.win32.join(root, ...app)));
  }
  if (platform === 'darwin') return ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
}

export function findBrowser(platform = process.platform, env = process.env, exists: (file: string) => boolean = fs.existsSync): string | null {
  return browserCandidates(platform, env).find(exists) ?? null;
}

/** What to do when no browser is found, in both languages. */
export function noBrowserMessage(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (env.CHROMIUM_PATH) {
    return `CHROMIUM_PATH 指向的浏览器不存在：${env.CHROMIUM_PATH}\nCHROMIUM_PATH names a browser that does not exist: ${env.CHROMIUM_PATH}`;
  }
  const where =
    platform === 'win32'
      ? ['请安装 Microsoft Edge 或 Google Chrome', 'install Microsoft Edge or Google Chrome']
      : platform === 'linux'
        ? ['请安装 Chromium（Debian/Ubuntu：npm test 会自动安装）', 'install Chromium (on Debian/Ubuntu npm test installs it)']
        : ['请安装 Google Chrome', 'install Google Chrome'];
  return (
    `端到端测试需要浏览器，但本机未找到：${where[0]}，或用 CHROMIUM_PATH 指定浏览器程序。\n` +
    `The end-to-end tests need a browser and none was found: ${where[1]}, or set CHROMIUM_PATH to a Chromium-based browser.`
  );
}

/** The machine's browser, with the flags this closed network needs (and `extra`, such as a pinned certificate key). */
export async function launchBrowser(extra: readonly string[] = []): Promise<Browser> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(noBrowserMessage(process.platform, process.env));
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...extra],
  });
}
