// Go: net/url (Go 1.26, GODEBUG urlstrictcolons=1) — ParseRequestURI (getScheme, parseAuthority, parseHost, unescape).
/**
 * The parts of Go's `net/url.ParseRequestURI` that validation depends on (H-DNS01-NAMESERVER,
 * spec/validation.md §1.8): which strings parse, and the host they yield. A small parser, no
 * regexes; it works on UTF-16 code units, which agrees with Go's byte-wise checks because every
 * character it tests is ASCII.
 */
import { parseIp } from '../net/ip.js';

/** The pieces of a parsed request URI. */
export interface RequestUri {
  /** Lower-cased scheme, `''` for a path-only URI. */
  readonly scheme: string;
  /** The host (with port), percent-decoded, `''` when there is no authority. */
  readonly host: string;
  /** The text after the scheme of a rootless URI (`mailto:x`). */
  readonly opaque: string;
}

const isAlpha = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isDigit = (c: string) => c >= '0' && c <= '9';
const isHex = (c: string | undefined) => c !== undefined && (isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
const HOST_EXTRA = '-_.~!$&\'()*+,;=:[]<>"';
const USERINFO_EXTRA = "-._:~!$&'()*+,;=%@";

/**
 * Parses `raw` as Go's `url.ParseRequestURI` does (no fragment splitting, absolute URI or
 * absolute path required).
 * @param raw - the text to parse
 * @returns the parsed pieces, or undefined where Go returns an error
 */
export function parseRequestUri(raw: string): RequestUri | undefined {
  if (raw === '' || hasControl(raw)) return undefined;
  if (raw === '*') return { scheme: '', host: '', opaque: '' };
  const split = splitScheme(raw);
  if (split === undefined) return undefined;
  const scheme = split.scheme.toLowerCase();
  let rest = split.rest;
  const q = rest.indexOf('?');
  if (q >= 0) rest = rest.slice(0, q);
  if (!rest.startsWith('/')) return scheme === '' ? undefined : { scheme, host: '', opaque: rest };
  let host = '';
  if (scheme !== '' && rest.startsWith('//')) {
    const authority = rest.slice(2);
    const slash = authority.indexOf('/');
    const parsed = parseAuthority(scheme, slash >= 0 ? authority.slice(0, slash) : authority);
    if (parsed === undefined) return undefined;
    host = parsed;
    rest = slash >= 0 ? authority.slice(slash) : '';
  }
  return wellFormedEscapes(rest) ? { scheme, host, opaque: '' } : undefined;
}

function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

function splitScheme(raw: string): { scheme: string; rest: string } | undefined {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (isAlpha(c)) continue;
    if (isDigit(c) || c === '+' || c === '-' || c === '.') {
      if (i === 0) return { scheme: '', rest: raw };
      continue;
    }
    if (c === ':') return i === 0 ? undefined : { scheme: raw.slice(0, i), rest: raw.slice(i + 1) };
    return { scheme: '', rest: raw };
  }
  return { scheme: '', rest: raw };
}

/** The host of an authority (`user@host:port`), or undefined when Go rejects it. */
function parseAuthority(scheme: string, authority: string): string | undefined {
  const at = authority.lastIndexOf('@');
  const host = parseHost(scheme, at < 0 ? authority : authority.slice(at + 1));
  if (host === undefined) return undefined;
  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    for (const c of userinfo) if (!(isAlpha(c) || isDigit(c) || USERINFO_EXTRA.includes(c))) return undefined;
    if (!wellFormedEscapes(userinfo)) return undefined;
  }
  return host;
}

function parseHost(scheme: string, host: string): string | undefined {
  const open = host.lastIndexOf('[');
  if (open > 0) return undefined; // invalid IP-literal: `[` only at the start
  if (open === 0) return parseIpLiteral(host);
  // Several colons: http and https take the port from the first one (urlstrictcolons, the
  // default since Go 1.26), other schemes from the last one.
  const colon = scheme === 'http' || scheme === 'https' ? host.indexOf(':') : host.lastIndexOf(':');
  if (colon >= 0 && !validOptionalPort(host.slice(colon))) return undefined;
  return unescapeHost(host, false) ? percentDecode(host) : undefined;
}

/**
 * `[ipv6(%25zone)?](:port)?`. Since Go 1.25.2 / 1.24.8 (CVE-2025-47912) only an IPv6 address
 * may stand in brackets: IPv4 text and names are rejected; IPv4-mapped IPv6 is allowed. A zone,
 * once unescaped, must not be empty (`netip.ParseAddr`).
 */
function parseIpLiteral(host: string): string | undefined {
  const close = host.lastIndexOf(']');
  if (close < 0 || !validOptionalPort(host.slice(close + 1))) return undefined;
  const hostname = host.slice(1, close);
  const zone = hostname.indexOf('%25');
  const address = zone >= 0 ? hostname.slice(0, zone) : hostname;
  if (!unescapeHost(address, false) || (zone >= 0 && !unescapeHost(hostname.slice(zone), true))) return undefined;
  if (zone >= 0 && percentDecode(hostname.slice(zone + 3)) === '') return undefined;
  if (parseIp(percentDecode(address))?.bytes.length !== 16) return undefined;
  return percentDecode(host);
}

/** `''` or `:` followed by digits only. */
function validOptionalPort(port: string): boolean {
  if (port === '') return true;
  if (!port.startsWith(':')) return false;
  for (const c of port.slice(1)) if (!isDigit(c)) return false;
  return true;
}

/** Go's `unescape` in host (or zone) mode: which characters and escapes a host may hold. */
function unescapeHost(s: string, zone: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c === '%') {
      if (!isHex(s[i + 1]) || !isHex(s[i + 2])) return false;
      const esc = s.slice(i, i + 3);
      const v = Number.parseInt(esc.slice(1), 16);
      if (!zone && v < 0x80 && esc !== '%25') return false;
      if (zone && esc !== '%25' && v !== 0x20 && (v >= 0x80 || hostNeedsEscape(String.fromCharCode(v)))) return false;
      i += 2;
    } else if (c.charCodeAt(0) < 0x80 && hostNeedsEscape(c)) {
      return false;
    }
  }
  return true;
}

function hostNeedsEscape(c: string): boolean {
  return !(isAlpha(c) || isDigit(c) || HOST_EXTRA.includes(c));
}

function wellFormedEscapes(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '%') continue;
    if (!isHex(s[i + 1]) || !isHex(s[i + 2])) return false;
    i += 2;
  }
  return true;
}

/** Decodes %XX escapes (the result is only tested for emptiness, so byte-exactness does not matter). */
function percentDecode(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '%' && isHex(s[i + 1]) && isHex(s[i + 2])) {
      out += String.fromCharCode(Number.parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}
