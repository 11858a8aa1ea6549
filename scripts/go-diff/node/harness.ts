/**
 * The Node side of cmapi's differential test (scripts/go-diff): the protocol of go/harness.go,
 * answered by cmapi's Go ports under src/go/. Bundled with esbuild by run.sh.
 */
import { createInterface } from 'node:readline';
import { durationValue, formatDuration, parseDuration } from '../../../src/go/time/duration.js';
import { cronSpecProblem } from '../../../src/go/cron/cron.js';
import { dns1123SubdomainProblems, isDns1123Subdomain } from '../../../src/go/apimachinery/dns1123.js';
import { isLabelKey, isLabelValue, labelKeyProblems, labelValueProblems } from '../../../src/go/apimachinery/labels.js';
import { parseDn } from '../../../src/go/ldap/dn.js';
import { parseMailAddress } from '../../../src/go/mail/address.js';
import { isIp, parseCidr, parseIp } from '../../../src/go/net/ip.js';
import { splitHostPort } from '../../../src/go/net/split-host-port.js';
import { bytesToBinary, decodePemRest } from '../../../src/go/pem/pem.js';
import { goQuote } from '../../../src/go/strconv/quote.js';
import { timeZoneProblem } from '../../../src/go/time/zone.js';
import { parseRequestUri } from '../../../src/go/url/parse.js';
import { parseCsr } from '../../../src/go/x509/csr.js';
import { checkSignature } from '../../../src/go/x509/verify.js';
import { emailProblem } from '../../../src/validation/helpers/email.js';
import { dns01NameserverProblem, isValidRfc2136Nameserver } from '../../../src/validation/helpers/nameserver.js';

interface Input {
  readonly n: number;
  readonly fn: string;
  readonly text?: string;
  readonly bytes?: string;
}

interface Answer {
  ok: boolean;
  value?: unknown;
  kind?: string;
  msg?: string;
}

const hexOf = (b: Uint8Array): string => Buffer.from(b).toString('hex');
/** Text holding one byte per char (the PEM port's view of bytes). */
const hexOfBinary = (s: string): string => Buffer.from(s, 'latin1').toString('hex');
const sixteen = (b: Uint8Array): string => (b.length === 4 ? `00000000000000000000ffff${hexOf(b)}` : hexOf(b));
const ok = (value?: unknown): Answer => (value === undefined ? { ok: true } : { ok: true, value });
const no = (msg: string, kind?: string): Answer => (kind === undefined ? { ok: false, msg } : { ok: false, kind, msg });
const count = (problems: string[]): Answer => (problems.length === 0 ? ok() : no(problems.join('; '), String(problems.length)));

/**
 * {@link count}, unless the fast predicate the rules call first (memoised, so asked twice) disagrees
 * with the problems: then an answer Go never gives, so that the disagreement shows as a difference.
 */
function counted(problems: string[], fast: (s: string) => boolean, s: string): Answer {
  const first = fast(s);
  const second = fast(s);
  if (first !== second || first !== (problems.length === 0)) return no(`fast predicate says ${first}/${second}`, 'fast-path');
  return count(problems);
}

type Handler = (text: string, data: Uint8Array) => Answer;

const handlers: Readonly<Record<string, Handler>> = {
  ip: (s) => {
    const ip = parseIp(s);
    return ip === undefined ? no('not an IP') : ok(sixteen(ip.bytes));
  },
  cidr: (s) => {
    const c = parseCidr(s);
    return c === undefined ? no('invalid CIDR') : ok(`${sixteen(c.ip.bytes)}/${c.prefix}/${c.ip.bytes.length * 8}`);
  },
  mail: (s) => {
    const a = parseMailAddress(s, isIp);
    return a.ok ? ok(a.address) : no(a.error);
  },
  email: (s) => {
    const p = emailProblem(s);
    if (p === undefined) return ok();
    return p.kind === 'parse' ? no(p.error, 'parse') : { ok: false, kind: 'not-bare' };
  },
  url: (s) => {
    const u = parseRequestUri(s);
    return u === undefined ? no('invalid') : ok([u.scheme, u.host, u.opaque]);
  },
  dns01ns: (s) => {
    const p = dns01NameserverProblem(s);
    return p === undefined ? ok() : no(p);
  },
  rfc2136ns: (s) => (isValidRfc2136Nameserver(s) ? ok() : no('invalid')),
  splithostport: (s) => {
    const r = splitHostPort(s);
    return r.ok ? ok([r.host, r.port]) : no(r.reason);
  },
  duration: (s) => {
    const d = parseDuration(s);
    // The memoised form the rules call must agree, asked twice (the second answer comes from the memo).
    const want = d.ok ? d.value : undefined;
    if (durationValue(s) !== want || durationValue(s) !== want) return no('durationValue disagrees with parseDuration', 'fast-path');
    return d.ok ? ok(d.value.toString()) : no(d.error);
  },
  durfmt: (s) => {
    const n = /^[+-]?\d+$/.test(s) ? BigInt(s) : undefined;
    return n !== undefined && BigInt.asIntN(64, n) === n ? ok(formatDuration(n)) : no('not an int64', 'harness');
  },
  quote: (s) => ok(goQuote(s)),
  pem: (_, b) => {
    const d = decodePemRest(bytesToBinary(b));
    if (d === undefined) return no('no block');
    const keys = Object.keys(d.block.headers)
      .map((k) => [hexOfBinary(k), hexOfBinary(d.block.headers[k] ?? '')] as const)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    const headers = keys.map(([k, v]) => `${k}=${v}`).join(',');
    return ok([hexOfBinary(d.block.type), headers, hexOf(d.block.bytes), hexOfBinary(d.rest)]);
  },
  csr: (_, b) => {
    const csr = parseCsr(b);
    if (typeof csr === 'string') return no(csr, 'parse');
    const bad = checkSignature(csr.signatureAlgorithm, csr.tbs, csr.signature, csr.publicKey);
    return bad === undefined ? ok() : no(bad, 'signature');
  },
  dn: (s) => {
    const dn = parseDn(s);
    if (!dn.ok) return no(dn.error);
    return ok(dn.rdns.map((rdn) => rdn.map((a) => `${hexOf(a.typeBytes)}=${hexOf(a.valueBytes)}`)));
  },
  cron: (s) => {
    const p = cronSpecProblem(s);
    return p === undefined ? ok() : no(p);
  },
  tz: (s) => {
    const p = timeZoneProblem(s);
    return p === undefined ? ok() : no(p);
  },
  dns1123: (s) => counted(dns1123SubdomainProblems(s), isDns1123Subdomain, s),
  labelkey: (s) => counted(labelKeyProblems(s), isLabelKey, s),
  labelvalue: (s) => counted(labelValueProblems(s), isLabelValue, s),
};

function answerOne(input: Input): Answer {
  const handler = handlers[input.fn];
  if (handler === undefined) return no(`unknown function ${input.fn}`, 'harness');
  const data = input.bytes === undefined ? new Uint8Array() : new Uint8Array(Buffer.from(input.bytes, 'base64'));
  try {
    return handler(input.text ?? '', data);
  } catch (e) {
    return no(e instanceof Error ? e.message : String(e), 'throw');
  }
}

const pending: string[] = [];
const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
lines.on('line', (line) => {
  if (line === '') return;
  const input = JSON.parse(line) as Input;
  pending.push(JSON.stringify({ n: input.n, ...answerOne(input) }));
  if (pending.length >= 500) process.stdout.write(`${pending.splice(0).join('\n')}\n`);
});
lines.on('close', () => {
  if (pending.length > 0) process.stdout.write(`${pending.join('\n')}\n`);
});
