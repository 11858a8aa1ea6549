/**
 * Words for unknown-field errors: the closest declared field ("did you mean …?") and the list of
 * allowed fields, so a typo in a manifest is easy to fix.
 */

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours), giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (before[j - 2] ?? 0) + 1);
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** The declared name closest to `name` (same letters in another case, or at most 2 edits away). */
export function closest(name: string, allowed: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const sameCase = allowed.find((a) => a.toLowerCase() === lower);
  if (sameCase !== undefined) return sameCase;
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.floor(name.length / 3));
  for (const a of allowed) {
    const d = editDistance(lower, a.toLowerCase(), bestDistance);
    if (d <= bestDistance && (best === undefined || d < bestDistance)) {
      best = a;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The detail of an unknown-field error.
 * @param name - the unknown field's name
 * @param allowed - the fields the object declares (undefined when not known)
 * @param label - the schema, e.g. `cert-manager.io/v1 Certificate`
 */
export function unknownFieldDetail(name: string, allowed: readonly string[] | undefined, label: string): string {
  if (allowed === undefined) return `unknown field "${name}": not declared by the ${label} schema`;
  if (allowed.length === 0) return `unknown field "${name}": this object has no fields in the ${label} schema`;
  const guess = closest(name, allowed);
  const head = guess === undefined ? `unknown field "${name}".` : `unknown field "${name}", did you mean "${guess}"?`;
  return `${head} Allowed here (${label}): ${allowed.join(', ')}`;
}
