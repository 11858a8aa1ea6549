/**
 * Equality by meaning (docs/conversion.md): two forms of an object mean the same when they
 * differ only where Go would not tell them apart. Two kinds of difference are not a change:
 * - a Go zero value (`null`, `""`, `0`, `[]`, `{}`) at a field whose absence means the same
 *   (the pointers and `omitempty` fields the conversion creates or renames), such as the empty
 *   `subject: {}` and `privateKey: {}` that v1alpha2 → v1 → v1alpha2 leaves behind;
 * - a value re-printed in Go form that denotes the same value: durations (`2160h` and
 *   `2160h0m0s`), bytes (the same octets in another base64 layout), and times at whole seconds
 *   in another zone notation. A time that loses its fractional seconds is a change.
 * Preservation annotations (`conversion.cmapi.io/…`) are not part of the meaning.
 */
import type { Kind } from '../scheme/kinds.js';
import { isRecord, type JsonObject, jsonEqual } from '../util/json.js';
import { copyJson } from './clone.js';
import { canonicalBase64, canonicalTime, type GoFormat, goDuration } from './go-form.js';
import { GO_FORM_PATTERNS } from './go-form-paths.js';
import { PRESERVATION_PREFIX } from './preserve.js';
import { eachMember, mapRows, type Pattern, pattern } from './walk.js';

const CERTIFICATE_ZERO = [
  'spec.emailAddresses',
  'spec.uris',
  'spec.emailSANs',
  'spec.uriSANs',
  'spec.organization',
  'spec.keyAlgorithm',
  'spec.keyEncoding',
  'spec.keySize',
  'spec.privateKey.algorithm',
  'spec.privateKey.encoding',
  'spec.privateKey.size',
  'spec.subject.organizations',
  // containers last: emptied by the fields above, they go too
  'spec.subject',
  'spec.privateKey',
];

/** Per kind, the fields (any version's name) where a Go zero value means the same as absence. */
export const ZERO_MEANS_ABSENT_PATHS: Readonly<Record<Kind, readonly string[]>> = {
  Certificate: CERTIFICATE_ZERO,
  CertificateRequest: [],
  Issuer: ['spec.acme.preferredChain'],
  ClusterIssuer: ['spec.acme.preferredChain'],
  Order: [],
  Challenge: [],
};

/** {@link ZERO_MEANS_ABSENT_PATHS} with the patterns parsed. */
const ZERO_MEANS_ABSENT: Readonly<Record<Kind, readonly Pattern[]>> = mapRows(ZERO_MEANS_ABSENT_PATHS, pattern);

const isZero = (v: unknown): boolean =>
  v === null || v === '' || v === 0 || (Array.isArray(v) && v.length === 0) || (isRecord(v) && Object.keys(v).length === 0);

/** The value's meaning in Go form, when re-printing keeps it (see the module comment). */
function sameValueForm(format: GoFormat, v: unknown): unknown {
  if (typeof v !== 'string') return v;
  if (format === 'duration') return goDuration(v) ?? v;
  if (format === 'bytes') return canonicalBase64(v) ?? v;
  return v.includes('.') ? v : (canonicalTime(v) ?? v);
}

/** A copy of `o` in the normal form that {@link sameMeaning} compares. */
export function meaningOf(o: JsonObject, kind: Kind): JsonObject {
  const c = copyJson(o);
  const meta = c.metadata;
  if (isRecord(meta) && isRecord(meta.annotations)) {
    for (const k of Object.keys(meta.annotations)) if (k.startsWith(PRESERVATION_PREFIX)) delete meta.annotations[k];
    if (Object.keys(meta.annotations).length === 0) delete meta.annotations;
    if (Object.keys(meta).length === 0) delete c.metadata;
  }
  for (const p of ZERO_MEANS_ABSENT[kind]) {
    eachMember(c, p, (parent, key) => {
      if (isZero(parent[key])) delete parent[key];
    });
  }
  for (const [p, format] of GO_FORM_PATTERNS[kind]) {
    eachMember(c, p, (parent, key) => {
      parent[key] = sameValueForm(format, parent[key]);
    });
  }
  return c;
}

/** Whether `a` and `b` (objects of `kind` in the same version) mean the same. */
export function sameMeaning(a: JsonObject, b: JsonObject, kind: Kind): boolean {
  return equalJson(a, b) || jsonEqual(meaningOf(a, kind), meaningOf(b, kind));
}

/**
 * `jsonEqual` (util/json.ts) with loops instead of `every` callbacks: every conversion compares
 * its round trip with its input, and most of the two is the same objects, which return at once.
 * Holes in lists are skipped, as `every` skips them.
 */
function equalJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return jsonEqual(a, b);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (i in a && !equalJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!Object.hasOwn(b, k) || !equalJson((a as JsonObject)[k], (b as JsonObject)[k])) return false;
  return true;
}
