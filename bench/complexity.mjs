// `npm run bench:complexity`: times each entry point and parser at three input sizes (×1, ×4,
// ×16) and flags super-linear growth. Growth is the exponent k in time ∝ size^k between the two
// larger sizes (the smallest one mostly measures fixed costs): about 1 for linear work, 2 for
// quadratic. A case whose k is above 1.4 is flagged, and so is any run slower than 1 s. Not a unit test: the figures depend on
// the machine. `--only <text>` runs the cases whose name contains the text.
import { parseArgs } from 'node:util';
import { register } from 'tsx/esm/api';

register();
const src = (p) => import(new URL(`../src/${p}`, import.meta.url).href);
const { values } = parseArgs({ options: { only: { type: 'string', multiple: true, default: [] } } });

const { validate, applyDefaults, convert, handleConversion } = await src('index.ts');
const { runCli } = await src('cli/run-cli.ts');
const { parseIp } = await src('go/net/ip.ts');
const { parseRequestUri } = await src('go/url/parse.ts');
const { parseMailAddress } = await src('go/mail/address.ts');
const { parseDn } = await src('go/ldap/dn.ts');
const { decodePem } = await src('go/pem/pem.ts');
const { parseCsr } = await src('go/x509/csr.ts');
const { parseDuration } = await src('go/time/duration.ts');
const { cronSpecProblem } = await src('go/cron/cron.ts');
const { MAX_NESTING_DEPTH } = await src('util/depth.ts');
const { buildCsrDer, ext, toPem } = await import(new URL('../test/validation/certificaterequest/csr-builder.ts', import.meta.url).href);

const certificate = (dnsNames) => ({
  apiVersion: 'cert-manager.io/v1',
  kind: 'Certificate',
  metadata: { name: 'web', namespace: 'default' },
  spec: { secretName: 'web-tls', issuerRef: { name: 'ca' }, dnsNames },
});
const names = (n) => Array.from({ length: n }, (_, i) => `host-${i}.example.com`);
const list = (n, apiVersion = 'cert-manager.io/v1') => ({
  apiVersion,
  kind: 'CertificateList',
  items: Array.from({ length: n }, (_, i) => ({ ...certificate([`h${i}.example.com`]), apiVersion, metadata: { name: `c${i}` } })),
});
const nested = (levels) => {
  let v = 'leaf';
  for (let i = 0; i < levels; i++) v = i % 2 === 0 ? [v] : { a: v };
  return v;
};
const deepIssuer = (levels) => ({
  apiVersion: 'cert-manager.io/v1',
  kind: 'Issuer',
  metadata: { name: 'acme', namespace: 'default' },
  spec: {
    acme: {
      server: 'https://acme.example.com/directory',
      privateKeySecretRef: { name: 'k' },
      solvers: [{ dns01: { webhook: { groupName: 'g.example.com', solverName: 's', config: nested(levels - 7) } } }],
    },
  },
});
const io = { stdout: () => {}, stderr: () => {}, readStdin: async () => '', cwd: process.cwd(), isTTY: false };
const yamlDoc = (n) =>
  `apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: web, namespace: default}\nspec:\n  secretName: web-tls\n  issuerRef: {name: ca}\n  dnsNames:\n${names(
    n,
  )
    .map((d) => `    - ${d}\n`)
    .join('')}`;
const isIp = (s) => parseIp(s) !== undefined;

