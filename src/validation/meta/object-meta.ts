/**
 * META-*: the ObjectMeta checks the Kubernetes API server runs on every custom resource before
 * any webhook sees it (apimachinery `ValidateObjectMetaAccessor` on create and
 * `ValidateObjectMetaAccessorUpdate` on update, with names checked as DNS-1123 subdomains).
 * They belong to the schema side of {@link validate}: the webhook itself never reports them.
 *
 * Deliberate differences, because a manifest is checked before kubectl and the API server fill
 * fields in: a missing `metadata.namespace` is not an error (the request's namespace is used),
 * a namespace on a cluster-scoped kind is a warning (the API server clears it), and an update
 * without `resourceVersion` is not an error (apply and patch take it from the live object).
 */
import { type FieldError, fe, withRule } from '../../field/field-error.js';
import { Path } from '../../field/path.js';
import {
  dns1123LabelProblems,
  dns1123SubdomainProblems,
  isDns1123Label,
  isDns1123Subdomain,
  maskTrailingDash,
} from '../../go/apimachinery/dns1123.js';
import { isLabelKey, labelKeyProblems } from '../../go/apimachinery/labels.js';
import type { KindInfo } from '../../scheme/kinds.js';
import { isRecord, type JsonObject } from '../../util/json.js';
import { validateAnnotations, validateLabels } from '../helpers/annotations.js';
import type { Findings, Operation } from '../types.js';
import { appendAll } from '../../util/append.js';

const META = Path.root('metadata');
const R = 'META-OWNER-REFERENCES';
const LABELS_AT = META.child('labels');
const ANNOTATIONS_AT = META.child('annotations');
const LABEL_RULES = { key: 'META-LABELS', value: 'META-LABELS' };
const ANNOTATION_RULES = { key: 'META-ANNOTATIONS', tooLong: 'META-ANNOTATIONS' };

/** Finalizers that may not be set together (metav1's orphan and foreground deletion). */
const ORPHAN = 'orphan';
const FOREGROUND = 'foregroundDeletion';

/**
 * The API server's metadata checks of one object.
 * @param object - the object as written (any version: metadata is the same in all)
 * @param kind - the facts of its kind (namespaced or not)
 * @param operation - CREATE or UPDATE
 * @param oldObject - the previous object on UPDATE, when known
 */
export function validateObjectMeta(object: JsonObject, kind: KindInfo, operation: Operation, oldObject: unknown): Findings {
  const meta = isRecord(object.metadata) ? object.metadata : {};
  const errors: FieldError[] = [];
  const warnings: string[] = [];
  if (operation === 'UPDATE') {
    const old = isRecord(oldObject) && isRecord(oldObject.metadata) ? oldObject.metadata : undefined;
    if (old !== undefined) immutable(meta, old, errors);
  } else {
    names(meta, errors);
  }
  namespace(meta, kind, operation, errors, warnings);
  if (operation === 'CREATE') generation(meta, errors);
  if (isRecord(meta.labels)) appendAll(errors, validateLabels(meta.labels, LABELS_AT, LABEL_RULES));
  if (isRecord(meta.annotations)) appendAll(errors, validateAnnotations(meta.annotations, ANNOTATIONS_AT, ANNOTATION_RULES));
  if (Array.isArray(meta.ownerReferences)) ownerReferences(meta.ownerReferences, errors);
  if (operation === 'CREATE' && Array.isArray(meta.finalizers)) finalizers(meta.finalizers, errors);
  return { errors, warnings };
}

/** META-NAME, META-GENERATE-NAME: a DNS-1123 subdomain name, or a generateName prefix. */
function names(meta: JsonObject, errors: FieldError[]): void {
  const generateName = typeof meta.generateName === 'string' ? meta.generateName : '';
  // The fast predicates decide; the messages are made only for a name that fails them.
  if (generateName !== '' && !isDns1123Subdomain(maskTrailingDash(generateName))) {
    for (const msg of dns1123SubdomainProblems(maskTrailingDash(generateName))) {
      errors.push(withRule('META-GENERATE-NAME', fe.invalid(META.child('generateName'), generateName, `a name prefix ${msg}`)));
    }
  }
  if (meta.name !== undefined && meta.name !== null && typeof meta.name !== 'string') return; // a schema type error
  const name = typeof meta.name === 'string' ? meta.name : '';
  if (name === '') {
    // The API server generates the name from generateName before it validates.
    if (generateName === '') errors.push(withRule('META-NAME', fe.required(META.child('name'), 'name or generateName is required')));
    return;
  }
  if (isDns1123Subdomain(name)) return;
  for (const msg of dns1123SubdomainProblems(name)) errors.push(withRule('META-NAME', fe.invalid(META.child('name'), name, msg)));
}

