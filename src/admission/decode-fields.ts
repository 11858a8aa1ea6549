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
import { field } from '../util/json.js';

const DECODING_KEYWORDS: ReadonlySet<string> = new Set(['type', 'format']);

/**
 * The rendered problems (`spec.duration: Invalid value: "1 day": must be …`) that keep `object`
 * from decoding, or an empty list.
 * @param object - the object, already identified as `group/version kind`
 */
export function undecodableFields(object: unknown, group: Group, version: Version, kind: Kind): string[] {
  return [...new Set([...schemaProblems(object, group, version, kind), ...durationProblems(object, kind)])];
}

function schemaProblems(object: unknown, group: Group, version: Version, kind: Kind): string[] {
  const key = `${group}/${version}/${kind}`;
  const validate = VALIDATORS[key];
  const root = SHAPES.roots[key];
  if (validate === undefined || root === undefined) return [];
  const data = withoutNulls(object);
  if (validate(data)) return [];
  const problems: AjvError[] = (validate.errors ?? []).filter((e) => DECODING_KEYWORDS.has(e.keyword));
  const errors = problems.map((e) => toFieldError(e, data, root, SHAPES, `${group}/${version} ${kind}`)).filter((e) => e !== undefined);
  return errors.map(renderFieldError);
}

/** `metav1.Duration` strings Go's `time.ParseDuration` rejects (their schemas carry no format). */
function durationProblems(object: unknown, kind: Kind): string[] {
  const out: string[] = [];
  for (const [path, format] of GO_FORM_PATHS[kind]) {
    if (format !== 'duration' || path.includes('[')) continue;
    const value = field(object, ...path.split('.'));
    if (typeof value !== 'string') continue;
    const parsed = parseDuration(value);
    if (!parsed.ok) out.push(renderFieldError(fe.invalid(path, value, `must be a Go duration such as 2160h or 1h30m (${parsed.error})`)));
  }
  return out;
}
