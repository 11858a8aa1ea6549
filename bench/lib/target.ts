/**
 * One acceptance target of issue-style performance goals, printed in a fixed form that
 * `bench/run.mjs` collects into the summary at the end of `npm run bench`:
 * `target: <what> = <measured> (goal <goal>) OK|MISS`. Printed, never asserted.
 */
export function target(what: string, measured: number, goal: string, ok: boolean, unit = 'x'): void {
  const shown =
    unit === 'x'
      ? `${measured.toFixed(2)}x`
      : unit === '%'
        ? `${measured.toFixed(2)}%`
        : `${Math.round(measured).toLocaleString('en-US')} ${unit}`;
  console.log(`target: ${what} = ${shown} (goal ${goal}) ${ok ? 'OK' : 'MISS'}`);
}
