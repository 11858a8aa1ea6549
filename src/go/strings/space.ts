// Go: strings (Go 1.26) — TrimSpace, Fields; unicode.IsSpace.
/** Go's `unicode.IsSpace`: the Unicode White_Space characters Go's `strings.TrimSpace` strips. */
export function isGoSpace(c: string): boolean {
  const cp = c.codePointAt(0) ?? -1;
  if (cp <= 0xff) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0x85 || cp === 0xa0;
  return (
    cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000
  );
}

/** Go's `strings.TrimSpace`. */
export function goTrimSpace(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isGoSpace(s[a]!)) a++;
  while (b > a && isGoSpace(s[b - 1]!)) b--;
  return s.slice(a, b);
}

/** Go's `strings.Fields`: the non-empty runs between Unicode white space. */
export function goFields(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const c of s) {
    if (isGoSpace(c)) {
      if (cur !== '') out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur !== '') out.push(cur);
  return out;
}
