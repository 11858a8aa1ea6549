/**
 * Go 1.26 `encoding/asn1.Unmarshal` (parseField, parseSequenceOf, parseTagAndLength), driven by
 * a small schema instead of Go struct types. What it accepts is what Go accepts, including its
 * leniencies: bytes after the last field of a SEQUENCE read into a struct are ignored, and the
 * length of an EXPLICIT wrapper is not checked against its content.
 */
import { parseBase128 } from './values.js';
import { checkIntegerContent, checkValueOf, integerContent } from './values.js';
import { type BitString, bitStringContent, oidContent } from './values.js';

/** The Go field type a schema node stands for. */
export type Schema =
  | { readonly kind: 'struct'; readonly fields: readonly Field[] }
  /** A Go slice: SEQUENCE OF, or SET OF when `set` (a Go type named `…SET`). */
  | { readonly kind: 'slice'; readonly elem: Schema; readonly set?: boolean }
  /** asn1.RawValue: any element, undecoded. */
  | { readonly kind: 'raw' }
  /** `any`: universal primitive values are decoded (and checked), others left as undefined. */
  | { readonly kind: 'any' }
  | { readonly kind: 'oid' | 'bits' | 'int' | 'bigint' | 'bool' | 'bytes' };

/** Go struct-tag options (`asn1:"optional,explicit,tag:N,set,default:N"`). */
export interface Params {
  readonly optional?: boolean;
  readonly explicit?: boolean;
  readonly tag?: number;
  readonly set?: boolean;
  readonly default?: bigint;
}

/** One struct field. */
export interface Field extends Params {
  readonly name: string;
  readonly type: Schema;
}

/** asn1.RawValue. */
export interface RawValue {
  readonly cls: number;
  readonly tag: number;
  readonly constructed: boolean;
  readonly bytes: Uint8Array;
  readonly fullBytes: Uint8Array;
}

/** A decoded struct: its fields by name, and `raw`, the whole element (asn1.RawContent). */
export type Struct = { readonly raw: Uint8Array } & Readonly<Record<string, unknown>>;

/** An error text (Go's wording), as a class so that it cannot be mistaken for a decoded string. */
class AsnError {
  constructor(readonly message: string) {}
}

const syntax = (m: string) => new AsnError(`asn1: syntax error: ${m}`);
const structural = (m: string) => new AsnError(`asn1: structure error: ${m}`);

interface TagAndLength {
  cls: number;
  tag: number;
  length: number;
  constructed: boolean;
}

/** Go's parseTagAndLength: the header at `offset`; the length is not checked against the input. */
export function parseTagAndLength(bytes: Uint8Array, offset: number): { t: TagAndLength; offset: number } | AsnError {
  if (offset >= bytes.length) return new AsnError('asn1: internal error in parseTagAndLength');
  const b0 = bytes[offset++] as number;
  const t: TagAndLength = { cls: b0 >> 6, constructed: (b0 & 0x20) !== 0, tag: b0 & 0x1f, length: 0 };
  if (t.tag === 0x1f) {
    const r = parseBase128(bytes, offset);
    if (typeof r === 'string') return new AsnError(r);
    t.tag = r.value;
    offset = r.offset;
    if (t.tag < 0x1f) return syntax('non-minimal tag');
  }
  if (offset >= bytes.length) return syntax('truncated tag or length');
  const l0 = bytes[offset++] as number;
  if ((l0 & 0x80) === 0) {
    t.length = l0;
    return { t, offset };
  }
  const count = l0 & 0x7f;
  if (count === 0) return syntax('indefinite length found (not DER)');
  for (let i = 0; i < count; i++) {
    if (offset >= bytes.length) return syntax('truncated tag or length');
    if (t.length >= 2 ** 23) return structural('length too large');
    t.length = t.length * 256 + (bytes[offset++] as number);
    if (t.length === 0) return structural('superfluous leading zeros in length');
  }
  if (t.length < 0x80) return structural('non-minimal length');
  return { t, offset };
}

const TAG_BOOLEAN = 1;
const TAG_INTEGER = 2;
const TAG_BIT_STRING = 3;
const TAG_OCTET_STRING = 4;
const TAG_OID = 6;
const TAG_SEQUENCE = 16;
const TAG_SET = 17;

