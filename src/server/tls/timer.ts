/**
 * Timers for far-away moments (a CA renews after months; setTimeout caps at about 24.8 days).
 * The timers are unref'd: they never keep the process alive on their own.
 */

const MAX_DELAY_MS = 2 ** 31 - 1;

/** Calls `fn` at time `at` (epoch ms; soon, never synchronously, if past); returns a function that cancels it. */
export function runAt(at: number, fn: () => void): () => void {
  let handle: NodeJS.Timeout | undefined;
  const arm = (): void => {
    const delay = at - Date.now();
    handle = setTimeout(delay <= 0 ? fn : arm, Math.max(0, Math.min(delay, MAX_DELAY_MS)));
    handle.unref();
  };
  arm();
  return () => {
    if (handle) clearTimeout(handle);
    handle = undefined;
  };
}

/** Calls `fn` every `ms` until the returned function is called. */
export function every(ms: number, fn: () => void): () => void {
  const handle = setInterval(fn, ms);
  handle.unref();
  return () => clearInterval(handle);
}
