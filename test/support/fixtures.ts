import { checkCharFor } from '../../electron/contract/idcard';

/** A valid 18-character 身份证号 for the given region code, birth date (YYYYMMDD) and sequence. */
export function makeIdNumber(region: string, birth: string, seq: number): string {
  const first17 = `${region}${birth}${String(seq).padStart(3, '0')}`;
  return first17 + checkCharFor(first17);
}