/** Go's getUniversalType: [matchAny, tag, constructed]. */
function universalType(s: Schema): [boolean, number, boolean] {
  switch (s.kind) {
    case 'raw':
    case 'any':
      return [true, 0, false];
    case 'oid':
      return [false, TAG_OID, false];
    case 'bits':
      return [false, TAG_BIT_STRING, false];
    case 'int':
    case 'bigint':
      return [false, TAG_INTEGER, false];
    case 'bool':
      return [false, TAG_BOOLEAN, false];
    case 'bytes':
      return [false, TAG_OCTET_STRING, false];
    case 'struct':
      return [false, TAG_SEQUENCE, true];
    case 'slice':
      return [false, s.set ? TAG_SET : TAG_SEQUENCE, true];
  }
}

const invalidLength = (offset: number, length: number, size: number): boolean => offset + length > size;

/** Go's setDefaultValue: whether an absent/mismatched field may be left at its default. */
const defaulted = (params: Params, set: (v: unknown) => void): boolean => {
  if (!params.optional) return false;
  set(params.default);
  return true;
};

type Setter = (v: unknown) => void;

/** Go's parseField: reads one field of type `type` at `initOffset`; returns the offset after it. */
function parseField(bytes: Uint8Array, initOffset: number, type: Schema, params: Params, set: Setter): number | AsnError {
  let offset = initOffset;
  if (offset === bytes.length) return defaulted(params, set) ? offset : syntax('sequence truncated');

  if (type.kind === 'any') {
    const h = parseTagAndLength(bytes, offset);
    if (h instanceof AsnError) return h;
    const { t } = h;
    offset = h.offset;
    if (invalidLength(offset, t.length, bytes.length)) return syntax('data truncated');
    if (!t.constructed && t.cls === 0) {
      const bad = checkValueOf(t.tag, bytes.subarray(offset, offset + t.length));
      if (bad !== undefined) return new AsnError(bad);
    }
    set(bytes.subarray(offset, offset + t.length));
    return offset + t.length;
  }

  let h = parseTagAndLength(bytes, offset);
  if (h instanceof AsnError) return h;
  let t = h.t;
  offset = h.offset;
  if (params.explicit) {
    if (offset === bytes.length) return structural('explicit tag has no child');
    if (t.cls === 2 && t.tag === (params.tag ?? 0) && (t.length === 0 || t.constructed)) {
      if (type.kind === 'raw') {
        // a RawValue keeps the wrapper itself
      } else if (t.length > 0) {
        // The inner element is read from the enclosing bytes: the wrapper's length is not used.
        h = parseTagAndLength(bytes, offset);
        if (h instanceof AsnError) return h;
        t = h.t;
        offset = h.offset;
      } else {
        return structural('zero length explicit tag was not an asn1.Flag');
      }
    } else {
      return defaulted(params, set) ? initOffset : structural("explicitly tagged member didn't match");
    }
  }

  const [matchAny, universalTag, compound] = universalType(type);
  let expectedClass = 0;
  let expectedTag = params.set ? TAG_SET : universalTag;
  let matchAnyClassAndTag = matchAny;
  if (!params.explicit && params.tag !== undefined) {
    expectedClass = 2;
    expectedTag = params.tag;
    matchAnyClassAndTag = false;
  }
  if ((!matchAnyClassAndTag && (t.cls !== expectedClass || t.tag !== expectedTag)) || (!matchAny && t.constructed !== compound)) {
    return defaulted(params, set) ? initOffset : structural(`tags don't match (${expectedTag} vs class ${t.cls} tag ${t.tag})`);
  }
  if (invalidLength(offset, t.length, bytes.length)) return syntax('data truncated');
  const inner = bytes.subarray(offset, offset + t.length);
  offset += t.length;

  switch (type.kind) {
    case 'raw':
      set({
        cls: t.cls,
        tag: t.tag,
        constructed: t.constructed,
        bytes: inner,
        fullBytes: bytes.subarray(initOffset, offset),
      } satisfies RawValue);
      return offset;
    case 'oid':
    case 'bits':
    case 'bool':
    case 'int':
    case 'bigint': {
      const v = decodePrimitive(type.kind, inner);
      if (v instanceof AsnError) return v;
      set(v);
      return offset;
    }
    case 'bytes':
      set(inner);
      return offset;
    case 'struct': {
      const out: Record<string, unknown> = { raw: bytes.subarray(initOffset, offset) };
      let innerOffset = 0;
      for (const f of type.fields) {
        const r = parseField(inner, innerOffset, f.type, f, (v) => {
          out[f.name] = v;
        });
        if (r instanceof AsnError) return r;
        innerOffset = r;
      }
      // Bytes after the last field are allowed (Go: X.509 structures grew at their end).
      set(out);
      return offset;
    }
    case 'slice': {
      const v = parseSequenceOf(inner, type.elem);
      if (v instanceof AsnError) return v;
      set(v);
      return offset;
    }
  }
}

