import { enablePatches, Immer } from 'immer';
import { fromImmerPatches } from './from-immer.js';
import type { JsonPatchOperation } from '../../../src/patch/types.js';

let immer: Immer | undefined;

/** An immer instance that records patches and never freezes what it returns. */
function patchingImmer(): Immer {
  if (immer === undefined) {
    enablePatches();
    immer = new Immer({ autoFreeze: false });
  }
  return immer;
}

/**
 * Runs `recipe` on an immer draft of `base` and returns the changed copy with the RFC 6902
 * patch that turns `base` into it. `base` is never modified (it may be frozen); the result
 * shares unchanged subtrees with `base` and is not frozen.
 * @param base - a JSON object or array
 * @param recipe - mutates the draft it is given
 * @returns the new document and the patch
 */
export function produceJsonPatch<T extends object>(base: T, recipe: (draft: T) => void): { result: T; patch: JsonPatchOperation[] } {
  const [result, patches] = patchingImmer().produceWithPatches(base, (draft) => {
    recipe(draft as T);
  });
  return { result: result as T, patch: fromImmerPatches(patches) };
}
