import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppPage, isWebLink } from '../../electron/main/navigation';

const index = pathToFileURL('C:\\Program Files\\帮扶生管理系统\\resources\\app.asar\\dist\\renderer\\index.html').href;

describe('desktop navigation guard', () => {
  it('treats every hash route of the index file as the app', () => {
    expect(isAppPage(index, index)).toBe(true);
    expect(isAppPage(`${index}#/students/12`, index)).toBe(true);
    expect(isAppPage(`${index}?x=1#/settings`, index)).toBe(true);
  });

  it('keeps everything else out of the window', () => {
    for (const target of [
      pathToFileURL('C:\\Windows\\win.ini').href,
      index.replace('index.html', 'other.html'),
      'https://example.com/',
      'javascript:alert(1)',
      'not a url',
      undefined,
    ]) {
      expect(isAppPage(target, index), String(target)).toBe(false);
    }
  });

  it('hands only http(s) links to the system browser', () => {
    expect(isWebLink('https://www.moe.gov.cn/')).toBe(true);
    expect(isWebLink('http://10.0.0.5/portal')).toBe(true);
    for (const target of ['file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'ms-settings:', 'smb://server/share', '']) {
      expect(isWebLink(target), target).toBe(false);
    }
  });
});
