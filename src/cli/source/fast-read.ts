import {
  COLLECTION_STYLE,
  constructFromEvents,
  defineMappingTag,
  defineScalarTag,
  EVENT_ID,
  type Event,
  FAILSAFE_SCHEMA,
  parseEvents,
} from 'js-yaml';
import { readPlainScalar, UNREADABLE } from './plain-scalars.js';
import type { Segment } from './segments.js';
import { differsIn12 } from './yaml12.js';

/** What {@link readFast} made of a document's text. */
export type FastRead =
  /** No document, or only a null one (kubectl skips it). */
  | { readonly kind: 'empty' }
  /** One collection: its value as the `yaml` reader would give it, the offset where it starts, and js-yaml's events. */
  | { readonly kind: 'value'; readonly value: unknown; readonly start: number; readonly events: readonly Event[] };

/** Set by the scalar tag below when a scalar needs the `yaml` reader; reset before each document. */
let slow = false;

/** Plain scalars, resolved by the same tags and order as the `yaml` reader's (see plain-scalars.ts). */
const kubectlScalar = defineScalarTag('tag:cmapi,2026:kubectl-scalar', {
  implicit: true,
  implicitFirstChars: null,
  resolve: (source) => {
    const value = readPlainScalar(source);
    // UNREADABLE, or a scalar the `yaml` reader warns about (YAML 1.1 vs 1.2): left to that reader.
    if (value === UNREADABLE || ((typeof value !== 'string' || mayBeOctal12(source)) && differsIn12(source, value))) {
      slow = true;
      return source;
    }
    return value;
  },
  identify: () => false,
});

/** A plain scalar that YAML 1.2 might read as an octal `0o17`. */
function mayBeOctal12(source: string): boolean {
  const c = source.charCodeAt(0);
  return c === 0x30 || c === 0x2b || c === 0x2d; // 0 + -
}

/**
 * Mappings as the `yaml` reader makes them (`toJS`): plain objects with string keys, `__proto__`
 * an own property. Null and collection keys, which it turns into '' and flow text, are refused.
 */
const kubectlMap = defineMappingTag('tag:yaml.org,2002:map', {
  create: () => ({}) as Record<string, unknown>,
  addPair: (map, key, value) => {
    if (key === null || typeof key === 'object') return 'left to the yaml reader';
    const name = String(key);
    if (name === '__proto__') Object.defineProperty(map, name, { value, enumerable: true, configurable: true, writable: true });
    else map[name] = value;
    return '';
  },
  has: (map, key) => Object.hasOwn(map, String(key)),
  keys: (map) => Object.keys(map),
  get: (map, key) => map[String(key)],
  identify: () => false,
});

const SCHEMA = FAILSAFE_SCHEMA.withTags(kubectlMap, kubectlScalar);

