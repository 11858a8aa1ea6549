/**
 * Nameserver checks of the ACME DNS01 solvers (spec/validation.md §1.8): H-RFC2136-NAMESERVER
 * for `rfc2136.nameserver` and H-DNS01-NAMESERVER for `dns01.nameservers[]`.
 */
import { goTrimSpace } from '../../go/strings/space.js';
import { splitHostPort } from '../../go/net/split-host-port.js';
import { parseRequestUri } from '../../go/url/parse.js';
import { memoAccepted } from '../../go/memo.js';

/** Strips every leading and trailing `[` and `]` (Go's `strings.Trim(s, "[]")`). */
function trimBrackets(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && (s[start] === '[' || s[start] === ']')) start++;
  while (end > start && (s[end - 1] === '[' || s[end - 1] === ']')) end--;
  return s.slice(start, end);
}

/**
 * H-RFC2136-NAMESERVER: whether `nameserver` names a host, with an optional port: an IPv4
 * address, a bracketed IPv6 address or a hostname. The port is not checked (`dns:` is valid).
 * @param nameserver - the `rfc2136.nameserver` value
 * Accepted values are remembered (a bounded memo): a cluster's issuers name the same servers.
 * @returns true when upstream accepts it
 */
export const isValidRfc2136Nameserver: (nameserver: string) => boolean = memoAccepted(checkRfc2136Nameserver);

function checkRfc2136Nameserver(nameserver: string): boolean {
  const trimmed = goTrimSpace(nameserver);
  if (trimmed === '') return false;
  const split = splitHostPort(trimmed);
  let host: string;
  if (split.ok) host = split.host;
  else if (split.reason === 'missing port in address') host = trimBrackets(trimmed);
  else return false;
  return host !== '';
}

/** Detail of an invalid DNS-over-HTTPS entry. */
export const DOH_NAMESERVER_FORMAT = 'must be in the format https://<DoH RFC 8484 server address>';
/** Detail of an invalid plain-DNS entry. */
export const DNS_NAMESERVER_FORMAT = 'must be in the format <host>:<port>, for example 8.8.8.8:53 or ns1.example.com:53';

/**
 * H-DNS01-NAMESERVER: checks one `dns01.nameservers[]` entry. Entries starting with `https://`
 * must be a request URI with a host (DNS over HTTPS); any other entry must split as host:port.
 * @param nameserver - the entry
 * @returns undefined when valid, else the detail of the error
 */
export function dns01NameserverProblem(nameserver: string): string | undefined {
  if (nameserver.startsWith('https://')) {
    const uri = parseRequestUri(nameserver);
    return uri !== undefined && uri.host !== '' ? undefined : DOH_NAMESERVER_FORMAT;
  }
  return splitHostPort(nameserver).ok ? undefined : DNS_NAMESERVER_FORMAT;
}
