// Go: unicode/utf8 (Go 1.26) — the byte length of a Go string, len(s), of its UTF-8 encoding.
/**
 * UTF-8 byte length of a string, the unit Kubernetes and Go use for length limits (not UTF-16
 * code units). A lone surrogate counts as the 3 bytes of U+FFFD, as an encoder would write it.
 */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
