/**
 * Bounded memos for the pure string predicates and parsers on the validation success path.
 * The same label keys, names and durations recur in nearly every object a process checks, and a
 * Set/Map lookup costs a fraction of a character scan. Each memo holds at most `limit` entries of
 * at most {@link MEMO_MAX_LENGTH} characters and is cleared when full, so memory stays bounded
 * whatever the input.
 */

/** The longest string a memo keeps (longer ones are always computed). */
export const MEMO_MAX_LENGTH = 256;

/** The number of entries after which a memo starts over. */
export const MEMO_LIMIT = 1024;

/**
 * `pred` with the strings it accepted remembered: same answers, since `pred` must be pure.
 * Rejections are not remembered (they are rare and take the slow message-making path anyway).
 */
export function memoAccepted(pred: (s: string) => boolean, limit = MEMO_LIMIT): (s: string) => boolean {
  const known = new Set<string>();
  return (s) => {
    if (known.has(s)) return true;
    if (!pred(s)) return false;
    if (s.length <= MEMO_MAX_LENGTH) {
      if (known.size >= limit) known.clear();
      known.add(s);
    }
    return true;
  };
}

/** `parse` with its defined results remembered per input string (`parse` must be pure). */
export function memoParse<T>(parse: (s: string) => T | undefined, limit = MEMO_LIMIT): (s: string) => T | undefined {
  const known = new Map<string, T>();
  return (s) => {
    const hit = known.get(s);
    if (hit !== undefined) return hit;
    const v = parse(s);
    if (v !== undefined && s.length <= MEMO_MAX_LENGTH) {
      if (known.size >= limit) known.clear();
      known.set(s, v);
    }
    return v;
  };
}
