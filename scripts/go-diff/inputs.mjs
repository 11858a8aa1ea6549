// Seeded inputs for cmapi's differential test: for every function, hand-picked edge cases,
// random strings over an alphabet that reaches the parser's branches, random edits of the edge
// cases and generated well-formed values. Writes JSON lines {n, fn, text} or {n, fn, bytes}.
//   node inputs.mjs <random-per-function> <seed> [csr-directory] [function,function,...]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [perFn = '3000', seedText = '1', csrDir = '', only = ''] = process.argv.slice(2);
const N = Number(perFn);

/** mulberry32: a small seeded generator, enough for reproducible test inputs. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(Number(seedText) * 2654435761);
const int = (n) => Math.floor(rand() * n);
const pick = (xs) => xs[int(xs.length)];
const chars = (s) => Array.from(s);
const randomString = (alphabet, max) => Array.from({ length: int(max + 1) }, () => pick(alphabet)).join('');
const hexByte = () => int(256).toString(16).padStart(2, '0');

/** Random edits of a string: insert, delete, replace or duplicate characters. */
function mutate(s, alphabet) {
  let cs = chars(s);
  for (let k = 1 + int(3); k > 0; k--) {
    const i = int(cs.length + 1);
    switch (int(4)) {
      case 0:
        cs.splice(i, 0, pick(alphabet));
        break;
      case 1:
        cs.splice(i, 1);
        break;
      case 2:
        cs[i] = pick(alphabet);
        break;
      default:
        cs = cs.concat(cs.slice(i, i + 1 + int(4)));
    }
  }
  return cs.join('');
}

const DIGITS = chars('0123456789');
const UNI = ['é', 'ß', '\u00a0', '\u2028', '\u200b', '\ufeff', '\u{1f600}', '\u0085', 'İ', 'ſ', '\u212a', '\ud800'];

