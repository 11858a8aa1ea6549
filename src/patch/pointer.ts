/**
 * RFC 6901 JSON Pointers: building them from path segments and reading them back.
 */

/** One step of a path into a JSON document: an object key or an array index. */
export type PathSegment = string | number;

/** Escapes one reference token: `~` becomes `~0`, `/` becomes `~1` (in that order). */
export function escapeToken(token: PathSegment): string {
  const s = String(token);
  return s.includes('~') || s.includes('/') ? s.replaceAll('~', '~0').replaceAll('/', '~1') : s;
}

/** Undoes {@link escapeToken}: `~1` becomes `/`, then `~0` becomes `~`. */
export function unescapeToken(token: string): string {
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}

/**
 * The JSON Pointer of a path: `['metadata', 'annotations', 'a/b']` gives
 * `/metadata/annotations/a~1b`; the empty path gives `''` (the whole document).
 */
export function toPointer(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) out += `/${escapeToken(segment)}`;
  return out;
}

/**
 * The reference tokens of a JSON Pointer (unescaped), or undefined when the text is not a
 * pointer (a non-empty pointer starts with `/`). Array indices come back as strings.
 */
export function parsePointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer.slice(1).split('/').map(unescapeToken);
}
