/**
 * Describing a thrown value in an error message. A thrown value may be anything, including an
 * object whose `toString` or `message` getter throws again; the catch-all of an entry point must
 * not throw while reporting it.
 */

/**
 * A short text for a thrown value: an Error's `name: message`, a string as is, else `String(v)`.
 * Never throws; a value that cannot be turned into text reads `an unprintable value`.
 * @param err - whatever was thrown
 */
export function describeThrown(err: unknown): string {
  try {
    if (err instanceof Error) {
      const name = typeof err.name === 'string' ? err.name : 'Error';
      const message = typeof err.message === 'string' ? err.message : '';
      return message === '' ? name : `${name}: ${message}`;
    }
    const text = String(err);
    return typeof text === 'string' ? text : 'an unprintable value';
  } catch {
    return 'an unprintable value';
  }
}
