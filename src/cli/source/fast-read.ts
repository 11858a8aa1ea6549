import { type EventType, FAILSAFE_SCHEMA, type LoadOptions, load, type State, Type } from 'js-yaml';
import { readPlainScalar, UNREADABLE } from './plain-scalars.js';
import { differsIn12 } from './yaml12.js';

// What js-yaml's loader keeps in its state and options beyond what its type declarations say.
declare module 'js-yaml' {
  interface State {
    /** The tag of the node just closed (`null` for none; the implicit scalar tag for a plain scalar). */
    tag: string | null;
    /** The anchor of the node just closed, if any. */
    anchor: string | null;
  }
  interface LoadOptions {
    /** How deeply nodes may nest before js-yaml refuses the text (default 100). */
    maxDepth?: number;
  }
}

/** What {@link readFast} made of a document's text. */
export type FastRead =
  /** No document, or only a null one (kubectl skips it). */
  | { readonly kind: 'empty' }
  /** One collection: its value as the `yaml` reader would give it, and the offset where it starts. */
  | { readonly kind: 'value'; readonly value: unknown; readonly start: number };

/** Set while reading a document when the `yaml` reader must read it instead. */
let slow = false;

/** The tag js-yaml gives the plain scalars the type below resolves. */
const KUBECTL_SCALAR = 'tag:cmapi,2026:kubectl-scalar';

/** Plain scalars, resolved by the same tags and order as the `yaml` reader's (see plain-scalars.ts). */
const kubectlScalar = new Type(KUBECTL_SCALAR, {
  kind: 'scalar',
  resolve: () => true,
  construct: (source: string) => {
    const value = readPlainScalar(source);
    // UNREADABLE, or a scalar the `yaml` reader warns about (YAML 1.1 vs 1.2): left to that reader.
    if (value === UNREADABLE || ((typeof value !== 'string' || mayBeOctal12(source)) && differsIn12(source, value))) {
      slow = true;
      return source;
    }
    return value;
  },
});

/** A plain scalar that YAML 1.2 might read as an octal `0o17`. */
function mayBeOctal12(source: string): boolean {
  const c = source.charCodeAt(0);
  return c === 0x30 || c === 0x2b || c === 0x2d; // 0 + -
}

/**
 * Strings, lists and mappings, and every plain scalar resolved by the type above. js-yaml builds
 * mappings as the `yaml` reader does (`toJS`): plain objects, `__proto__` an own property; it
 * refuses repeated keys, which the `yaml` reader warns about.
 */
const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [kubectlScalar] });

/** Deeper documents (none in practice) are left to the `yaml` reader, which enforces its own limit. */
const MAX_FAST_DEPTH = 100;