const fns = {
  ip: {
    edges: [
      '1.2.3.4',
      '::',
      '::1',
      '::ffff:1.2.3.4',
      '01.2.3.4',
      '1.2.3',
      '1.2.3.4.5',
      '256.1.1.1',
      'fe80::1%eth0',
      '1::2::3',
      ':::',
      '1:2:3:4:5:6:7:8',
      '1:2:3:4:5:6:7:8:9',
      '::1.2.3.4',
      '1:2:3:4:5:6:1.2.3.4',
      ' 1.2.3.4',
      '١.٢.٣.٤',
      '0x1.2.3.4',
      '',
    ],
    alphabet: [...chars('0123456789abcdefABCDEF.:%x '), 'é'],
    max: 24,
    gen: () =>
      rand() < 0.5
        ? Array.from({ length: 4 }, () => int(300)).join('.')
        : Array.from({ length: 1 + int(8) }, () => int(0x10000).toString(16)).join(':'),
  },
  cidr: {
    edges: ['10.0.0.0/8', '10.0.0.1/8', '::/0', '::ffff:1.2.3.4/96', '1.2.3.4/33', '1.2.3.4/', '1.2.3.4/08', '::1/129', '/8', '1.2.3.4/+8'],
    alphabet: chars('0123456789abcdef.:/+- '),
    max: 24,
    gen: () => `${Array.from({ length: 4 }, () => int(260)).join('.')}/${int(40)}`,
  },
  mail: {
    edges: [
      'a@b.c',
      'A <a@b.c>',
      '"a b"@c.d',
      'a@[1.2.3.4]',
      'a@[::1]',
      'a@[IPv6:::1]',
      '=?bad?q?x?= <a@b.c>',
      '=?utf-8?b?YQ==?= <a@b.c>',
      '=?us-ascii?q?a=ZZ?= <a@b.c>',
      'g: a@b.c;',
      '(c) a@b.c',
      'a@b.c (c',
      'a..b@c.d',
      '.a@b.c',
      'a@b..c',
      '<a@b.c>',
      'a@b.c, d@e.f',
      '',
      'é@b.c',
      'x =?koi8-r?q?a?= <a@b.c>',
      '=?utf-8?Q??= <a@b.c>',
      '=?utf-8?q??= (c) <a@b.c>',
      '=?utf-8?b?YQ==?= (c) <a@b.c>',
    ],
    alphabet: [...chars('abcAB@.<>"()[]:;,\\ =?_-'), 'é', '\t'],
    max: 30,
    gen: () => `${randomString(chars('abc.=?_'), 8)}${pick(['', ' '])}<${randomString(chars('ab.'), 4)}@${randomString(chars('ab.'), 4)}>`,
  },
  url: {
    edges: [
      'https://a::',
      'https://a:1:2',
      'https://h[x]/',
      'https://[fe80::1%25]/',
      'https://[fe80::1%25en0]:443/p',
      'https://[1.2.3.4]/',
      'https://[::ffff:1.2.3.4]/',
      'http://u@h/',
      'http://u:p@h:80/x?y',
      'mailto:x',
      '/path',
      '*',
      'https://%41/',
      'https://%c3%a9/',
      'https://h:port/',
      'HTTPS://H/',
      'ftp://a:1:2/',
      'https://a b/',
      '',
    ],
    alphabet: chars('htps:/[]%25@a:1.?#x-eéf0'),
    max: 24,
    gen: () => `${pick(['https', 'http', 'ftp', 'x'])}://${randomString(chars('ab.:[]%0123456789'), 10)}${pick(['', '/', '/p?q'])}`,
  },
  dns01ns: {
    edges: [
      'https://a::',
      'https://1.1.1.1/dns-query',
      'https://[fe80::1%25]/',
      'https://h[x]/',
      '8.8.8.8:53',
      '8.8.8.8',
      '[::1]:53',
      'https://',
      'https:///x',
    ],
    alphabet: chars('htps:/[]%25@a:1.8x'),
    max: 24,
    gen: () => `https://${randomString(chars('ab.:[]%0123456789'), 10)}/${randomString(chars('dnsq-'), 4)}`,
  },
  rfc2136ns: {
    edges: ['1.2.3.4', '1.2.3.4:53', '[::1]', '[::1]:53', ' ', 'dns:', '[', ']:53', 'a:b:c', '[[a]]'],
    alphabet: chars('[]:.1a \t'),
    max: 12,
  },
  splithostport: {
    edges: ['a:1', '[::1]:1', '::1', '[a]b:1', 'a:', ':1', '[a:1', 'a]:1', '[[a]]:1', '[a]:1:2'],
    alphabet: chars('[]:a1%'),
    max: 10,
  },
  duration: {
    edges: [
      '1h',
      '1.5h',
      '90d',
      'h',
      '',
      '0',
      '-0',
      '+1s',
      '1µs',
      '1us',
      '1μs',
      '9223372036854775807ns',
      '9223372036854775808ns',
      '2562047h47m16.854775807s',
      '.5s',
      '5.s',
      '1e3s',
      '1h1h',
    ],
    alphabet: [...chars('0123456789.hmsnuµ+-'), 'μ'],
    max: 14,
    gen: () => `${int(100000)}${pick(['h', 'm', 's', 'ms', 'us', 'ns'])}${rand() < 0.5 ? `${int(60)}s` : ''}`,
  },
  durfmt: {
    edges: ['0', '1', '999', '1000', '1000000', '-1', '60000000000', '3600000000000', '9223372036854775807', '-9223372036854775808'],
    alphabet: DIGITS,
    max: 19,
  },
  quote: {
    edges: [
      'a',
      '"',
      '\\',
      '\u0000',
      '\u007f',
      '\u00a0',
      '\u00ad',
      '\u2028',
      '\ufeff',
      '\u{e0001}',
      '\u{1f600}',
      '\ud800',
      'é',
      '\u1c89',
      '\u{2ebf0}',
      '\u{10d40}',
    ],
    alphabet: [...chars('a"\\\n\t\u0000\u0007\u007f'), ...UNI],
    max: 8,
  },
  dn: {
    edges: [
      'CN= #41',
      'C=#0403616263 ',
      'CN=#0c01ff',
      'CN=#30800401610000',
      '\ufeffCN=a',
      'CN=a,O=b+OU=c;C=d',
      'CN=a\\,b',
      'CN=\\41',
      'CN=\\4',
      'CN=#',
      'CN=#0',
      'CN=#0400',
      'CN=#1f0c0161',
      'CN=#090103',
      'CN=#0903800001',
      'CN=#1806323032345a',
      'CN=#180d323032343031303130305a',
      'CN=a\\ ',
      'CN=a\\\\ ',
      '=a',
      'CN',
      ',',
      'CN="a"',
      'UID=#0c03666f6f ',
      'C= #',
      ' ',
    ],
    alphabet: [...chars('CNO=#,;+\\ "0123456789abcdef'), 'é', '\ufeff'],
    max: 20,
    gen: () => {
      const tags = ['04', '0c', '13', '16', '18', '09', '30', '31', '1e', '02', '05', 'a0', '1f0c', '00'];
      const content = Array.from({ length: int(6) }, hexByte).join('');
      const len = rand() < 0.8 ? (content.length / 2).toString(16).padStart(2, '0') : pick(['80', '81', 'ff', '00', '8100']);
      const value = `#${pick(tags)}${len}${content}${rand() < 0.2 ? '0000' : ''}`;
      return `${pick(['CN', 'O', 'C', '1.2.3'])}=${rand() < 0.2 ? ' ' : ''}${value}${rand() < 0.1 ? ' ' : ''}`;
    },
  },
  cron: {
    edges: [
      '* * * * *',
      '0 0 * * *',
      '@daily',
      '@every 1h',
      'TZ=UTC * * * * *',
      'CRON_TZ=Europe/Berlin 0 0 * * *',
      '*/5 * * * *',
      '0 0 31 2 *',
      '60 * * * *',
      'TZ= * * * * *',
      '? * * * *',
    ],
    alphabet: chars('0123456789*/,-? @aevryhdlTZ=UC'),
    max: 20,
  },
  tz: {
    edges: [
      'UTC',
      'Europe/Berlin',
      'US/Eastern',
      'Local',
      '',
      'utc',
      'Etc/GMT+5',
      'America/Argentina/Buenos_Aires',
      'Europe/Berlin/',
      'EST5EDT',
      'posixrules',
      'right/UTC',
      './UTC',
    ],
    alphabet: chars('UTCEurope/BrlinAmca_+5'),
    max: 16,
  },
  dns1123: {
    edges: ['a', 'a.b', '-a', 'a-', 'a..b', 'A', 'a'.repeat(253), 'a'.repeat(254), '', 'é'],
    alphabet: chars('ab-.A0_'),
    max: 20,
  },
  labelkey: {
    edges: ['a', 'a/b', 'example.com/a', '/a', 'a/', 'a/b/c', `${'a'.repeat(63)}`, `${'a'.repeat(64)}`, '_a', 'a_', 'a.b-c_d'],
    alphabet: chars('ab-._/A0'),
    max: 20,
  },
  labelvalue: {
    edges: ['', 'a', '-a', 'a-', 'a'.repeat(63), 'a'.repeat(64), 'a_b.c-d', 'é'],
    alphabet: chars('ab-._A0 '),
    max: 20,
  },
  email: {
    edges: ['a@b.c', 'A <a@b.c>', 'a@b.c ', ' a@b.c', '"a"@b.c', 'a@[1.2.3.4]', '=?bad?q?x?= <a@b.c>'],
    alphabet: chars('ab@.<>" ()'),
    max: 16,
  },
};