/** META-NAMESPACE: a DNS-1123 label on namespaced kinds; a warning on cluster-scoped ones. */
function namespace(meta: JsonObject, kind: KindInfo, operation: Operation, errors: FieldError[], warnings: string[]): void {
  if (typeof meta.namespace !== 'string' || meta.namespace === '') return;
  if (!kind.namespaced) {
    if (operation === 'CREATE') {
      warnings.push(`metadata.namespace is ignored: ${kind.kind} is cluster-scoped, and the API server drops the namespace`);
    }
    return;
  }
  if (isDns1123Label(meta.namespace)) return;
  for (const msg of dns1123LabelProblems(meta.namespace)) {
    errors.push(withRule('META-NAMESPACE', fe.invalid(META.child('namespace'), meta.namespace, msg)));
  }
}

/** META-GENERATION: never negative. */
function generation(meta: JsonObject, errors: FieldError[]): void {
  if (typeof meta.generation === 'number' && meta.generation < 0) {
    errors.push(withRule('META-GENERATION', fe.invalid(META.child('generation'), meta.generation, 'must be greater than or equal to 0')));
  }
}

/** META-OWNER-REFERENCES: apiVersion (with a version), kind, name and uid; one controller at most. */
function ownerReferences(refs: readonly unknown[], errors: FieldError[]): void {
  const at = META.child('ownerReferences');
  let controller = '';
  for (const raw of refs) {
    const ref = isRecord(raw) ? raw : {};
    const text = (k: string): string => (typeof ref[k] === 'string' ? (ref[k] as string) : '');
    const apiVersion = text('apiVersion');
    const { group, version } = parseGroupVersion(apiVersion);
    if (version === '')
      errors.push(withRule(R, fe.invalid(at.child('apiVersion'), apiVersion, 'must name a version (for example cert-manager.io/v1)')));
    if (text('kind') === '') errors.push(withRule(R, fe.invalid(at.child('kind'), text('kind'), 'must not be empty')));
    if (text('name') === '') errors.push(withRule(R, fe.invalid(at.child('name'), text('name'), 'must not be empty')));
    if (text('uid') === '') errors.push(withRule(R, fe.invalid(at.child('uid'), text('uid'), 'must not be empty')));
    if (group === '' && version === 'v1' && text('kind') === 'Event')
      errors.push(withRule(R, fe.invalid(at, raw, 'a core v1 Event may not own objects')));
    if (ref.controller === true) {
      const current = `${text('kind')}/${text('name')}`;
      if (controller === '') controller = current;
      else
        errors.push(
          withRule(R, fe.invalid(at, refs, `only one owner reference may set controller: true; found it on ${controller} and ${current}`)),
        );
    }
  }
}

/** apimachinery `ParseGroupVersion`: `v1`, `group/version`; more than one `/` parses to nothing. */
function parseGroupVersion(apiVersion: string): { group: string; version: string } {
  if (apiVersion === '' || apiVersion === '/') return { group: '', version: '' };
  const parts = apiVersion.split('/');
  if (parts.length === 1) return { group: '', version: apiVersion };
  if (parts.length === 2) return { group: parts[0] as string, version: parts[1] as string };
  return { group: '', version: '' };
}

/** META-FINALIZERS: qualified names; orphan and foregroundDeletion not both. */
function finalizers(list: readonly unknown[], errors: FieldError[]): void {
  const at = META.child('finalizers');
  const names = list.filter((f): f is string => typeof f === 'string');
  for (const f of names) {
    if (isLabelKey(f)) continue;
    for (const msg of labelKeyProblems(f)) errors.push(withRule('META-FINALIZERS', fe.invalid(at, f, msg)));
  }
  if (names.includes(ORPHAN) && names.includes(FOREGROUND)) {
    errors.push(withRule('META-FINALIZERS', fe.invalid(at, list, `finalizers ${ORPHAN} and ${FOREGROUND} may not both be set`)));
  }
}

/** META-IMMUTABLE: name, namespace and uid may not change on update. */
function immutable(meta: JsonObject, old: JsonObject, errors: FieldError[]): void {
  for (const k of ['name', 'namespace', 'uid'] as const) {
    const now = meta[k];
    const before = old[k];
    // An empty or missing new value is filled from the live object by apply and patch.
    if (typeof now !== 'string' || now === '' || typeof before !== 'string' || before === '') continue;
    if (now !== before)
      errors.push(withRule('META-IMMUTABLE', fe.invalid(META.child(k), now, `field is immutable (was ${JSON.stringify(before)})`)));
  }
}
