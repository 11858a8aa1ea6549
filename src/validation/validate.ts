import { type FieldError, fe } from '../field/field-error.js';
import { Path } from '../field/path.js';
import { identify } from '../scheme/identify.js';
import { type Group, type Kind, kindInfo, type Version } from '../scheme/kinds.js';
import { checkSchema } from '../schema/check.js';
import { inputExceedsDepth } from '../schema/prune.js';
import { checkListEnvelope } from '../schema/list-envelope.js';
import { pathFromHub, toHubForValidation } from '../conversion/hub.js';
import { type CertManagerRelease, DEFAULT_RELEASE, parseRelease } from '../release/release.js';
import { appendAll } from '../util/append.js';
import { exceedsDepth, tooDeepError } from '../util/depth.js';
import { describeThrown } from '../util/describe.js';
import { isRecord, type JsonObject } from '../util/json.js';
import { type FeatureGates, resolveFeatureGates } from './feature-gates.js';
import { validateObjectMeta } from './meta/object-meta.js';
import { isNotServed, notServedWarning } from './served.js';
import { validators } from './table.js';
import { undecodableFields } from './undecodable.js';
import type { Findings, Operation, RuleContext } from './types.js';

/**
 * Options of {@link validate}.
 * @public
 */
export interface ValidateOptions {
  /** `CREATE` (default) or `UPDATE`. */
  readonly operation?: Operation;
  /** The object before the change; used on `UPDATE`. */
  readonly oldObject?: unknown;
  /** Feature gates; unset gates take the defaults of {@link ValidateOptions.certManagerVersion}. */
  readonly featureGates?: FeatureGates;
  /**
   * The cert-manager release to check against: `v1.12` … `v1.21` or `master` (default). `1.14`
   * and `v1.14.7` are read as `v1.14`. An unknown release gives one error listing the supported
   * ones, and nothing else is checked.
   */
  readonly certManagerVersion?: string;
  /**
   * Check the object against the JSON Schema of its version (default `true`), strictly:
   * unknown fields are errors. `false` runs only the webhook's semantic rules.
   */
  readonly schema?: boolean;
}

/**
 * Internal, not part of the package's API: a caller that has already checked that neither the
 * object nor the old object nests past the depth limit (the admission decoder) sets this key on
 * the options to `true`, and {@link validate} does not walk them a second time.
 */
export const DEPTH_CHECKED: unique symbol = Symbol('cmapi.depthChecked');

/**
 * The outcome of {@link validate}: errors deny, warnings only inform.
 * @public
 */
export interface ValidationResult {
  /** Every problem found; the object is valid when this is empty. */
  readonly errors: FieldError[];
  /** Advice that does not reject the object. */
  readonly warnings: string[];
}

/**
 * Validates a cert-manager object (or a list of them) as cert-manager's admission webhook and
 * the API server's schema check would. Objects of older versions are checked through v1 and
 * their errors name the object's own fields. Never throws and never mutates its input.
 * @param object - any value, typically a parsed manifest
 * @param options - operation, old object, feature gates and whether to check the schema
 * @returns the field errors and warnings
 * @example
 * ```ts
 * const { errors } = validate({
 *   apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: { name: 'web' },
 *   spec: { secretName: 'web-tls', issuerRef: { name: 'ca' } },
 * });
 * // errors: [{ type: 'FieldValueInvalid', field: 'spec', detail: 'at least one of …' }]
 * ```
 * @public
 */
export function validate(object: unknown, options: ValidateOptions = {}): ValidationResult {
  try {
    const release = parseRelease(options.certManagerVersion ?? DEFAULT_RELEASE);
    if (!release.ok) return { errors: [fe.notSupported('', options.certManagerVersion, release.message)], warnings: [] };
    // LIMIT-DEPTH: deeper input would exhaust the stack of the walks below.
    const depthChecked = (options as { readonly [DEPTH_CHECKED]?: unknown })[DEPTH_CHECKED] === true;
    if (inputExceedsDepth(object, depthChecked) || (!depthChecked && exceedsDepth(options.oldObject)))
      return { errors: [tooDeepError()], warnings: [] };
    return validateAny(object, options, release.release, Path.root());
  } catch (err) {
    // A throw here is a bug; report it as data rather than crash the caller.
    return { errors: [fe.internal('', `cmapi failed to validate this object: ${describeThrown(err)}`)], warnings: [] };
  }
}

function validateAny(object: unknown, options: ValidateOptions, release: CertManagerRelease, at: Path): ValidationResult {
  const id = identify(object);
  if (!id.ok) return { errors: id.errors.map((e) => prefixed(e, at)), warnings: [] };
  const identity = id.identity;
  if (identity.shape === 'object') {
    return validateOne(object as JsonObject, identity.group, identity.version, identity.kind, options, release, at);
  }
  const out: Findings = { errors: [], warnings: [] };
  if (options.schema !== false && identity.shape === 'list') {
    const label = `${(object as JsonObject).apiVersion} ${(object as JsonObject).kind}`;
    appendAll(
      out.errors,
      checkListEnvelope(object, label).map((e) => prefixed(e, at)),
    );
  }
  const items = (object as JsonObject).items;
  if (items === undefined || items === null) return out;
  if (!Array.isArray(items)) {
    out.errors.push(fe.typeInvalid(at.child('items'), items, 'items must be a list of objects'));
    return out;
  }
  items.forEach((raw, i) => {
    const item = identity.shape === 'list' ? withListIdentity(raw, object as JsonObject) : raw;
    const r = validateAny(item, itemOptions(options, i), release, at.child('items').index(i));
    if (identity.shape === 'list') appendAll(r.errors, wrongListItem(item, identity, at.child('items').index(i)));
    appendAll(out.errors, r.errors);
    appendAll(out.warnings, r.warnings);
  });
  return out;
}