// PEM: byte inputs built from PEM fragments.
const PEM_PARTS = [
  '-----BEGIN ',
  '-----END ',
  '-----',
  'A',
  'B',
  'CERTIFICATE',
  '\n',
  '\r\n',
  ' ',
  '\t',
  'K: V',
  ':',
  'QUJD',
  'QQ==',
  '=',
  '\u00a0',
  '\u00ff',
];
function pemInput() {
  const body = Array.from({ length: 1 + int(12) }, () => pick(PEM_PARTS)).join('');
  const t = pick(['A', 'B', 'CERTIFICATE', '']);
  const well = `-----BEGIN ${t}-----\n${rand() < 0.3 ? 'K: V\n\n' : ''}${pick(['QUJD', 'QQ==', '', 'QUJD\nRA=='])}\n-----END ${t}-----${pick(['', '\n', ' x', '\nrest'])}`;
  return rand() < 0.5
    ? mutate(
        well,
        PEM_PARTS.map((p) => p[0]),
      )
    : rand() < 0.5
      ? body
      : `${body}${well}`;
}
const PEM_EDGES = [
  '-----BEGIN A-----\nK: V-----BEGIN B\n\nAAAA\n-----END A-----',
  '-----BEGIN A-----\nQUJD\n-----END A-----\n',
  '-----BEGIN A-----\n-----BEGIN B-----\nQUJD\n-----END B-----\n',
  'x\n-----BEGIN A-----\r\nQUJD\r\n-----END A-----  \nrest',
  '-----BEGIN A-----\nK: V\n\nQUJD\n-----END A-----',
  '-----BEGIN A-----\n-----END A-----',
  '-----BEGIN A-----\nQUJD\n-----END B-----',
];

