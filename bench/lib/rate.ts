/** Shared timing helper for the benchmarks. */

const ms = Number(process.env.BENCH_MS ?? 1000);

/** Calls `fn` repeatedly for about BENCH_MS milliseconds (after a warm-up) and returns calls per second. */
export function rate(fn: () => unknown): number {
  for (let i = 0; i < 500; i++) fn();
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 50; i++) fn();
    n += 50;
    elapsed = performance.now() - start;
  }
  return (n / elapsed) * 1000;
}

/** 12345.6 → "12,346/s" */
export const perSecond = (r: number): string => `${Math.round(r).toLocaleString('en-US')}/s`;
