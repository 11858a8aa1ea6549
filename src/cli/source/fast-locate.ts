import { colonFollows, contentAt, type ReadNode, readNodes } from './fast-read.js';
import { pathSegments } from './locate.js';

/**
 * A node with the offset where the `yaml` reader's node starts (-1 where this tree cannot tell: an
 * empty or block scalar). `unknown` is a collection whose children this tree cannot pair with
 * their offsets (empty list items, single-pair mappings in a flow list).
 */
type Node =
  | { readonly kind: 'map'; readonly at: number; readonly keys: string[]; readonly keyAt: number[]; readonly values: Node[] }
  | { readonly kind: 'seq'; readonly at: number; readonly items: Node[] }
  | { readonly kind: 'scalar' | 'unknown'; readonly at: number };

/**
 * The node tree of a document {@link readFast} accepted (no anchors, aliases, tags, explicit,
 * null or collection keys), with the offsets the `yaml` reader gives its nodes: js-yaml reads it
 * again with a listener that records where each node opens and closes.
 */
export function nodeTree(text: string): Node | undefined {
  const root = readNodes(text);
  return root ? toNode(text, root) : undefined;
}

function toNode(text: string, node: ReadNode): Node {
  let n = node;
  // Where a block collection may start, js-yaml reads a flow collection or scalar as a would-be
  // key first: a node holding that same node.
  while (n.children.length === 1 && (n.children[0] as ReadNode).result === n.result) n = n.children[0] as ReadNode;
  const at = contentAt(text, n.at);
  if (n.kind === 'mapping') return mapNode(text, n, at);
  if (n.kind === 'sequence') {
    // An empty block list item (`-` alone on its line) is a null js-yaml opens no node for.
    const items = n.result as unknown[];
    if (items.length !== n.children.length) return { kind: 'unknown', at };
    return { kind: 'seq', at, items: n.children.map((c) => toNode(text, c)) };
  }
  if (n.kind !== 'scalar') return { kind: 'scalar', at: -1 }; // empty: null
  const c = text.charCodeAt(at);
  return { kind: 'scalar', at: c === 0x7c || c === 0x3e ? -1 : at }; // | >: a block scalar
}

/**
 * A mapping's children come as key, value, key, value: js-yaml opens a value node after every
 * implicit key, even an empty one, except in a flow mapping for a key that no `:` follows (`{a, b}`).
 * A block mapping may end with a node it opened where no further key was.
 */
function mapNode(text: string, n: ReadNode, at: number): Node {
  const flow = text.charCodeAt(at) === 0x7b; // {
  const keys: string[] = [];
  const keyAt: number[] = [];
  const values: Node[] = [];
  for (let i = 0; i < n.children.length; ) {
    const key = n.children[i] as ReadNode;
    const paired = !flow || colonFollows(text, key.end);
    if (!flow && i === n.children.length - 1) break; // no key there
    keys.push(String(key.result));
    keyAt.push(contentAt(text, key.at));
    const value = paired ? n.children[i + 1] : undefined;
    values.push(value ? toNode(text, value) : { kind: 'scalar', at: -1 });
    i += paired ? 2 : 1;
  }
  if (keys.length !== Object.keys(n.result as object).length) return { kind: 'unknown', at };
  return { kind: 'map', at, keys, keyAt, values };
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
    } else if (node.kind === 'unknown') return undefined;
    else break;
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
