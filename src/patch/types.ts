/**
 * One operation of an RFC 6902 JSON Patch. `path` (and `from`) are RFC 6901 JSON Pointers.
 * @public
 */
export type JsonPatchOperation =
  | { readonly op: 'add' | 'replace' | 'test'; readonly path: string; readonly value: unknown }
  | { readonly op: 'remove'; readonly path: string }
  | { readonly op: 'move' | 'copy'; readonly from: string; readonly path: string };
