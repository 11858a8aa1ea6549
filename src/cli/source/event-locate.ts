import { EVENT_ID, type Event, getScalarValue, SCALAR_STYLE, type ScalarEvent } from 'js-yaml';
import { pathSegments } from './locate.js';
import { readPlainScalar } from './plain-scalars.js';

/** Offset where the `yaml` reader's node starts, or -1 where this index cannot tell (an empty or block scalar). */
type Node =
  | { readonly kind: 'map'; readonly at: number; readonly keys: string[]; readonly keyAt: number[]; readonly values: Node[] }
  | { readonly kind: 'seq'; readonly at: number; readonly items: Node[] }
  | { readonly kind: 'scalar'; readonly at: number };

/**
 * The node tree of one document's js-yaml events (of a document {@link readFast} accepted: no
 * aliases, tags or collection keys), with the offsets the `yaml` reader gives its nodes.
 */
export function eventTree(text: string, events: readonly Event[]): Node | undefined {
  const stack: Node[] = [];
  let root: Node | undefined;
  /** A map's key waiting for its value. */
  const pendingKey: (string | undefined)[] = [];
  const pendingKeyAt: number[] = [];
  const add = (node: Node) => {
    const parent = stack[stack.length - 1];
    if (!parent) root = node;
    else if (parent.kind === 'seq') parent.items.push(node);
    else if (parent.kind === 'map') {
      const depth = stack.length - 1;
      const key = pendingKey[depth];
      if (key === undefined) return; // a collection as a key: readFast leaves those to the yaml reader
      parent.keys.push(key);
      parent.keyAt.push(pendingKeyAt[depth] as number);
      parent.values.push(node);
      pendingKey[depth] = undefined;
    }
  };
  for (const e of events) {
    switch (e.type) {
      case EVENT_ID.MAPPING: {
        const node: Node = { kind: 'map', at: e.start, keys: [], keyAt: [], values: [] };
        add(node);
        stack.push(node);
        pendingKey[stack.length - 1] = undefined;
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const node: Node = { kind: 'seq', at: e.start, items: [] };
        add(node);
        stack.push(node);
        break;
      }
      case EVENT_ID.SCALAR: {
        const parent = stack[stack.length - 1];
        const depth = stack.length - 1;
        if (parent?.kind === 'map' && pendingKey[depth] === undefined) {
          pendingKey[depth] = keyName(text, e);
          pendingKeyAt[depth] = scalarAt(e);
        } else add({ kind: 'scalar', at: scalarAt(e) });
        break;
      }
      case EVENT_ID.POP:
        stack.pop();
        break;
    }
  }
  return root;
}

/** A key as the `yaml` reader names it: its value, as a string. */
function keyName(text: string, e: ScalarEvent): string {
  const source = getScalarValue(text, e);
  return e.style === SCALAR_STYLE.PLAIN ? String(readPlainScalar(source)) : source;
}

/** Where the `yaml` reader starts a scalar: at its first character, or its opening quote. */
function scalarAt(e: ScalarEvent): number {
  if (e.valueStart === -1) return -1;
  if (e.style === SCALAR_STYLE.PLAIN) return e.valueStart;
  if (e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED) return e.valueStart - 1;
  return -1;
}

/**
 * The offset of the key (or list item) a printed field path names, or of its nearest present
 * parent, as {@link locateOffset} finds it in the `yaml` reader's tree.
 * @returns the offset, or undefined when the answer is a node whose offset this tree does not know
 */
export function locateInTree(root: Node, path: string): number | undefined {
  let node: Node | undefined = root;
  let found = root.at;
  const segs = pathSegments(path);
  for (let i = 0; i < segs.length; i++) {
    if (node.kind === 'map') {
      const match = findKey(node, segs, i);
      if (!match) break;
      found = node.keyAt[match.index] as number;
      node = node.values[match.index] as Node;
      i = match.end - 1;
    } else if (node.kind === 'seq') {
      const item: Node | undefined = node.items[Number(segs[i])];
      if (!item) break;
      found = item.at;
      node = item;
    } else break;
  }
  return found === -1 ? undefined : found;
}

function findKey(node: Extract<Node, { kind: 'map' }>, segs: string[], from: number): { index: number; end: number } | undefined {
  for (let end = segs.length; end > from; end--) {
    const key = segs.slice(from, end).join('.');
    const index = node.keys.lastIndexOf(key);
    if (index >= 0) return { index, end };
  }
  // Some upstream paths differ from the JSON names in case only (`spec.OtherNames`): match those too.
  const lower = segs[from]?.toLowerCase();
  for (let index = node.keys.length - 1; index >= 0; index--)
    if ((node.keys[index] as string).toLowerCase() === lower) return { index, end: from + 1 };
  return undefined;
}
