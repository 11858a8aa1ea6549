/**
 * Calling a caller-supplied function that may be synchronous or asynchronous, may throw, and may
 * never answer: the outcome is always data, and a slow call gives up after a time limit.
 */

/** How long `authorize` and `discover` may take before the call counts as failed. */
export const CALL_TIMEOUT_MS = 5000;

/** The outcome of a guarded call. */
export type CallOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly timedOut: boolean; readonly error: string };

/**
 * Calls `fn(arg)`; a throw or rejection becomes `{ok: false}`, and so does no answer within
 * `timeoutMs`. The timer is cleared as soon as the call settles.
 * @param fn - the function (sync or async)
 * @param arg - its argument
 * @param timeoutMs - the time limit
 */
export async function guardedCall<A, T>(fn: (arg: A) => T | Promise<T>, arg: A, timeoutMs = CALL_TIMEOUT_MS): Promise<CallOutcome<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<CallOutcome<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, timedOut: true, error: `no answer within ${timeoutMs / 1000} s` }), timeoutMs);
  });
  const call = (async (): Promise<CallOutcome<T>> => {
    try {
      return { ok: true, value: await fn(arg) };
    } catch (err) {
      return { ok: false, timedOut: false, error: errorText(err) };
    }
  })();
  try {
    return await Promise.race([call, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The message of a thrown value. Never throws, even for a value whose getters or `toString` throw. */
export function errorText(err: unknown): string {
  try {
    // `instanceof` runs a Proxy's getPrototypeOf trap and `message` may be a getter: both may throw.
    if (err instanceof Error) return String(err.message || err.name);
    return String(err);
  } catch {
    return 'unknown error';
  }
}
