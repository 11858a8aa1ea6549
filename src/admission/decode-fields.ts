/**
 * The values Go's JSON decoder would refuse when the webhook decodes an object into its typed
 * struct (spec/validation.md §1.1): a value of the wrong JSON type, a `[]byte` field that is not
 * base64, a duration Go cannot parse, a timestamp that is not RFC 3339, an integer out of range.
 * Unknown fields, enums and patterns are not decoding problems. `null` reads as absent.
 */
import { GO_FORM_PATHS } from '../conversion/go-form-paths.js';
import { fe } from '../field/field-error.js';
import { renderFieldError } from '../field/render.js';
import type { Group, Kind, Version } from '../scheme/kinds.js';
import type { AjvError } from '../schema/ajv-runtime.js';
import { toFieldError } from '../schema/errors.js';
import { SHAPES } from '../schema/generated/shapes.js';
import { VALIDATORS } from '../schema/generated/validators.js';
import { withoutNulls } from '../schema/prune.js';
import { parseDuration } from '../go/time/duration.js';
import { isRecord } from '../util/json.js';

const DECODING_KEYWORDS: ReadonlySet<string> = new Set(['type', 'format']);

type DurationPaths = readonly (readonly [path: string, keys: readonly string[]])[];

/** The plain (list-free) paths of a kind's `metav1.Duration` fields, split into keys. */
const durationPaths = (kind: Kind): DurationPaths =>
  GO_FORM_PATHS[kind].filter(([path, format]) => format === 'duration' && !path.includes('[')).map(([path]) => [path, path.split('.')]);

/** {@link durationPaths} per kind, computed on first use. */
const DURATION_PATHS = new Map<Kind, DurationPaths>();

function pathsOf(kind: Kind): DurationPaths {
  const known = DURATION_PATHS.get(kind);
  if (known !== undefined) return known;
  const paths = durationPaths(kind);
  DURATION_PATHS.set(kind, paths);
  return paths;
}

/**
 * The rendered problems (`spec.duration: Invalid value: "1 day": must be …`) that keep `object`
 * from decoding, or an empty list.
 * @param object - the object, already identified as `group/version kind`
 */
export function undecodableFields(object: unknown, group: Group, version: Version, kind: Kind): string[] {
  const schema = schemaProblems(object, group, version, kind);
  const durations = durationProblems(object, kind);
  // Nothing to merge on the success path: no copies, no Set.
  if (schema.length === 0 && durations.length === 0) return schema;
  return [...new Set([...schema, ...durations])];
}

function schemaProblems(object: unknown, group: Group, version: Version, kind: Kind): string[] {
  const key = `${group}/${version}/${kind}`;
  const validate = VALIDATORS[key];
  const root = SHAPES.roots[key];
  if (validate === undefined || root === undefined) return [];
  // Pruning keeps every non-null value at its path and only removes null properties, and the
  // decoding keywords (type, format) judge each value alone: an object the schema accepts as it
  // is has no decoding problem once pruned either. So copy it only when the first check fails.
  if (validate(object)) return [];
  const data = withoutNulls(object);
  if (validate(data)) return [];
  const problems: AjvError[] = (validate.errors ?? []).filter((e) => DECODING_KEYWORDS.has(e.keyword));
  const errors = problems.map((e) => toFieldError(e, data, root, SHAPES, `${group}/${version} ${kind}`)).filter((e) => e !== undefined);
  return errors.map(renderFieldError);
}

/** `metav1.Duration` strings Go's `time.ParseDuration` rejects (their schemas carry no format). */
function durationProblems(object: unknown, kind: Kind): string[] {
  const out: string[] = [];
  for (const [path, keys] of pathsOf(kind)) {
    const value = valueAt(object, keys);
    if (typeof value !== 'string') continue;
    const parsed = parseDuration(value);
    if (!parsed.ok) out.push(renderFieldError(fe.invalid(path, value, `must be a Go duration such as 2160h or 1h30m (${parsed.error})`)));
  }
  return out;
}

/** `field(object, ...keys)` over a pre-split path, without the rest-argument array. */
function valueAt(object: unknown, keys: readonly string[]): unknown {
  let cur = object;
  for (let i = 0; i < keys.length; i++) {
    if (!isRecord(cur) || !Object.hasOwn(cur, keys[i] as string)) return undefined;
    cur = cur[keys[i] as string];
  }
  return cur;
}
