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

/** A call timed through the contract and the same work done another way (raw SQL, the handler alone). */
export interface BenchCase {
  label: string;
  call(i: number): unknown;
  raw(i: number): unknown;
}

/**
 * Each case run `warmUp + iterations` times, the two ways in turn, as a table row: medians and p95s,
 * the ratio of the medians, PASS when the contract's p95 is under `targetMs`.
 */
export async function timeCases(cases: readonly BenchCase[], { iterations, warmUp, targetMs }: { iterations: number; warmUp: number; targetMs: number }) {
  const rows: (string | number)[][] = [];
  let pass = true;
  for (const c of cases) {
    const times = { contract: [] as number[], raw: [] as number[] };
    for (let i = 0; i < warmUp + iterations; i++) {
      const t = await elapsed(() => c.call(i));
      const r = await elapsed(async () => c.raw(i));
      if (i >= warmUp) times.contract.push(t), times.raw.push(r);
    }
    const contract = stats(times.contract);
    const raw = stats(times.raw);
    const ok = contract.p95 < targetMs;
    pass &&= ok;
    rows.push([c.label, round(contract.median), round(contract.p95), round(raw.median), round(raw.p95), round(contract.median / raw.median), ok ? 'PASS' : 'FAIL']);
  }
  return { rows, pass };
}
