import { type FieldError, fe, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { type JsonObject, obj } from '../../util/json.js';
import { type AnnotationRules, type LabelRules, sortedKeys, validateAnnotations, validateLabels } from '../helpers/annotations.js';
import { appendAll } from '../../util/append.js';

const RESERVED_PREFIX = 'cert-manager.io/';
const ALLOWED_RESERVED = 'cert-manager.io/allow-direct-injection';
const LABEL_RULES: LabelRules = { key: 'CERT-SECRETTEMPLATE-LABEL-KEY', value: 'CERT-SECRETTEMPLATE-LABEL-VALUE' };
const ANNOTATION_RULES: AnnotationRules = {
  key: 'CERT-SECRETTEMPLATE-ANNOTATION-KEY',
  tooLong: 'CERT-SECRETTEMPLATE-ANNOTATIONS-TOOLONG',
};

/**
 * CERT-SECRETTEMPLATE-*: the labels and annotations `spec.secretTemplate` copies onto the
 * Secret. Order: label errors, then reserved-annotation errors, then annotation key errors,
 * then the annotation size limit. Keys are visited in sorted order.
 */
export function validateSecretTemplate(spec: JsonObject, path: Path): FieldError[] {
  const template = obj(spec, 'secretTemplate');
  if (template === undefined) return [];
  const at = path.child('secretTemplate');
  const out: FieldError[] = [];
  const labels = obj(template, 'labels');
  // CERT-SECRETTEMPLATE-LABEL-KEY, CERT-SECRETTEMPLATE-LABEL-VALUE
  if (labels !== undefined) appendAll(out, validateLabels(labels, at.child('labels'), LABEL_RULES));
  const annotations = obj(template, 'annotations');
  if (annotations !== undefined) {
    const annotationsAt = at.child('annotations');
    // CERT-SECRETTEMPLATE-ANNOTATION-RESERVED (case-sensitive prefix); sorted only to order errors
    for (const k of hasReservedKey(annotations) ? sortedKeys(annotations) : NO_KEYS) {
      if (k.startsWith(RESERVED_PREFIX) && k !== ALLOWED_RESERVED) {
        out.push(
          withRule(
            'CERT-SECRETTEMPLATE-ANNOTATION-RESERVED',
            fe.invalid(
              annotationsAt,
              k,
              `${RESERVED_PREFIX}* annotations are reserved for cert-manager; only ${ALLOWED_RESERVED} may be set`,
            ),
          ),
        );
      }
    }
    // CERT-SECRETTEMPLATE-ANNOTATION-KEY, CERT-SECRETTEMPLATE-ANNOTATIONS-TOOLONG
    appendAll(out, validateAnnotations(annotations, annotationsAt, ANNOTATION_RULES));
  }
  return out;
}

const NO_KEYS: readonly string[] = [];

/** True when a key of `annotations` is reserved for cert-manager (one unsorted pass). */
function hasReservedKey(annotations: JsonObject): boolean {
  const keys = Object.keys(annotations);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    if (k.startsWith(RESERVED_PREFIX) && k !== ALLOWED_RESERVED) return true;
  }
  return false;
}