/** A `?` that may start an explicit key (`? key`), whose layouts the `yaml` reader ranges its own way. */
const EXPLICIT_KEY = /(?:^|[\s[{,])\?(?:\s|$)/m;

const CODE = {
  tab: 0x09,
  lf: 0x0a,
  cr: 0x0d,
  space: 0x20,
  quote: 0x22,
  hash: 0x23,
  colon: 0x3a,
  greater: 0x3e,
  bracket: 0x5b,
  brace: 0x7b,
  pipe: 0x7c,
} as const;

/** For each node js-yaml has open while reading: the code of its first character, and its offset. */
const firstChar: number[] = [];
const startAt: number[] = [];
/** For each open flow mapping: whether its next child node is a value (else a key). */
const valueNext: boolean[] = [];
/** For each open node: how many nodes js-yaml opened in it so far. */
const children: number[] = [];
let depth = 0;
/** Whether the last event was a node opening, and whether the last node without children was empty. */
let opened = false;
let emptyLeaf = false;

/**
 * The longest implicit key js-yaml is left to read: the `yaml` reader refuses keys whose `:` is
 * more than 1,024 characters from their start.
 */
const MAX_KEY = 1000;

/**
 * Watches js-yaml open and close each node and notes what the `yaml` reader must read instead,
 * where js-yaml reads, ranges or accepts it its own way: tags and anchors (and so aliases); flow
 * collections that span lines (the `yaml` reader has indentation rules for those); a comment right
 * after a quote or bracket; very long keys; null or collection keys, which js-yaml names `null` or
 * `[object Object]` where the `yaml` reader names them '' or by their flow text; empty list items;
 * double-quoted scalars that escape a line break; block scalars with an indentation indicator or a
 * blank first line; and documents that end with an empty node or are a flow collection followed by
 * more lines, which the `yaml` reader ends before their last line break.
 */
function watch(event: EventType, state: State): void {
  const input = state.input;
  if (event === 'open') {
    const at = contentAt(input, state.position);
    const c = input.charCodeAt(at);
    // ! &: a tag, an anchor (which an alias needs: js-yaml refuses one without)
    if (c === 0x21 || c === 0x26) slow = true;
    else if ((c === CODE.bracket || c === CODE.brace) && !inFlow() && !closesOnItsLine(input, at)) slow = true;
    else if ((c === CODE.pipe || c === CODE.greater) && unusualBlockScalar(input, at)) slow = true;
    firstChar[depth] = c;
    startAt[depth] = at;
    valueNext[depth] = false;
    children[depth] = 0;
    if (depth > 0) (children[depth - 1] as number)++;
    depth++;
    opened = true;
    return;
  }
  depth--;
  const end = state.position;
  if (opened) emptyLeaf = state.kind === null;
  // An empty block list item (`-` alone on its line), a null js-yaml opens no node for: after one,
  // js-yaml takes a less indented `-` for an item of the same list.
  if (state.kind === 'sequence' && (state.result as unknown[]).length > (children[depth] as number)) slow = true;
  opened = false;
  if (state.anchor !== null || (state.tag !== null && state.tag !== KUBECTL_SCALAR)) slow = true;
  if (input.charCodeAt(end) === CODE.hash && !isBlank(input.charCodeAt(end - 1))) slow = true;
  if (firstChar[depth] === CODE.quote && escapesLineBreak(input, startAt[depth] as number, end)) slow = true;
  if (depth === 0) {
    // The `yaml` reader ends a document whose last node is empty (`key:`), or that is a flow
    // collection followed by more lines, before its last line break.
    if (emptyLeaf) slow = true;
    else if (isFlow(firstChar[0]) && input.indexOf('\n', end) !== input.length - 2) slow = true;
    return;
  }
  const parent = depth - 1;
  const result: unknown = state.result;
  const keyLike = result === null || typeof result === 'object';
  // A node that starts where its parent does is the parent's first key, or its content that
  // js-yaml read as a would-be key of a block mapping that turned out not to be one.
  if (firstChar[parent] === CODE.brace && startAt[parent] !== startAt[depth]) {
    // In a flow mapping, a key is followed by `:` and its value, or stands alone (`{a, b}`).
    if (valueNext[parent]) valueNext[parent] = false;
    else {
      valueNext[parent] = colonFollows(input, end);
      if (keyLike || end - (startAt[depth] as number) > MAX_KEY) slow = true;
    }
  } else if ((keyLike || end - (startAt[depth] as number) > MAX_KEY) && colonFollows(input, end)) slow = true;
}

/**
 * Whether a double-quoted scalar in `text[from..to)` escapes a line break (`\` at a line end),
 * after which js-yaml keeps fewer blanks than the `yaml` reader.
 */
function escapesLineBreak(text: string, from: number, to: number): boolean {
  const nl = text.indexOf('\n', from);
  if (nl === -1 || nl >= to) return false;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== 0x5c) continue;
    const next = text.charCodeAt(++i);
    if (next === CODE.lf || next === CODE.cr) return true;
  }
  return false;
}

/**
 * Whether a block scalar (`|`, `>`) gives its indentation in its header (`|2`), or starts with a
 * blank line: the `yaml` reader then keeps fewer of its blank lines than js-yaml, or refuses
 * what follows it.
 */
function unusualBlockScalar(text: string, at: number): boolean {
  for (let i = at + 1; i < at + 3; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x31 && c <= 0x39) return true;
  }
  const nl = text.indexOf('\n', at);
  if (nl === -1) return true;
  for (let i = nl + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CODE.lf || c === CODE.cr || c === 0) return true;
    if (c !== CODE.space && c !== CODE.tab) return false;
  }
  return true;
}

function isBlank(c: number): boolean {
  return c === CODE.space || c === CODE.tab || c === CODE.lf || c === CODE.cr;
}

/** Whether the innermost open node is a flow collection (whose line its children are on). */
function inFlow(): boolean {
  return depth > 0 && isFlow(firstChar[depth - 1]);
}

function isFlow(c: number | undefined): boolean {
  return c === CODE.bracket || c === CODE.brace;
}

const OPTIONS: LoadOptions = {
  schema: SCHEMA,
  maxDepth: MAX_FAST_DEPTH,
  listener: watch,
  onWarning: () => {
    slow = true;
  },
};

/**
 * Reads the text of one document (no `---` line in it but at its start) with js-yaml, several
 * times faster than the `yaml` package, when its reading cannot differ: no anchors, aliases, tags,
 * merge keys, repeated keys, explicit, collection or null keys, multi-line flow collections,
 * plain scalars that YAML 1.2 reads differently, tabs, carriage returns or byte order marks, and
 * no syntax error. Everything else is left to the `yaml` reader, which reports it at its line.
 * @returns the document, or undefined when the `yaml` reader must read it
 */
