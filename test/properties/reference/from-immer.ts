import type { Patch } from 'immer';
import { copyJson } from '../../../src/patch/copy.js';
import { toPointer } from '../../../src/patch/pointer.js';
import type { JsonPatchOperation } from '../../../src/patch/types.js';

/**
 * Converts immer patches into RFC 6902 operations: immer's array paths become escaped JSON
 * Pointers and values are deep-copied, so the operations share nothing with any draft or
 * result. immer emits only `add`, `replace` and `remove`, which map one to one.
 * @param patches - the forward patches of an immer `produceWithPatches` call
 * @returns the same changes as a JSON Patch
 */
export function fromImmerPatches(patches: readonly Patch[]): JsonPatchOperation[] {
  return patches.map((p): JsonPatchOperation => {
    const path = toPointer(p.path);
    return p.op === 'remove' ? { op: 'remove', path } : { op: p.op, path, value: copyJson(p.value) };
  });
}
