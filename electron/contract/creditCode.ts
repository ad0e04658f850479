/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set (no I, O, Z, S, V); the
 * last is a check character, 31 − (Σ value × weight mod 31), 31 written as 0.
 */
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARS.indexOf(first17[i]) * WEIGHTS[i];
  return CHARS[(31 - (sum % 31)) % 31];
}

/** Whether an upper-case code is well formed, its check character included. */
export function isCreditCode(code: string): boolean {
  if (code.length !== 18 || [...code].some((c) => !CHARS.includes(c))) return false;
  return creditCodeCheckChar(code.slice(0, 17)) === code[17];
}