let n = 0;
const out = [];
const emit = (fn, o) => out.push(JSON.stringify({ n: n++, fn, ...o }));
const wanted = only === '' ? undefined : new Set(only.split(','));
const want = (fn) => wanted === undefined || wanted.has(fn);

for (const [fn, spec] of Object.entries(fns)) {
  if (!want(fn)) continue;
  for (const e of spec.edges) emit(fn, { text: e });
  for (let i = 0; i < N; i++) {
    const r = rand();
    let s;
    if (r < 0.4) s = randomString(spec.alphabet, spec.max);
    else if (r < 0.75) s = mutate(pick(spec.edges), spec.alphabet);
    else if (spec.gen !== undefined) s = spec.gen();
    else s = randomString([...spec.alphabet, ...UNI], spec.max);
    emit(fn, { text: fn === 'durfmt' && !/^-?\d+$/.test(s) ? String(int(2 ** 31) * int(2 ** 31)) : s });
  }
}
if (want('pem')) {
  for (const e of PEM_EDGES) emit('pem', { bytes: Buffer.from(e, 'latin1').toString('base64') });
  for (let i = 0; i < N; i++) emit('pem', { bytes: Buffer.from(pemInput(), 'latin1').toString('base64') });
}

// CSRs: every file of the CSR directory (DER), as is and with random corruptions.
if (want('csr') && csrDir !== '') {
  const csrs = readdirSync(csrDir)
    .filter((f) => f.endsWith('.der'))
    .sort()
    .map((f) => readFileSync(join(csrDir, f)));
  for (const c of csrs) emit('csr', { bytes: c.toString('base64') });
  for (let i = 0; i < N && csrs.length > 0; i++) {
    const c = Buffer.from(pick(csrs));
    switch (int(4)) {
      case 0: // bit flips
        for (let k = 1 + int(2); k > 0; k--) c[int(c.length)] ^= 1 << int(8);
        emit('csr', { bytes: c.toString('base64') });
        break;
      case 1: // truncation
        emit('csr', { bytes: c.subarray(0, int(c.length)).toString('base64') });
        break;
      case 2: // a byte replaced
        c[int(c.length)] = int(256);
        emit('csr', { bytes: c.toString('base64') });
        break;
      default: // trailing data
        emit('csr', { bytes: Buffer.concat([c, Buffer.from([int(256)])]).toString('base64') });
    }
  }
}

process.stdout.write(`${out.join('\n')}\n`);
