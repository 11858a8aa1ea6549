/**
 * The strict schema check: an object against the JSON Schema of its group, version and kind,
 * as the API server's structural schema validation with strict field validation would see it.
 * Runs only precompiled code (`generated/`); compiles nothing at run time.
 */
import { type FieldError, fe } from '../field/field-error.js';
import type { CertManagerRelease } from '../release/release.js';
import type { Group, Kind, Version } from '../scheme/kinds.js';
import type { SchemaValidator } from './ajv-runtime.js';
import { toFieldError } from './errors.js';
import { RELEASE_EDIT_SOURCE } from './generated/releases.js';
import { SHAPES } from './generated/shapes.js';
import { VALIDATORS } from './generated/validators.js';
import { listTypeErrors } from './lists.js';
import { inputWithoutNulls, withoutNulls } from './prune.js';
import { applyReleaseEdits, releaseEditsOf } from './release-edits.js';
import type { Shape, ShapeTables } from './shape.js';
import { appendAll } from '../util/append.js';

/** What the check of one group/version/kind needs, found once. */
interface Schema {
  readonly validate: SchemaValidator;
  readonly root: Shape;
  /** `group/version/Kind`, the key of the generated tables. */
  readonly key: string;
  /** How unknown-field errors name the schema: `cert-manager.io/v1 Certificate`. */
  readonly label: string;
}

// Looked up once per group, version and kind: building `group/version/Kind` to index the
// generated tables on every call costs more than the schema check of a small valid object.
const schemas = new Map<string, Map<string, Map<string, Schema | undefined>>>();

function schemaOf(group: Group, version: Version, kind: Kind): Schema | undefined {
  let byVersion = schemas.get(group);
  if (byVersion === undefined) {
    byVersion = new Map();
    schemas.set(group, byVersion);
  }
  let byKind = byVersion.get(version);
  if (byKind === undefined) {
    byKind = new Map();
    byVersion.set(version, byKind);
  }
  const known = byKind.get(kind);
  if (known !== undefined || byKind.has(kind)) return known;
  const key = `${group}/${version}/${kind}`;
  const validate = VALIDATORS[key];
  const root = SHAPES.roots[key];
  const schema = validate === undefined || root === undefined ? undefined : { validate, root, key, label: `${group}/${version} ${kind}` };
  byKind.set(kind, schema);
  return schema;
}

/**
 * Checks an object against the JSON Schema of its group/version/kind. `null` fields count as
 * absent. Unknown fields are errors (FieldValueUnknown); see `errors.ts` for how each schema
 * keyword is reported. With a release, the schema is that release's CRD schema: a field the
 * release does not have is unknown, and its enums and required fields apply (master's
 * validator runs, then the release's overlay, `release-edits.ts`). Never throws and never
 * mutates `object`.
 * @param object - the object (any JSON)
 * @param group - its API group
 * @param version - its API version
 * @param kind - its kind
 * @param release - the cert-manager release whose schema applies (default: master)
 * @param input - whether `object` is the input `inputExceedsDepth` (prune.ts) has just walked,
 *   whose walk may have found that there is nothing to prune
 * @returns the field errors, one per problem
 */
export function checkSchema(
  object: unknown,
  group: Group,
  version: Version,
  kind: Kind,
  release?: CertManagerRelease,
  input = false,
): FieldError[] {
  const schema = schemaOf(group, version, kind);
  const data = input ? inputWithoutNulls(object) : withoutNulls(object);
  if (schema === undefined) return [fe.internal('', `cmapi has no schema for ${group}/${version}/${kind}`)];
  const edits = release === undefined || release === 'master' ? undefined : releaseEditsOf(RELEASE_EDIT_SOURCE, release);
  const edit = edits?.roots[schema.key];
  if (edits === undefined || edit === undefined) return checkPruned(data, schema.validate, schema.root, SHAPES, schema.label);
  const label = `${schema.label} of cert-manager ${release}`;
  return dedupe(
    applyReleaseEdits(checkPruned(data, schema.validate, schema.root, SHAPES, label), data, schema.root, edit, edits, SHAPES, label),
  );
}

/**
 * The check behind {@link checkSchema}, for any precompiled validator and shape table.
 * @param object - the object (any JSON)
 * @param validate - the precompiled validator of its schema
 * @param root - the shape of its schema
 * @param tables - the shape tables its definitions live in
 * @param label - how unknown-field errors name the schema (`cert-manager.io/v1 Certificate`)
 */
export function checkWith(object: unknown, validate: SchemaValidator, root: Shape, tables: ShapeTables, label: string): FieldError[] {
  return checkPruned(withoutNulls(object), validate, root, tables, label);
}

/** {@link checkWith} of data whose nulls are already pruned. */
function checkPruned(data: unknown, validate: SchemaValidator, root: Shape, tables: ShapeTables, label: string): FieldError[] {
  const duplicates = listTypeErrors(data, root, tables);
  // The common object passes: no error array of its own, nothing to dedupe.
  if (validate(data)) return duplicates.length < 2 ? duplicates : dedupe(duplicates);
  const errors: FieldError[] = [];
  for (const e of validate.errors ?? []) {
    const mapped = toFieldError(e, data, root, tables, label);
    if (mapped !== undefined) errors.push(mapped);
  }
  appendAll(errors, duplicates);
  return dedupe(errors);
}

function dedupe(errors: FieldError[]): FieldError[] {
  if (errors.length < 2) return errors; // nothing to compare: no keys built on the success path
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.type}\u0000${e.field}\u0000${e.detail}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
