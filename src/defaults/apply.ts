import { type FieldError, fe } from '../field/field-error.js';
import { type Identity, identify } from '../scheme/identify.js';
import type { Kind, Version } from '../scheme/kinds.js';
import { copyJson, copyJsonWithin, TOO_DEEP } from '../patch/copy.js';
import { type CertManagerRelease, DEFAULT_RELEASE, parseRelease } from '../release/release.js';
import { appendAll } from '../util/append.js';
import { MAX_NESTING_DEPTH, tooDeepError } from '../util/depth.js';
import { describeThrown } from '../util/describe.js';
import { isRecord, type JsonObject } from '../util/json.js';
import { arrayAt } from './draft.js';
import { Site } from './site.js';
import { DEFAULTERS } from './table.js';
import { DEFAULT_SETS, type Defaulted, type DefaultingResult, type DefaultSet, type DefaultsOptions } from './types.js';

/**
 * Fills in the defaults of a cert-manager object (or a `<Kind>List` or core `v1 List` of
 * them) and returns the defaulted copy with the RFC 6902 JSON Patch that produces it.
 *
 * Only v1 objects have defaults: the `scheme` set sets an empty `spec.issuerRef.kind`/`group`
 * to `Issuer`/`cert-manager.io` (Certificate, CertificateRequest, Order, Challenge); `runtime`
 * sets an empty Certificate `spec.privateKey.rotationPolicy` to `Always`; `schema` applies the
 * CRD `default:` values (Issuer/ClusterIssuer ACME `renewalInformationSource`, Gateway API
 * `parentRefs[]` group/kind, `imagePullSecrets[].name`) of the release named by
 * `certManagerVersion` (master when unset; see docs/releases.md for which release has which). Objects of v1alpha2, v1alpha3 and
 * v1beta1 come back unchanged, as upstream has no defaults for them.
 *
 * Never throws and never modifies its input (which may be deeply frozen). When the input is
 * not a cert-manager object, or holds a value of the wrong type where a default would go, the
 * result carries field errors, an empty patch and an unchanged copy.
 * @param object - any value, typically a parsed manifest
 * @param options - which default sets to apply (default: all three) and the cert-manager release
 * @returns the defaulted copy (typed as the input: `applyDefaults(cert).object.spec` is a
 *   `v1.Certificate`'s spec when `cert` is one), the patch and any errors
 * @example
 * ```ts
 * const { object, patch } = applyDefaults({
 *   apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: { name: 'web' },
 *   spec: { secretName: 'web-tls', issuerRef: { name: 'ca' } },
 * }, { defaults: ['scheme'] });
 * // patch: [{ op: 'add', path: '/spec/issuerRef/kind', value: 'Issuer' },
 * //         { op: 'add', path: '/spec/issuerRef/group', value: 'cert-manager.io' }]
 * ```
 * @public
 */
export function applyDefaults<T>(object: T, options: DefaultsOptions = {}): DefaultingResult<Defaulted<T>> {
  return defaultsOf(object, options) as DefaultingResult<Defaulted<T>>;
}

function defaultsOf(object: unknown, options: DefaultsOptions): DefaultingResult {
  try {
    // LIMIT-DEPTH: the copy and the defaulters recurse; deeper input comes back as is. The
    // copy measures the depth as it goes (one walk instead of two).
    const copy = copyJsonWithin(object, MAX_NESTING_DEPTH);
    if (copy === TOO_DEEP) return unchanged(object, [tooDeepError()]);
    const release = parseRelease(isRecord(options) ? (options.certManagerVersion ?? DEFAULT_RELEASE) : DEFAULT_RELEASE);
    if (!release.ok) return unchanged(copy, [fe.notSupported('', options.certManagerVersion, release.message)]);
    const id = identify(object);
    if (!id.ok) return unchanged(copy, id.errors);
    const sets = chosenSets(options);
    const errors: FieldError[] = [];
    // The defaulters change the private copy in place; its site records the changes for the patch.
    const root = Site.root(copy as JsonObject);
    defaultAny(root, id.identity, sets, release.release, errors);
    if (errors.length === 0) return { object: root.value, patch: root.patch(), errors: [] };
    // The copy may hold some defaults already: the caller gets an untouched one.
    return unchanged(copyJson(object), distinct(errors));
  } catch (err) {
    // A throw here is a bug; report it as data rather than crash the caller.
    return unchanged(untouchedCopy(object), [fe.internal('', `cmapi failed to default this object: ${describeThrown(err)}`)]);
  }
}

/** A copy of the input for the bug path, or the input itself should even copying throw. */
function untouchedCopy(object: unknown): unknown {
  try {
    return copyJson(object);
  } catch {
    return object;
  }
}

function unchanged(object: unknown, errors: FieldError[]): DefaultingResult {
  return { object, patch: [], errors };
}

/** The errors without repeats (several sets may trip over the same bad `spec`). */
function distinct(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.type} ${e.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function chosenSets(options: DefaultsOptions): readonly DefaultSet[] {
  const wanted: unknown = isRecord(options) ? options.defaults : undefined;
  return Array.isArray(wanted) ? DEFAULT_SETS.filter((s) => wanted.includes(s)) : DEFAULT_SETS;
}

function defaultAny(
  site: Site<JsonObject>,
  identity: Identity,
  sets: readonly DefaultSet[],
  release: CertManagerRelease,
  errors: FieldError[],
): void {
  if (identity.shape === 'object') {
    defaultOne(site, identity.version, identity.kind, sets, release, errors);
    return;
  }
  const list = arrayAt(site, 'items', errors);
  const items = list?.value ?? [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!isRecord(item)) {
      errors.push(fe.typeInvalid(site.path('items').index(i), item, 'a list item must be an object'));
      continue;
    }
    const itemSite = (list as Site<unknown[]>).child(i, item);
    const id = itemIdentity(item, identity, itemSite, errors);
    if (id) defaultAny(itemSite, id, sets, release, errors);
  }
}

/**
 * The identity of a list item: its own; in a `<Kind>List`, an item without `apiVersion` and
 * `kind` takes the list's, and an item of another kind is an error.
 */
function itemIdentity(item: JsonObject, list: Identity, site: Site<JsonObject>, errors: FieldError[]): Identity | undefined {
  const bare = item.apiVersion === undefined && item.kind === undefined;
  if (list.shape === 'list' && bare) return { shape: 'object', group: list.group, version: list.version, kind: list.kind };
  const id = identify(item);
  if (!id.ok) {
    const at = site.path().toString();
    appendAll(
      errors,
      id.errors.map((e) => ({ ...e, field: e.field === '' ? at : `${at}.${e.field}` })),
    );
    return undefined;
  }
  if (list.shape === 'list' && (id.identity.shape !== 'object' || id.identity.kind !== list.kind || id.identity.group !== list.group)) {
    errors.push(fe.invalid(site.path('kind'), item.kind, `a ${list.kind}List may only hold ${list.kind} objects of ${list.group}`));
    return undefined;
  }
  return id.identity;
}

function defaultOne(
  site: Site<JsonObject>,
  version: Version,
  kind: Kind,
  sets: readonly DefaultSet[],
  release: CertManagerRelease,
  errors: FieldError[],
): void {
  const table = DEFAULTERS[version][kind];
  for (const set of sets) for (const defaulter of table[set] ?? []) defaulter(site, errors, release);
}
