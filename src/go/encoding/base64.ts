// Go: encoding/base64 (Go 1.26) — StdEncoding.DecodeString.
/**
 * Standard padded base64 as Go's `base64.StdEncoding` decodes it: CR and LF anywhere are
 * skipped, padding is required, bits left over in the last quantum are ignored. One pass over the
 * text, no regular expression: multi-megabyte values (caBundles) cost no stack.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/**
 * Decodes `s` as Go's `base64.StdEncoding.DecodeString` does.
 * @param s - the base64 text
 * @returns the bytes, or undefined where Go returns an error
 */
export function decodeStdBase64(s: string): Uint8Array | undefined {
  const out = new Uint8Array(Math.floor((s.length / 4) * 3) + 3);
  let n = 0;
  const quantum = [0, 0, 0, 0];
  let q = 0;
  // 0: reading data; 1: `xx=` read, a second `=` must follow; 2: padding complete, nothing may follow
  let state = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) continue;
    if (state === 2) return undefined;
    if (state === 1) {
      if (c !== 0x3d) return undefined;
      state = 2;
      continue;
    }
    if (c === 0x3d) {
      if (q < 2) return undefined;
      out[n++] = (quantum[0]! << 2) | (quantum[1]! >> 4);
      if (q === 3) out[n++] = ((quantum[1]! & 0xf) << 4) | (quantum[2]! >> 2);
      state = q === 2 ? 1 : 2;
      continue;
    }
    const v = c < 128 ? VALUE[c]! : -1;
    if (v < 0) return undefined;
    quantum[q++] = v;
    if (q === 4) {
      out[n++] = (quantum[0]! << 2) | (quantum[1]! >> 4);
      out[n++] = ((quantum[1]! & 0xf) << 4) | (quantum[2]! >> 2);
      out[n++] = ((quantum[2]! & 0x3) << 6) | quantum[3]!;
      q = 0;
    }
  }
  if (state === 1 || (state === 0 && q !== 0)) return undefined;
  return out.slice(0, n);
}

/**
 * Whether `s` is standard padded base64 (Go's `StdEncoding` accepts it).
 * @param s - the text
 */
export function isStdBase64(s: string): boolean {
  return decodeStdBase64(s) !== undefined;
}
