/**
 * H-DOTDOT (spec/validation.md §1.8): whether a Vault path has a `..` segment, which would let
 * a request climb out of the configured mount.
 * @param path - a slash-separated path
 * @returns true when one of the `/`-separated parts is exactly `..`
 */
export function hasDotDotSegment(path: string): boolean {
  return path.split('/').includes('..');
}

/** The detail of every DOTDOT rule. */
export const DOTDOT_DETAIL = "must not contain '..' path segments";
