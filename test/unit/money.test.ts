import { describe, expect, it } from 'vitest';
import { amountInWords, formatYuan, MAX_FEN, parseYuan } from '../../electron/contract/money';

describe('money in fen', () => {
  it('writes amounts in capitals as the brief rules them (整 after 元 or 角, 零 inside, 元零X分)', () => {
    const cases: [number, string][] = [
      [1, '壹分'],
      [10, '壹角整'],
      [50, '伍角整'],
      [1_000, '壹拾元整'],
      [30_000, '叁佰元整'],
      [10_010, '壹佰元壹角整'],
      [100_507, '壹仟零伍元零柒分'],
      [123_450, '壹仟贰佰叁拾肆元伍角整'],
      [140_950, '壹仟肆佰零玖元伍角整'],
      [600_714, '陆仟零柒元壹角肆分'],
      [1_640_902, '壹万陆仟肆佰零玖元零贰分'],
      [32_504, '叁佰贰拾伍元零肆分'],
      [168_032, '壹仟陆佰捌拾元叁角贰分'],
      [1_050_000, '壹万零伍佰元整'],
      [10_000_000, '壹拾万元整'],
      [100_001_000, '壹佰万零壹拾元整'],
      [101_000_000, '壹佰零壹万元整'],
      [1_000_000_000, '壹仟万元整'],
      [MAX_FEN, '玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
    ];
    for (const [fen, words] of cases) expect(amountInWords(fen), formatYuan(fen)).toBe(words);
  });

  it('refuses what a sheet cannot write: nothing, less, fractions of a fen, past 99,999,999.99', () => {
    for (const fen of [0, -100, 1.5, MAX_FEN + 1, Number.NaN]) expect(() => amountInWords(fen), String(fen)).toThrow(RangeError);
  });

  it('shows fen as yuan with thousands separators and reads typed yuan back exactly', () => {
    expect([formatYuan(0), formatYuan(5), formatYuan(30_000), formatYuan(123_450), formatYuan(-30_000), formatYuan(MAX_FEN)]).toEqual([
      '0.00',
      '0.05',
      '300.00',
      '1,234.50',
      '-300.00',
      '99,999,999.99',
    ]);
    expect(['300', '1,234.5', '¥1234.50', ' 0.05 ', '￥6,000', '-300'].map(parseYuan)).toEqual([30_000, 123_450, 123_450, 5, 600_000, -30_000]);
    // 0.1 + 0.2 in floating point is not 0.3; in fen it is.
    expect(parseYuan('0.1')! + parseYuan('0.2')!).toBe(parseYuan('0.3'));
    for (const bad of ['', '1.234', '1e3', 'abc', '12,34.5.6', '123456789', '1.2.3', '--1']) expect(parseYuan(bad), bad).toBeNull();
  });
});
