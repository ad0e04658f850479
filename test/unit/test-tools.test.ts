import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser } from '../support/browser';
import { planTestTools, type Machine } from '../support/test-tools';

const debian: Machine = {
  platform: 'linux',
  env: {},
  hasBrowser: true,
  hasCjkFonts: true,
  hasPdftoppm: true,
  hasAptGet: true,
  hasSudo: true,
  isRoot: true,
};

describe('what npm test installs before the end-to-end tests', () => {
  it('nothing on a Debian machine that has it all', () => {
    expect(planTestTools(debian)).toEqual({ kind: 'ready' });
  });

  it('everything missing on a fresh Debian machine, with sudo only when not root', () => {
    const fresh = { ...debian, hasBrowser: false, hasCjkFonts: false, hasPdftoppm: false };
    expect(planTestTools(fresh)).toEqual({ kind: 'install', packages: ['chromium', 'fonts-noto-cjk', 'poppler-utils'], sudo: false });
    expect(planTestTools({ ...fresh, isRoot: false })).toMatchObject({ kind: 'install', sudo: true });
    expect(planTestTools({ ...debian, hasCjkFonts: false })).toEqual({ kind: 'install', packages: ['fonts-noto-cjk'], sudo: false });
  });

  it('stops with the command to run when it cannot become root', () => {
    const plan = planTestTools({ ...debian, hasBrowser: false, isRoot: false, hasSudo: false });
    expect(plan).toMatchObject({ kind: 'stop', message: expect.stringContaining('apt-get install -y chromium') });
  });

  it('uses the installed browser on Windows and installs nothing', () => {
    const windows = { ...debian, platform: 'win32' as const, hasCjkFonts: false, hasPdftoppm: false, hasAptGet: false, isRoot: false };
    expect(planTestTools(windows)).toEqual({ kind: 'ready' });
    const none = planTestTools({ ...windows, hasBrowser: false });
    expect(none).toMatchObject({ kind: 'stop', message: expect.stringContaining('请安装 Microsoft Edge 或 Google Chrome') });
    expect(none).toMatchObject({ message: expect.stringContaining('install Microsoft Edge or Google Chrome') });
  });

  it('takes CHROMIUM_PATH as given and says so when it names nothing', () => {
    const env = { CHROMIUM_PATH: '/opt/chrome/chrome' };
    expect(planTestTools({ ...debian, env, hasCjkFonts: false })).toEqual({ kind: 'ready' });
    expect(planTestTools({ ...debian, env, hasBrowser: false })).toMatchObject({ kind: 'stop', message: expect.stringContaining('/opt/chrome/chrome') });
  });

  it('on a Linux without apt, stops only for a missing browser', () => {
    const other = { ...debian, hasAptGet: false, hasCjkFonts: false };
    expect(planTestTools(other)).toMatchObject({ kind: 'ready', note: expect.stringContaining('fonts-noto-cjk') });
    expect(planTestTools({ ...other, hasBrowser: false })).toMatchObject({ kind: 'stop' });
  });
});

describe('the browser the end-to-end tests use', () => {
  const env = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local' };

  it('is Edge on Windows, else Chrome', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const chrome = 'C:\\Users\\li\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    expect(findBrowser('win32', env, (f) => f === edge || f === chrome)).toBe(edge);
    expect(findBrowser('win32', env, (f) => f === chrome)).toBe(chrome);
    expect(findBrowser('win32', env, () => false)).toBeNull();
  });

  it("is Debian's Chromium on Linux, unless CHROMIUM_PATH names another", () => {
    expect(browserCandidates('linux', {})[0]).toBe('/usr/bin/chromium');
    expect(browserCandidates('linux', { CHROMIUM_PATH: '/opt/c' })).toEqual(['/opt/c']);
  });
});