function decodePrimitive(kind: 'oid' | 'bits' | 'bool' | 'int' | 'bigint', c: Uint8Array): unknown {
  switch (kind) {
    case 'oid': {
      const v = oidContent(c);
      return typeof v === 'string' ? v : new AsnError(v.error);
    }
    case 'bits': {
      const v: BitString | string = bitStringContent(c);
      return typeof v === 'string' ? new AsnError(v) : v;
    }
    case 'bool':
      return c.length === 1 && (c[0] === 0 || c[0] === 0xff) ? c[0] === 0xff : syntax('invalid boolean');
    case 'int': {
      const bad = checkIntegerContent(c);
      if (bad !== undefined) return new AsnError(bad);
      return c.length > 8 ? structural('integer too large') : integerContent(c);
    }
    case 'bigint': {
      const v = integerContent(c);
      return typeof v === 'string' ? new AsnError(v) : v;
    }
  }
}

/** Go's parseSequenceOf: checks every element's header first, then parses each. */
function parseSequenceOf(bytes: Uint8Array, elem: Schema): unknown[] | AsnError {
  const [matchAny, expectedTag, compound] = universalType(elem);
  let count = 0;
  for (let offset = 0; offset < bytes.length; ) {
    const h = parseTagAndLength(bytes, offset);
    if (h instanceof AsnError) return h;
    const { t } = h;
    offset = h.offset;
    if (!matchAny && (t.cls !== 0 || t.constructed !== compound || t.tag !== expectedTag)) return structural('sequence tag mismatch');
    if (invalidLength(offset, t.length, bytes.length)) return syntax('truncated sequence');
    offset += t.length;
    count++;
  }
  const out: unknown[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const r = parseField(bytes, offset, elem, {}, (v) => {
      out.push(v);
    });
    if (r instanceof AsnError) return r;
    offset = r;
  }
  return out;
}

/**
 * `asn1.Unmarshal(b, &v)` with `v` of type `type`.
 * @returns the value and the bytes after it, or Go's error text
 */
export function unmarshal<T = unknown>(
  b: Uint8Array,
  type: Schema,
  params: Params = {},
): { value: T; rest: Uint8Array } | { error: string } {
  let value: unknown;
  const r = parseField(b, 0, type, params, (v) => {
    value = v;
  });
  if (r instanceof AsnError) return { error: r.message };
  return { value: value as T, rest: b.subarray(r) };
}

/** pkix.AlgorithmIdentifier. */
export const ALGORITHM_IDENTIFIER: Schema = {
  kind: 'struct',
  fields: [
    { name: 'algorithm', type: { kind: 'oid' } },
    { name: 'parameters', type: { kind: 'raw' }, optional: true },
  ],
};

/** The decoded form of {@link ALGORITHM_IDENTIFIER}. */
export interface AlgorithmIdentifier {
  readonly raw: Uint8Array;
  readonly algorithm: string;
  readonly parameters: RawValue | undefined;
}

/** pkix.RDNSequence: SEQUENCE OF SET OF AttributeTypeAndValue { type OID, value ANY }. */
export const RDN_SEQUENCE: Schema = {
  kind: 'slice',
  elem: {
    kind: 'slice',
    set: true,
    elem: {
      kind: 'struct',
      fields: [
        { name: 'type', type: { kind: 'oid' } },
        { name: 'value', type: { kind: 'any' } },
      ],
    },
  },
};

/** pkix.Extension. */
export const EXTENSION: Schema = {
  kind: 'struct',
  fields: [
    { name: 'id', type: { kind: 'oid' } },
    { name: 'critical', type: { kind: 'bool' }, optional: true },
    { name: 'value', type: { kind: 'bytes' } },
  ],
};
