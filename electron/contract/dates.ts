export function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isRealIsoDate(v: string): boolean {
  const [y, m, d] = v.split('-').map(Number);
  return isRealDate(y, m, d);
}