/** name, base size, unit, input maker, run. */
const CASES = [
  ['validate: Certificate, n dnsNames', 2_000, 'names', (n) => certificate(names(n)), (x) => validate(x)],
  ['validate: CertificateList, n items', 250, 'items', (n) => list(n), (x) => validate(x)],
  ['validate: nesting n levels (limit 1000)', MAX_NESTING_DEPTH / 16, 'levels', (n) => deepIssuer(n), (x) => validate(x)],
  ['applyDefaults: CertificateList, n items', 250, 'items', (n) => list(n), (x) => applyDefaults(x)],
  ['convert: CertificateList v1→v1alpha2, n items', 250, 'items', (n) => list(n), (x) => convert(x, 'cert-manager.io/v1alpha2')],
  [
    'handleConversion: n objects',
    250,
    'objects',
    (n) => ({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'ConversionReview',
      request: { uid: 'u', desiredAPIVersion: 'cert-manager.io/v1beta1', objects: list(n).items },
    }),
    (x) => handleConversion(x),
  ],
  [
    'lint: one YAML document, n dnsNames',
    1_000,
    'names',
    (n) => yamlDoc(n),
    (x) => runCli(['lint', '-'], { ...io, readStdin: async () => x }, '0.0.0'),
  ],
  ['go/net parseIp: n-char garbage', 10_000, 'chars', (n) => '1:'.repeat(n / 2), (x) => parseIp(x)],
  [
    'go/url parseRequestUri: n-char path',
    10_000,
    'chars',
    (n) => `https://a.example.com/${'a/'.repeat(n / 2)}?q=${'%41'.repeat(8)}`,
    (x) => parseRequestUri(x),
  ],
  [
    'go/mail parseMailAddress: n-char local part',
    10_000,
    'chars',
    (n) => `"${'a\\ '.repeat(n / 3)}"@example.com`,
    (x) => parseMailAddress(x, isIp),
  ],
  [
    'go/mail parseMailAddress: n-char comments',
    10_000,
    'chars',
    (n) => `${'(a'.repeat(n / 4)}${')'.repeat(n / 4)}a@example.com`,
    (x) => parseMailAddress(x, isIp),
  ],
  [
    'go/ldap parseDn: n RDNs',
    1_000,
    'RDNs',
    (n) => Array.from({ length: n }, (_, i) => `OU=unit\\,${i}+CN=x`).join(','),
    (x) => parseDn(x),
  ],
  ['go/pem decodePem: n base64 chars', 64_000, 'chars', (n) => toPem(new Uint8Array((n * 3) / 4).fill(7)), (x) => decodePem(x)],
  [
    'go/x509 parseCsr: n SAN dnsNames',
    250,
    'names',
    (n) => buildCsrDer({ key: 'ec-p256', extensions: [ext.san(names(n))] }),
    (x) => parseCsr(x),
  ],
  ['go/time parseDuration: n units', 2_000, 'units', (n) => '1h1m1s1ms'.repeat(n / 4).slice(0, -1), (x) => parseDuration(x)],
  [
    'go/cron: n-item list field',
    1_000,
    'items',
    (n) => `${Array.from({ length: n }, (_, i) => i % 60).join(',')} * * * *`,
    (x) => cronSpecProblem(x),
  ],
];

/** The fastest of the runs of `run(input)`, repeated until 200 ms or 15 runs have passed (the minimum is the least disturbed by garbage collection and other processes). */
function time(run, input) {
  const samples = [];
  const start = performance.now();
  while (samples.length < 3 || (performance.now() - start < 200 && samples.length < 15)) {
    const t = performance.now();
    const r = run(input);
    if (r instanceof Promise) throw new Error('async runs are timed with timeAsync');
    samples.push(performance.now() - t);
  }
  return Math.min(...samples);
}

async function timeAsync(run, input) {
  const samples = [];
  const start = performance.now();
  while (samples.length < 3 || (performance.now() - start < 200 && samples.length < 15)) {
    const t = performance.now();
    await run(input);
    samples.push(performance.now() - t);
  }
  return Math.min(...samples);
}

const fmt = (ms) => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(1) : Math.round(ms).toString()).padStart(8);
const rows = [];
let flagged = 0;
console.log(`${'case'.padEnd(48)} ${'sizes'.padEnd(24)} ${'ms ×1'.padStart(8)} ${'ms ×4'.padStart(8)} ${'ms ×16'.padStart(8)}  growth`);
for (const [name, base, unit, make, run] of CASES) {
  if (values.only.length > 0 && !values.only.some((o) => name.includes(o))) continue;
  const sizes = [base, base * 4, base * 16].map(Math.round);
  const ms = [];
  for (const n of sizes) {
    const input = make(n);
    const probe = run(input); // also the warm-up run
    if (probe instanceof Promise) {
      await probe;
      ms.push(await timeAsync(run, input));
    } else ms.push(time(run, input));
  }
  const k = Math.log(Math.max(ms[2], 1e-3) / Math.max(ms[1], 1e-3)) / Math.log(4);
  // Below half a millisecond the timer's resolution and fixed costs dominate: no growth verdict.
  const measurable = ms[1] >= 0.5;
  const superLinear = measurable && k > 1.4;
  const slow = ms[2] > 1000;
  if (superLinear || slow) flagged++;
  const verdict = !measurable ? 'n/a (<1 ms)' : `k=${k.toFixed(2)}${superLinear ? '  SUPER-LINEAR' : ''}${slow ? '  SLOW (>1 s)' : ''}`;
  rows.push({ name, sizes, ms, k });
  console.log(`${name.padEnd(48)} ${`${sizes.join('/')} ${unit}`.padEnd(24)} ${ms.map(fmt).join(' ')}  ${verdict}`);
}
console.log(flagged === 0 ? '\nno super-linear or slow case' : `\n${flagged} case(s) flagged`);
process.exitCode = flagged === 0 ? 0 : 1;
