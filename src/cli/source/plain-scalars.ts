import { Document, isScalar, type ScalarTag } from 'yaml';
import { KUBECTL_YAML } from './yaml-options.js';

/** What {@link readPlainScalar} returns for a scalar that the `yaml` reader would report something about. */
export const UNREADABLE: unique symbol = Symbol('unreadable');

/** The schema a document read with {@link KUBECTL_YAML} resolves scalars with, built the same way. */
const KUBECTL_DOCUMENT = new Document(null, KUBECTL_YAML);

/**
 * The tags that may claim an untagged plain scalar, in the order the `yaml` package tries them
 * (the first whose pattern matches resolves it). The merge key `<<` is left out: it is a tag of keys.
 */
const PLAIN_TAGS = KUBECTL_DOCUMENT.schema.tags.filter(
  (t): t is ScalarTag & { test: RegExp } => t.default === true && 'test' in t && t.test instanceof RegExp,
);

/**
 * Reads an untagged plain scalar exactly as the `yaml` package does with {@link KUBECTL_YAML}
 * (the same tags, tried in the same order), for a second reader that must agree with it.
 * @returns the value, or {@link UNREADABLE} where the `yaml` reader would report a problem or
 *   treat the scalar specially (a tag that fails to resolve, the merge key `<<`)
 */
export function readPlainScalar(source: string): unknown {
  if (!mayResolve(source)) return source;
  if (source.length > 32) return resolve(source);
  // Short scalars repeat (keys like `kind` and `name`, numbers like `2048`): each is resolved once.
  let value = recent.get(source);
  if (value === undefined && !recent.has(source)) {
    if (recent.size >= RECENT_MAX) recent.clear();
    value = resolve(source);
    recent.set(source, value);
  }
  return value;
}

const recent = new Map<string, unknown>();
const RECENT_MAX = 4096;

function resolve(source: string): unknown {
  if (source === '<<') return UNREADABLE;
  const tag = PLAIN_TAGS.find((t) => t.test.test(source));
  if (!tag) return source;
  let failed = false;
  try {
    const v = tag.resolve(
      source,
      () => {
        failed = true;
      },
      KUBECTL_DOCUMENT.options,
    );
    const value = isScalar(v) ? v.value : v;
    return failed ? UNREADABLE : value;
  } catch {
    return UNREADABLE;
  }
}

/**
 * Whether any tag of kubectl's YAML 1.1 might match: only `null`/`~`, the booleans (five letters
 * at most), numbers (a digit, sign, dot or exponent first) and `<<` are not plain strings. Most
 * scalars of a manifest (names, kinds, hosts) are decided here without trying the patterns.
 */
function mayResolve(source: string): boolean {
  if (source.length === 0) return true;
  const c = source.charCodeAt(0);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return source.length <= 5 || c === 0x65 || c === 0x45; // e, E: `e5`
  return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e || c === 0x7e || c === 0x3c; // 0-9 + - . ~ <
}
