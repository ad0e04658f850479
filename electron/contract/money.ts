/**
 * Money is integer fen (分) end to end: 300 yuan is 30000. Text in yuan ('1,234.50') exists only
 * at the edges: what people type and what they read.
 */

/** The largest amount a sheet writes out in capitals: 99,999,999.99 yuan. */
export const MAX_FEN = 9_999_999_999;

/** 1234.5 yuan as 123450 fen reads '1,234.50'; negative amounts (reversals) keep their sign. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * What someone typed as yuan, in fen: '300', '1,234.5', '¥1234.50', ' 0.05 '. Null for anything
 * else, including a third decimal (money is never rounded silently).
 */
export function parseYuan(text: string): number | null {
  const plain = text.trim().replace(/^[¥￥]/, '').replace(/,/g, '');
  const m = /^(-?)(\d{1,8})(?:\.(\d{1,2}))?$/.exec(plain);
  if (!m) return null;
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['', '拾', '佰', '仟'];

/** One group of four digits (0–9999), with a 零 for each run of zeros between digits written. */
function group(n: number): string {
  let out = '';
  let zero = false;
  for (let place = 3; place >= 0; place--) {
    const d = Math.floor(n / 10 ** place) % 10;
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    out += DIGITS[d] + PLACES[place];
    zero = false;
  }
  return out;
}

/**
 * An amount in capitals (大写) as printed after 人民币, from 0.01 to 99,999,999.99 yuan: 整 after 元
 * or 角, never after 分; one 零 for a run of zeros inside the number; 元零X分 when there are fen
 * but no jiao. 1409.50 → 壹仟肆佰零玖元伍角整; 16409.02 → 壹万陆仟肆佰零玖元零贰分; 0.50 → 伍角整.
 */
export function amountInWords(fen: number): string {
  if (!Number.isInteger(fen) || fen < 1 || fen > MAX_FEN) throw new RangeError(`amountInWords: ${fen} fen is outside 0.01–99,999,999.99 yuan`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  const high = Math.floor(yuan / 10_000);
  const low = yuan % 10_000;
  let words = high ? `${group(high)}万` : '';
  // 10,500 → 壹万零伍佰: the zero between the 万 group and a low group under a thousand.
  if (low) words += (high && low < 1000 ? '零' : '') + group(low);
  if (yuan) words += '元';
  if (jiao) words += `${DIGITS[jiao]}角`;
  else if (cents && yuan) words += '零';
  return cents ? `${words}${DIGITS[cents]}分` : `${words}整`;
}

/**
 * A sheet's total in capitals after 人民币: as amountInWords, and also 零元整 for nothing and 负 before
 * a total that reversals took below zero (a batch may hold reversals only).
 */
export function totalInWords(fen: number): string {
  if (fen === 0) return '零元整';
  return fen < 0 ? `负${amountInWords(-fen)}` : amountInWords(fen);
}
