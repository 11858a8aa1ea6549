/** CertificateRequest immutability rules (spec/validation.md §3.3, UPDATE only). */
import { type FieldError, fe, withRule } from '../../field/field-error.js';
import { Path } from '../../field/path.js';
import { field, obj } from '../../util/json.js';
import { goDeepEqual, type Shape } from '../helpers/deep-equal.js';

const ANNOTATIONS = Path.root('metadata').child('annotations');
const PROTECTED_PREFIXES = ['cert-manager.io', 'acme.cert-manager.io'];

/** The Go type of a CertificateRequest spec, as far as H-DEEPEQUAL needs it. */
const SPEC_SHAPE: Shape = {
  struct: {
    duration: 'duration',
    issuerRef: { struct: { name: 'scalar', kind: 'scalar', group: 'scalar' }, pointer: false, closed: true },
    request: 'bytes',
    isCA: 'scalar',
    usages: { list: 'scalar' },
    username: 'scalar',
    uid: 'scalar',
    groups: { list: 'scalar' },
    extra: { map: { list: 'scalar' } },
  },
  pointer: false,
  closed: true,
};

/** One annotation pass: protected keys of `from` that `to` lacks or holds with another value. */
function annotationPass(from: unknown, to: unknown): FieldError[] {
  const a = obj(from, 'metadata', 'annotations') ?? {};
  const b = obj(to, 'metadata', 'annotations') ?? {};
  return Object.keys(a)
    .sort()
    .filter((k) => PROTECTED_PREFIXES.some((p) => k.startsWith(p)))
    .filter((k) => !Object.hasOwn(b, k) || a[k] !== b[k])
    .map((k) =>
      withRule('CR-ANNOTATION-IMMUTABLE', fe.forbidden(ANNOTATIONS.child(k), 'cannot change cert-manager annotation after creation')),
    );
}

/** CR-ANNOTATION-IMMUTABLE: both passes (old → new, then new → old). */
export function validateAnnotationUpdate(oldObject: unknown, object: unknown): FieldError[] {
  return [...annotationPass(oldObject, object), ...annotationPass(object, oldObject)];
}

/** CR-SPEC-IMMUTABLE */
export function validateSpecUpdate(oldObject: unknown, object: unknown): FieldError[] {
  if (goDeepEqual(field(oldObject, 'spec'), field(object, 'spec'), SPEC_SHAPE)) return [];
  return [withRule('CR-SPEC-IMMUTABLE', fe.forbidden(Path.root('spec'), 'cannot change spec after creation'))];
}
