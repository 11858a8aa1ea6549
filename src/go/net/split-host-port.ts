// Go: net (Go 1.26) — SplitHostPort.
/**
 * H-SPLITHOSTPORT (spec/validation.md §1.8): Go's `net.SplitHostPort`, reproduced byte for byte
 * because several nameserver rules depend on exactly which inputs it accepts.
 */

/** Why a host:port string could not be split (the reasons Go reports). */
export type SplitHostPortFailure =
  | 'missing port in address'
  | 'too many colons in address'
  | "missing ']' in address"
  | "unexpected '[' in address"
  | "unexpected ']' in address";

/** The outcome of {@link splitHostPort}. */
export type SplitHostPortResult =
  | { readonly ok: true; readonly host: string; readonly port: string }
  | { readonly ok: false; readonly reason: SplitHostPortFailure };

const fail = (reason: SplitHostPortFailure): SplitHostPortResult => ({ ok: false, reason });

/**
 * Splits `host:port` or `[host]:port` into host and port as Go's `net.SplitHostPort` does. The
 * port is whatever follows the last colon (possibly empty, never checked for digits).
 * @param hostport - the text to split
 * @returns the host and port, or the reason the text is not a host:port pair
 */
export function splitHostPort(hostport: string): SplitHostPortResult {
  const last = hostport.lastIndexOf(':');
  if (last < 0) return fail('missing port in address');
  let host: string;
  let openFrom = 0;
  let closeFrom = 0;
  if (hostport.startsWith('[')) {
    const end = hostport.indexOf(']');
    if (end < 0) return fail("missing ']' in address");
    if (end + 1 === hostport.length) return fail('missing port in address');
    if (end + 1 !== last) return fail(hostport[end + 1] === ':' ? 'too many colons in address' : 'missing port in address');
    host = hostport.slice(1, end);
    openFrom = 1;
    closeFrom = end + 1;
  } else {
    host = hostport.slice(0, last);
    if (host.includes(':')) return fail('too many colons in address');
  }
  if (hostport.indexOf('[', openFrom) >= 0) return fail("unexpected '[' in address");
  if (hostport.indexOf(']', closeFrom) >= 0) return fail("unexpected ']' in address");
  return { ok: true, host, port: hostport.slice(last + 1) };
}