function itemOptions(options: ValidateOptions, i: number): ValidateOptions {
  const oldItems = isRecord(options.oldObject) ? options.oldObject.items : undefined;
  return { ...options, oldObject: Array.isArray(oldItems) ? oldItems[i] : undefined };
}

function validateOne(
  object: JsonObject,
  group: Group,
  version: Version,
  kind: Kind,
  options: ValidateOptions,
  release: CertManagerRelease,
  at: Path,
): ValidationResult {
  const errors: FieldError[] = [];
  const warnings: string[] = [];
  if (isNotServed(version)) warnings.push(notServedWarning(`${group}/${version}`, group)); // API-VERSION-NOT-SERVED
  const schemaErrors: FieldError[] = [];
  if (options.schema !== false) {
    appendAll(schemaErrors, checkSchema(object, group, version, kind, release, true));
    // META-*: the API server's ObjectMeta checks, part of the schema side.
    const meta = validateObjectMeta(object, kindInfo(kind), options.operation === 'UPDATE' ? 'UPDATE' : 'CREATE', options.oldObject);
    appendAll(schemaErrors, meta.errors);
    appendAll(warnings, meta.warnings);
  }
  const hub = version === 'v1' ? object : toHubForValidation(object, version, kind);
  if (hub !== undefined) {
    const old = isRecord(options.oldObject) ? options.oldObject : undefined;
    const oldHub = old === undefined ? undefined : oldVersionHub(old, kind);
    const ctx: RuleContext = {
      operation: options.operation === 'UPDATE' ? 'UPDATE' : 'CREATE',
      oldObject: oldHub,
      gates: resolveFeatureGates(options.featureGates, release),
      release,
    };
    // A value the webhook cannot decode rejects the object before any rule runs.
    const undecodable = undecodableFields(kind, hub);
    if (undecodable.length > 0) appendAll(errors, fromHub(undecodable, kind, version, object));
    else {
      const found = validators[kind](hub, ctx);
      appendAll(errors, fromHub(found.errors, kind, version, object));
      appendAll(warnings, found.warnings);
    }
  }
  const merged = mergeErrors(schemaErrors, errors);
  return { errors: at.isEmpty() ? merged : merged.map((e) => prefixed(e, at)), warnings };
}

/** Errors of the v1 form renamed to the object's own version's fields. */
function fromHub(errors: FieldError[], kind: Kind, version: Version, object: JsonObject): FieldError[] {
  return version === 'v1' ? errors : errors.map((e) => ({ ...e, field: pathFromHub(kind, version, e.field, object) }));
}

/**
 * The schema errors, then the rules' errors. A schema error the semantic rules also report (same
 * type and field) is one problem: keep the rule's (it carries the rule ID). Without errors on
 * both sides there is nothing to compare (the common case allocates nothing).
 */
function mergeErrors(schemaErrors: FieldError[], ruleErrors: FieldError[]): FieldError[] {
  if (ruleErrors.length === 0) return schemaErrors;
  if (schemaErrors.length === 0) return ruleErrors;
  const seen = new Set(ruleErrors.map((e) => `${e.type} ${e.field}`));
  const merged = schemaErrors.filter((e) => !seen.has(`${e.type} ${e.field}`));
  return appendAll(merged, ruleErrors);
}

/** The old object in v1 form, whatever version it was written in. */
function oldVersionHub(old: JsonObject, kind: Kind): JsonObject | undefined {
  const id = identify(old);
  if (!id.ok || id.identity.shape !== 'object' || id.identity.kind !== kind) return old;
  return id.identity.version === 'v1' ? old : toHubForValidation(old, id.identity.version, kind);
}

/**
 * Items of a `<Kind>List` may leave out apiVersion and kind (the API server writes lists that
 * way); they are the list's kind in the list's version.
 */
function withListIdentity(item: unknown, list: JsonObject): unknown {
  if (!isRecord(item) || item.apiVersion !== undefined || item.kind !== undefined) return item;
  return { apiVersion: list.apiVersion, kind: String(list.kind).replace(/List$/, ''), ...item };
}

function wrongListItem(item: unknown, list: { group: Group; version: Version; kind: Kind }, at: Path): FieldError[] {
  const id = identify(item);
  if (!id.ok || id.identity.shape !== 'object') return [];
  if (id.identity.kind === list.kind && id.identity.group === list.group) return [];
  return [fe.invalid(at.child('kind'), (item as JsonObject).kind, `a ${list.kind}List may only hold ${list.kind} objects`)];
}

function prefixed(e: FieldError, at: Path): FieldError {
  if (at.isEmpty()) return e;
  const base = at.toString();
  return { ...e, field: e.field === '' ? base : `${base}.${e.field}` };
}
