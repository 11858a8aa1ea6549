import { isIp } from '../../go/net/ip.js';
import { parseMailAddress } from '../../go/mail/address.js';

/**
 * H-EMAIL: what is wrong with `s` as a bare email address, as cert-manager decides it:
 * - `{ kind: 'parse', error }` when Go's mail parser rejects it (error is the parser's text);
 * - `{ kind: 'not-bare' }` when it parses but holds more than the address itself (a display
 *   name, angle brackets, comments, surrounding spaces, quotes around the local part);
 * - `undefined` when `s` is exactly a `local@domain` address.
 */
export function emailProblem(s: string): { kind: 'parse'; error: string } | { kind: 'not-bare' } | undefined {
  const r = parseMailAddress(s, isIp);
  if (!r.ok) return { kind: 'parse', error: r.error };
  return r.address === s ? undefined : { kind: 'not-bare' };
}
