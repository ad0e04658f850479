import { describe, expect, it } from 'vitest';
import { cssString, pageCounterContent, pageRules } from '../../renderer/reports/pageRules';

describe('the printed page rules', () => {
  it('turns the page counter of either language into CSS counters', () => {
    expect(pageCounterContent('第 {{page}} 页 共 {{pages}} 页')).toBe('"第 " counter(page) " 页 共 " counter(pages) " 页"');
    expect(pageCounterContent('Page {{page}} of {{pages}}')).toBe('"Page " counter(page) " of " counter(pages)');
  });

  it('keeps a name that holds quotes or backslashes inside its CSS string', () => {
    expect(cssString('制表人：王"小"明\\')).toBe('"制表人：王\\"小\\"明\\\\"');
    expect(cssString('a\nb')).toBe('"a\\A b"');
  });

  it('sets the paper, and the margin lines on every page with the running head after the first', () => {
    const css = pageRules('landscape', { pageOf: '第 {{page}} 页 共 {{pages}} 页', madeBy: '制表人：李老师', printedOn: '打印日期：2026年11月23日', runningHead: '学校 · 花名册' });
    expect(css).toContain('size: A4 landscape;');
    expect(css).toContain('@bottom-left { content: "制表人：李老师";');
    expect(css).toContain('@bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页";');
    expect(css).toContain('@bottom-right { content: "打印日期：2026年11月23日";');
    expect(css).toMatch(/@page :first \{\s*@top-center \{ content: none; \}/);
  });
});
