/** Timing helpers the bench sections share. */

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

export const stats = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
};

export const round = (x: number) => Math.round(x * 100) / 100;

/** Milliseconds `work` took, awaited. */
export async function elapsed(work: () => unknown): Promise<number> {
  const t = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - t) / 1e6;
}
