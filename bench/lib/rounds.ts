/** Median-of-rounds timing: each round makes `calls` calls; the median rate is reported. */

const rounds = Number(process.env.BENCH_ROUNDS ?? 7);

/**
 * Calls `fn` `calls` times per round for `BENCH_ROUNDS` rounds (default 7) after a warm-up, and
 * returns the median calls per second.
 */
export function medianRate(fn: () => unknown, calls = 20_000): number {
  for (let i = 0; i < Math.min(calls, 2000); i++) fn();
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    for (let i = 0; i < calls; i++) fn();
    rates.push((calls / (performance.now() - t)) * 1000);
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)] as number;
}
