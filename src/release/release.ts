/**
 * The cert-manager releases cmapi can check against: every minor release from v1.12 to v1.21,
 * and master. A release decides which fields, enum values, webhook rules, defaults and
 * feature-gate defaults apply (see the model's `since`/`until` annotations).
 */

/**
 * The supported releases, oldest first; `master` is newest.
 * @public
 */
export const CERT_MANAGER_RELEASES = Object.freeze([
  'v1.12',
  'v1.13',
  'v1.14',
  'v1.15',
  'v1.16',
  'v1.17',
  'v1.18',
  'v1.19',
  'v1.20',
  'v1.21',
  'master',
] as const);

/**
 * A supported cert-manager release (its minor version, or `master`).
 * @public
 */
export type CertManagerRelease = (typeof CERT_MANAGER_RELEASES)[number];

/** The release used when a caller names none. */
export const DEFAULT_RELEASE: CertManagerRelease = 'master';

/** The outcome of {@link parseRelease}. */
export type ParsedRelease = { readonly ok: true; readonly release: CertManagerRelease } | { readonly ok: false; readonly message: string };

/** The parse of each release written exactly as its name (shared, frozen results). */
const EXACT: ReadonlyMap<string, ParsedRelease> = new Map(
  CERT_MANAGER_RELEASES.map((release) => [release, Object.freeze({ ok: true as const, release })]),
);

/** Position of each release in {@link CERT_MANAGER_RELEASES}. */
const INDEX: ReadonlyMap<string, number> = new Map(CERT_MANAGER_RELEASES.map((release, i) => [release, i]));

/**
 * Reads a release as users write it: `v1.14`, `1.14`, `v1.14.7` (the patch is ignored) or
 * `master`. Anything else is an error naming the supported releases.
 * @param text - the user's text
 */
export function parseRelease(text: unknown): ParsedRelease {
  if (typeof text === 'string') {
    // Every validate call parses its release: the exact names answer from a table.
    const exact = EXACT.get(text);
    if (exact !== undefined) return exact;
    const t = text.trim();
    if (t === 'master') return { ok: true, release: 'master' };
    const m = /^v?(\d{1,4})\.(\d{1,4})(?:\.\d{1,6})?$/.exec(t);
    if (m !== null) {
      const name = `v${Number(m[1])}.${Number(m[2])}`;
      const found = CERT_MANAGER_RELEASES.find((r) => r === name);
      if (found !== undefined) return { ok: true, release: found };
    }
  }
  const shown = typeof text === 'string' ? JSON.stringify(text) : String(typeof text);
  return {
    ok: false,
    message: `unknown cert-manager release ${shown}; supported: ${CERT_MANAGER_RELEASES.join(', ')} (a patch such as v1.14.7 is accepted and ignored)`,
  };
}

/** Position of a release in {@link CERT_MANAGER_RELEASES} (master is last). */
export function releaseIndex(release: CertManagerRelease): number {
  return INDEX.get(release) ?? -1;
}

/**
 * True when `release` is `since` or newer. `since` may be a release or a minor newer than the
 * last numbered one (then only master qualifies).
 * @param release - the release being checked against
 * @param since - the first release that has the feature
 */
export function isAtLeast(release: CertManagerRelease, since: CertManagerRelease): boolean {
  return releaseIndex(release) >= releaseIndex(since);
}

/**
 * True when a feature that appeared in `since` (inclusive) and went away in `until`
 * (exclusive) exists in `release`. Either bound may be left out.
 */
export function isInRange(release: CertManagerRelease, since?: CertManagerRelease, until?: CertManagerRelease): boolean {
  if (since !== undefined && !isAtLeast(release, since)) return false;
  if (until !== undefined && isAtLeast(release, until)) return false;
  return true;
}
