/**
 * A minimal RFC 6902 diff and a forgiving apply, used only for the preservation annotation.
 * The diff emits `add`, `remove` and `replace` on object members, recurses into arrays of equal
 * length and replaces arrays whose length differs, so `apply(a, diff(a, b))` equals `b`.
 */
import { isRecord, jsonEqual } from '../util/json.js';
import { setOwn } from './clone.js';

/** One RFC 6902 operation of the kinds {@link diffJson} emits. */
export type PatchOp = { op: 'add' | 'replace'; path: string; value: unknown } | { op: 'remove'; path: string };

const escapeKey = (k: string): string => k.replaceAll('~', '~0').replaceAll('/', '~1');
const unescapeKey = (k: string): string => k.replaceAll('~1', '/').replaceAll('~0', '~');

/** The operations that turn `from` into `to` (empty when they are equal). */
export function diffJson(from: unknown, to: unknown, path = '', ops: PatchOp[] = []): PatchOp[] {
  if (jsonEqual(from, to)) return ops;
  if (isRecord(from) && isRecord(to)) {
    for (const k of Object.keys(from)) if (!Object.hasOwn(to, k)) ops.push({ op: 'remove', path: `${path}/${escapeKey(k)}` });
    for (const [k, v] of Object.entries(to)) {
      if (Object.hasOwn(from, k)) diffJson(from[k], v, `${path}/${escapeKey(k)}`, ops);
      else ops.push({ op: 'add', path: `${path}/${escapeKey(k)}`, value: v });
    }
    return ops;
  }
  if (Array.isArray(from) && Array.isArray(to) && from.length === to.length) {
    for (let i = 0; i < to.length; i++) diffJson(from[i], to[i], `${path}/${i}`, ops);
    return ops;
  }
  ops.push({ op: 'replace', path, value: to });
  return ops;
}

/** Reads a patch back from untrusted JSON: well-formed operations only, the rest skipped. */
export function readPatch(v: unknown): PatchOp[] {
  if (!Array.isArray(v)) return [];
  const out: PatchOp[] = [];
  for (const o of v) {
    if (!isRecord(o) || typeof o.path !== 'string') continue;
    if (o.op === 'remove') out.push({ op: 'remove', path: o.path });
    else if ((o.op === 'add' || o.op === 'replace') && Object.hasOwn(o, 'value')) out.push({ op: o.op, path: o.path, value: o.value });
  }
  return out;
}

/**
 * Applies `ops` to `doc` in place and returns the result (a root `replace` returns its value).
 * Operations whose parent does not exist are skipped: a hand-edited annotation never throws.
 */
export function applyPatch(doc: unknown, ops: readonly PatchOp[]): unknown {
  let root = doc;
  for (const op of ops) {
    if (op.path === '') {
      if (op.op !== 'remove') root = structuredCloneJson(op.value);
      continue;
    }
    const keys = op.path.split('/').slice(1).map(unescapeKey);
    const last = keys.pop() as string;
    let parent: unknown = root;
    for (const k of keys)
      parent = isRecord(parent)
        ? Object.hasOwn(parent, k)
          ? parent[k]
          : undefined
        : Array.isArray(parent)
          ? parent[Number(k)]
          : undefined;
    if (isRecord(parent)) {
      if (op.op === 'remove') delete parent[last];
      else setOwn(parent, last, structuredCloneJson(op.value));
    } else if (Array.isArray(parent) && /^\d+$/.test(last) && Number(last) < parent.length) {
      if (op.op === 'remove') parent.splice(Number(last), 1);
      else parent[Number(last)] = structuredCloneJson(op.value);
    }
  }
  return root;
}

const structuredCloneJson = (v: unknown): unknown => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
