/**
 * The allow-list of documented, deliberate differences. The file is JSON:
 * `{ "entries": [{ "target": "cert-manager.io/v1alpha*\/Certificate", "path": "spec.literalSubject",
 * "contains": "not in the CRD", "reason": "…" }] }`. `target` (a glob or a list of globs) and
 * `path` are globs (`*` matches any characters); `path` also covers everything below it; `contains`, when given, must occur
 * in the difference text. Every entry needs a non-empty reason.
 */
import type { Difference } from './diff.js';

/** One documented difference. */
export interface AllowEntry {
  /** One glob, or several (any may match). */
  readonly target: string | readonly string[];
  readonly path: string;
  readonly contains?: string;
  readonly reason: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A glob (only `*` is special) as an anchored regular expression. */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`);
}

/** Parses the allow-list JSON; malformed entries come back as problems. */
export function parseAllowList(json: unknown): { entries: AllowEntry[]; problems: string[] } {
  const raw = isRecord(json) ? json.entries : json;
  const entries: AllowEntry[] = [];
  const problems: string[] = [];
  if (!Array.isArray(raw)) return { entries, problems: ['allow-list: expected {"entries": [...]} or an array'] };
  raw.forEach((e, i) => {
    const target = isRecord(e) ? e.target : undefined;
    const targetOk =
      typeof target === 'string' || (Array.isArray(target) && target.length > 0 && target.every((t) => typeof t === 'string'));
    if (!isRecord(e) || !targetOk || typeof e.path !== 'string') {
      problems.push(`allow-list entry ${i}: needs "target" (a string or a list of strings) and a string "path"`);
    } else if (typeof e.reason !== 'string' || e.reason.trim() === '') {
      problems.push(`allow-list entry ${i} (${String(e.target)} ${e.path}): needs a non-empty "reason"`);
    } else {
      entries.push({
        target: target as string | string[],
        path: e.path,
        reason: e.reason,
        ...(typeof e.contains === 'string' ? { contains: e.contains } : {}),
      });
    }
  });
  return { entries, problems };
}

/** True when `path` is `base` or lies below it (`base.x`, `base[]`, `base{}`). */
function under(path: string, base: RegExp): boolean {
  if (base.test(path)) return true;
  for (let i = path.length - 1; i > 0; i--) {
    const c = path[i];
    if ((c === '.' || c === '[' || c === '{') && base.test(path.slice(0, i))) return true;
  }
  return false;
}

/** The entry that documents `d` for `target`, if any. */
export function findAllowance(entries: readonly AllowEntry[], target: string, d: Difference): AllowEntry | undefined {
  return entries.find(
    (e) =>
      (typeof e.target === 'string' ? [e.target] : e.target).some((t) => globToRegExp(t).test(target)) &&
      under(d.path, globToRegExp(e.path)) &&
      (e.contains === undefined || d.what.includes(e.contains)),
  );
}
