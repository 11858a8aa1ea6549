// Go: net (Go 1.26) — ParseIP, ParseCIDR (through net/netip).
/**
 * IP address and CIDR parsing with the exact acceptance rules of Go's `net.ParseIP` and
 * `net.ParseCIDR` (Go ≥ 1.22, which parse through `net/netip`). Small linear parsers, no regex.
 */

/** A parsed address: 4 bytes for IPv4 text, 16 bytes for IPv6 text (including IPv4-mapped). */
export interface ParsedIp {
  readonly bytes: Uint8Array;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Dotted-decimal IPv4 `s[from, to)`: four parts 0–255, no leading zeros, no empty part. */
function parseIPv4Into(s: string, from: number, to: number, out: Uint8Array, at: number): boolean {
  let val = 0;
  let digits = 0;
  let pos = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      if (digits === 1 && val === 0) return false; // leading zero
      val = val * 10 + (c - 48);
      digits++;
      if (val > 255) return false;
    } else if (c === 46 /* . */) {
      if (i === from || i === to - 1 || s.charCodeAt(i - 1) === 46) return false;
      if (pos === 3) return false; // too many parts
      out[at + pos] = val;
      pos++;
      val = 0;
      digits = 0;
    } else return false;
  }
  if (pos < 3) return false;
  out[at + 3] = val;
  return true;
}

function hexValue(c: number): number {
  if (isDigit(c)) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** RFC 4291 text form (`::` compression, trailing embedded IPv4), zone not allowed. */
function parseIPv6(s: string): Uint8Array | undefined {
  const ip = new Uint8Array(16);
  let ellipsis = -1;
  let p = 0;
  if (s.startsWith('::')) {
    ellipsis = 0;
    p = 2;
    if (p === s.length) return ip;
  }
  let i = 0;
  while (i < 16) {
    let off = 0;
    let acc = 0;
    for (; p + off < s.length; off++) {
      const h = hexValue(s.charCodeAt(p + off));
      if (h < 0) break;
      acc = acc * 16 + h;
      if (off > 3) return undefined; // more than 4 hex digits
    }
    if (off === 0) return undefined;
    if (p + off < s.length && s[p + off] === '.') {
      if ((ellipsis < 0 && i !== 12) || i + 4 > 16) return undefined;
      if (!parseIPv4Into(s, p, s.length, ip, i)) return undefined;
      p = s.length;
      i += 4;
      break;
    }
    ip[i] = acc >> 8;
    ip[i + 1] = acc & 0xff;
    i += 2;
    p += off;
    if (p === s.length) break;
    if (s[p] !== ':' || p + 1 === s.length) return undefined;
    p++;
    if (s[p] === ':') {
      if (ellipsis >= 0) return undefined; // second '::'
      ellipsis = i;
      p++;
      if (p === s.length) break;
    }
  }
  if (p !== s.length) return undefined;
  if (i < 16) {
    if (ellipsis < 0) return undefined;
    const n = 16 - i;
    for (let j = i - 1; j >= ellipsis; j--) ip[j + n] = ip[j]!;
    ip.fill(0, ellipsis, ellipsis + n);
  } else if (ellipsis >= 0) return undefined; // '::' must stand for at least one group
  return ip;
}

/**
 * H-IP: parses an IP address as Go's `net.ParseIP` does: dotted-decimal IPv4 (four parts
 * 0–255, no leading zeros) or RFC 4291 IPv6 text; no zone, brackets, prefix or whitespace.
 * @returns the address bytes, or undefined when `s` is not an IP address
 */
export function parseIp(s: string): ParsedIp | undefined {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '.') {
      const out = new Uint8Array(4);
      return parseIPv4Into(s, 0, s.length, out, 0) ? { bytes: out } : undefined;
    }
    if (c === ':') {
      const v6 = parseIPv6(s);
      return v6 === undefined ? undefined : { bytes: v6 };
    }
    if (c === '%') return undefined;
  }
  return undefined;
}

/** H-IP as a predicate. */
export const isIp = (s: string): boolean => parseIp(s) !== undefined;

/** A parsed CIDR: the address as written (host bits kept) and the prefix length. */
export interface ParsedCidr {
  readonly ip: ParsedIp;
  readonly prefix: number;
}

/**
 * H-CIDR: parses `addr/len` as Go's `net.ParseCIDR` does: `addr` per {@link parseIp} (an
 * IPv4-mapped IPv6 address counts as IPv6), `len` one or more ASCII digits, at most 32 for IPv4
 * and 128 for IPv6. Host bits may be set (`10.0.0.1/8` is valid).
 * @returns the parts, or undefined when `s` is not a CIDR
 */
export function parseCidr(s: string): ParsedCidr | undefined {
  const slash = s.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseIp(s.slice(0, slash));
  if (ip === undefined) return undefined;
  const mask = s.slice(slash + 1);
  if (mask === '') return undefined;
  let n = 0;
  for (let i = 0; i < mask.length; i++) {
    const c = mask.charCodeAt(i);
    if (!isDigit(c)) return undefined;
    n = n * 10 + (c - 48);
    if (n >= 0xffffff) return undefined; // Go's dtoi gives up here
  }
  return n <= ip.bytes.length * 8 ? { ip, prefix: n } : undefined;
}

/** H-CIDR as a predicate. */
export const isCidr = (s: string): boolean => parseCidr(s) !== undefined;