export function readFast(text: string): FastRead | undefined {
  if ((text.includes('?') && EXPLICIT_KEY.test(text)) || startsWithFalseMarker(text)) return undefined;
  slow = false;
  depth = 0;
  opened = false;
  emptyLeaf = false;
  let value: unknown;
  try {
    value = load(text, OPTIONS);
  } catch {
    return undefined;
  }
  if (slow) return undefined;
  if (value === null || value === undefined) return EMPTY;
  // A scalar document: rare in manifests, and its start is the yaml reader's to say.
  if (typeof value !== 'object') return undefined;
  const start = startAt[0] as number;
  // A block collection on the `---` line, which YAML does not allow (js-yaml does).
  if (onMarkerLine(text, start) && firstChar[0] !== CODE.bracket && firstChar[0] !== CODE.brace) return undefined;
  return { kind: 'value', value, start };
}

const EMPTY: FastRead = { kind: 'empty' };

/** Whether the first line with content starts `---` but not as a `---` line: js-yaml reads it as one. */
function startsWithFalseMarker(text: string): boolean {
  const first = contentAt(text, 0);
  return (
    (first === 0 || text.charCodeAt(first - 1) === CODE.lf) &&
    text.startsWith('---', first) &&
    first + 3 < text.length &&
    !isBlank(text.charCodeAt(first + 3))
  );
}

/** Whether an offset of a document's text is on its `---` line. */
function onMarkerLine(text: string, offset: number): boolean {
  if (!text.startsWith('---')) return false;
  const nl = text.indexOf('\n');
  return nl === -1 || offset < nl;
}

/**
 * The offset of the first character of content at or after `offset`: past blanks, line breaks and
 * comments, as js-yaml seeks a node that starts after them.
 */
export function contentAt(text: string, offset: number): number {
  let i = offset;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === CODE.space || c === CODE.lf || c === CODE.tab || c === CODE.cr) i++;
    else if (c === CODE.hash) {
      while (i < text.length && text.charCodeAt(i) !== CODE.lf && text.charCodeAt(i) !== CODE.cr) i++;
    } else return i;
  }
}

/** Whether a `:` follows `offset` on its line, after blanks: what ends an implicit key. */
export function colonFollows(text: string, offset: number): boolean {
  let i = offset;
  while (text.charCodeAt(i) === CODE.space || text.charCodeAt(i) === CODE.tab) i++;
  return text.charCodeAt(i) === CODE.colon;
}

/**
 * Whether a flow collection (`[a, b]`, `{a: b}`) opening at `offset` closes on the same line. The
 * `yaml` reader has indentation rules for flow collections that span lines; those go to it. Quoted
 * text is skipped; anything unclear (a comment, an unclosed quote) counts as spanning lines.
 */
function closesOnItsLine(text: string, offset: number): boolean {
  let level = 0;
  for (let i = offset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CODE.bracket || c === CODE.brace) level++;
    else if (c === 0x5d || c === 0x7d) {
      if (--level === 0) return true;
    } else if (c === 0x22 || c === 0x27) {
      const close = skipQuoted(text, i, c);
      if (close < 0) return false;
      i = close;
    } else if (c === CODE.lf || c === CODE.cr || c === CODE.hash) return false;
  }
  return false;
}

/** The offset of the quote that closes the one at `open`, or -1 if none does on its line. */
function skipQuoted(text: string, open: number, quote: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CODE.lf || c === CODE.cr) return -1;
    if (c === 0x5c && quote === 0x22)
      i++; // \ escapes in double quotes
    else if (c === quote) return i;
  }
  return -1;
}

/** One node js-yaml read, as the recording listener of {@link readNodes} saw it open and close. */
export interface ReadNode {
  /** Offset where js-yaml opened it (its start, or the blanks before it). */
  readonly at: number;
  /** Offset where js-yaml closed it (after its content). */
  readonly end: number;
  readonly kind: string | null;
  readonly result: unknown;
  readonly children: ReadNode[];
}

/**
 * Reads a document that {@link readFast} read again, recording each node js-yaml opens and closes
 * with its offsets: what locating fields needs, for the few documents that have findings.
 */
export function readNodes(text: string): ReadNode | undefined {
  const open: ReadNode[][] = [[]];
  const at: number[] = [];
  try {
    load(text, {
      schema: SCHEMA,
      maxDepth: MAX_FAST_DEPTH,
      listener: (event, state) => {
        if (event === 'open') {
          at.push(state.position);
          open.push([]);
          return;
        }
        const children = open.pop() as ReadNode[];
        const node = { at: at.pop() as number, end: state.position, kind: state.kind, result: state.result, children };
        (open[open.length - 1] as ReadNode[]).push(node);
      },
    });
  } catch {
    return undefined;
  }
  return open[0]?.[0];
}