/** A `?` that may start an explicit key (`? key`), whose layouts the `yaml` reader ranges its own way. */
const EXPLICIT_KEY = /(?:^|[\s[{,])\?(?:\s|$)/m;

/**
 * Reads the text of one document (no `---` inside it but at its start) as {@link readFastSegments} does.
 * @returns the document, or undefined when the `yaml` reader must read it
 */
export function readFast(text: string): FastRead | undefined {
  return readFastSegments(text, [{ from: 0, to: text.length, line: 0, unusual: false }])?.[0];
}

/**
 * Reads the documents of a text, cut into segments at its `---` lines, with js-yaml: several times
 * faster than the `yaml` package, for documents whose reading cannot differ: no anchors, aliases,
 * tags, merge keys, repeated keys, explicit, collection or null keys, multi-line flow collections,
 * plain scalars that YAML 1.2 reads differently, or nesting past js-yaml's depth limit, and no
 * syntax error. Everything else is left to the `yaml` reader, which reports it at its line. The
 * whole text is read in one call: js-yaml costs about as much per call as per small document.
 * @returns for each segment, its document (or undefined when the `yaml` reader must read it); or
 *   undefined when js-yaml cannot read the text as a whole
 */
export function readFastSegments(text: string, segments: readonly Segment[]): (FastRead | undefined)[] | undefined {
  let events: Event[];
  try {
    events = parseEvents(text, {});
  } catch {
    return undefined;
  }
  const out: (FastRead | undefined)[] = segments.map(() => EMPTY);
  const docs: Doc[] = [];
  let seg = 0;
  for (let first = 0; first < events.length; ) {
    const end = documentEnd(events, first);
    const at = firstOffset(events, first, end);
    if (at !== -1) {
      while (seg < segments.length - 1 && (segments[seg] as Segment).to <= at) seg++;
      const s = segments[seg] as Segment;
      const start = screen(text, s, events, first, end);
      if (out[seg] !== EMPTY) return undefined; // two documents in one segment: not cut as expected
      out[seg] = undefined;
      if (start !== undefined) docs.push({ segment: seg, first, end, start });
    }
    first = end;
  }
  construct(text, events, docs, out, docs.length === countDocuments(events));
  return out;
}

const EMPTY: FastRead = { kind: 'empty' };

/** One document's events, `events[first..end)`, and the segment it is in. */
interface Doc {
  readonly segment: number;
  readonly first: number;
  readonly end: number;
  readonly start: number;
}

/** The index after the event that closes the document opened at `first`. */
function documentEnd(events: readonly Event[], first: number): number {
  let depth = 0;
  for (let i = first; i < events.length; i++) {
    const type = (events[i] as Event).type;
    if (type === EVENT_ID.POP) {
      if (--depth === 0) return i + 1;
    } else if (type === EVENT_ID.DOCUMENT || type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE) depth++;
  }
  return events.length;
}

function countDocuments(events: readonly Event[]): number {
  let n = 0;
  for (const e of events) if (e.type === EVENT_ID.DOCUMENT) n++;
  return n;
}

/** The first text offset of a document's content, or -1 for an empty document. */
function firstOffset(events: readonly Event[], first: number, end: number): number {
  for (let i = first; i < end; i++) {
    const e = events[i] as Event;
    if (e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) return e.start;
    if (e.type === EVENT_ID.SCALAR && e.valueStart !== -1) return e.valueStart;
    if (e.type === EVENT_ID.ALIAS) return e.anchorStart;
  }
  return -1;
}

/**
 * Whether js-yaml reads a document exactly as the `yaml` reader would (see {@link readFastSegments}).
 * @returns the offset where its content starts, or undefined when the `yaml` reader must read it
 */
function screen(text: string, s: Segment, events: readonly Event[], first: number, end: number): number | undefined {
  if (s.unusual) return undefined;
  const body = text.slice(s.from, s.to);
  if (body.includes('?') && EXPLICIT_KEY.test(body)) return undefined;
  let start = -1;
  for (let i = first; i < end; i++) {
    const e = events[i] as Event;
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        if (e.directives.length > 0) return undefined;
        break;
      case EVENT_ID.ALIAS:
        return undefined;
      case EVENT_ID.SCALAR:
        if (e.anchorStart !== -1 || e.tagStart !== -1) return undefined;
        // A scalar document: rare in manifests, and its start is the yaml reader's to say.
        if (start === -1) return undefined;
        break;
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING:
        if (e.anchorStart !== -1 || e.tagStart !== -1) return undefined;
        if (e.style === COLLECTION_STYLE.FLOW && !closesOnItsLine(text, e.start)) return undefined;
        if (start === -1) start = e.start;
        break;
    }
  }
  return start === -1 ? undefined : start;
}

/**
 * Builds the values of the screened documents, all in one js-yaml call when it can; where a
 * document is refused (a repeated key) or has a scalar left to the `yaml` reader, the documents are
 * halved until that one is found, and it is left to the `yaml` reader.
 */
function construct(text: string, events: Event[], docs: readonly Doc[], out: (FastRead | undefined)[], all: boolean): void {
  if (docs.length === 0) return;
  let stream = events;
  if (!all) {
    stream = [];
    for (const d of docs) for (let i = d.first; i < d.end; i++) stream.push(events[i] as Event);
  }
  slow = false;
  let values: unknown[] | undefined;
  try {
    values = constructFromEvents(stream, { source: text, schema: SCHEMA, maxAliases: 0 });
  } catch {
    values = undefined;
  }
  if (values && !slow) {
    docs.forEach((d, i) => {
      const value = values[i];
      out[d.segment] =
        value === null || value === undefined ? EMPTY : { kind: 'value', value, start: d.start, events: events.slice(d.first, d.end) };
    });
    return;
  }
  if (docs.length === 1) return; // left to the yaml reader
  const mid = docs.length >> 1;
  construct(text, events, docs.slice(0, mid), out, false);
  construct(text, events, docs.slice(mid), out, false);
}

/**
 * Whether a flow collection (`[a, b]`, `{a: b}`) opening at `offset` closes on the same line. The
 * `yaml` reader has indentation rules for flow collections that span lines; those go to it. Quoted
 * text is skipped; anything unclear (a comment, an unclosed quote) counts as spanning lines.
 */
function closesOnItsLine(text: string, offset: number): boolean {
  let depth = 0;
  for (let i = offset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) {
      if (--depth === 0) return true;
    } else if (c === 0x22 || c === 0x27) {
      const close = skipQuoted(text, i, c);
      if (close < 0) return false;
      i = close;
    } else if (c === 0x0a || c === 0x0d || c === 0x23) return false; // newline, #
  }
  return false;
}

/** The offset of the quote that closes the one at `open`, or -1 if none does on its line. */
function skipQuoted(text: string, open: number, quote: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return -1;
    if (c === 0x5c && quote === 0x22)
      i++; // \ escapes in double quotes
    else if (c === quote) return i;
  }
  return -1;
}
