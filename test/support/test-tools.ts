import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findBrowser, noBrowserMessage } from './browser';

/** What `npm test` needs beyond npm packages, as found on this machine. */
export interface Machine {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  hasBrowser: boolean;
  /** a font with Chinese glyphs (screenshots are unreadable without one) */
  hasCjkFonts: boolean;
  /** poppler's pdftoppm, to look at printed PDFs */
  hasPdftoppm: boolean;
  hasAptGet: boolean;
  hasSudo: boolean;
  isRoot: boolean;
}

export type Plan =
  | { kind: 'ready'; note?: string }
  | { kind: 'install'; packages: string[]; sudo: boolean }
  | { kind: 'stop'; message: string };

/**
 * Debian/Ubuntu get what is missing from apt (with sudo when not root); elsewhere the browser that
 * is already installed is used (Edge on Windows), and only a missing browser stops the tests.
 */
export function planTestTools(m: Machine): Plan {
  if (m.platform !== 'linux' || m.env.CHROMIUM_PATH) {
    return m.hasBrowser ? { kind: 'ready' } : { kind: 'stop', message: noBrowserMessage(m.platform, m.env) };
  }
  const missing = [!m.hasBrowser && 'chromium', !m.hasCjkFonts && 'fonts-noto-cjk', !m.hasPdftoppm && 'poppler-utils'].filter(
    (p): p is string => !!p,
  );
  if (missing.length === 0) return { kind: 'ready' };
  const command = `apt-get install -y ${missing.join(' ')}`;
  if (!m.hasAptGet) {
    if (!m.hasBrowser) return { kind: 'stop', message: noBrowserMessage(m.platform, m.env) };
    return { kind: 'ready', note: `提示：未找到 ${missing.join('、')}（中文字体或 PDF 工具），截图或打印检查可能不完整。\nNote: ${missing.join(', ')} not found; screenshots or print checks may be incomplete.` };
  }
  if (!m.isRoot && !m.hasSudo) {
    return { kind: 'stop', message: `测试需要先以 root 身份安装：${command}\nThe tests need these installed as root first: ${command}` };
  }
  return { kind: 'install', packages: missing, sudo: !m.isRoot };
}

function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? '').split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, command)));
}

function hasChineseFont(): boolean {
  const fc = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return fc.status === 0 && fc.stdout.trim() !== '';
}

export function probeMachine(platform = process.platform, env = process.env): Machine {
  const linux = platform === 'linux';
  return {
    platform,
    env,
    hasBrowser: findBrowser(platform, env) !== null,
    hasCjkFonts: linux && hasChineseFont(),
    hasPdftoppm: onPath('pdftoppm', env),
    hasAptGet: linux && onPath('apt-get', env),
    hasSudo: onPath('sudo', env),
    isRoot: process.getuid?.() === 0,
  };
}
