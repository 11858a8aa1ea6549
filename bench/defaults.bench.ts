// Defaulting benchmark: applyDefaults on a typical Certificate (all three sets, and a
// Certificate already defaulted so that the patch is empty), in objects per second, beside
// validate on the same object in the same run. Run with `npx tsx bench/defaults.bench.ts`.
import { applyDefaults } from '../src/defaults/apply.js';
import { validate } from '../src/validation/validate.js';

const certificate = {
  apiVersion: 'cert-manager.io/v1',
  kind: 'Certificate',
  metadata: {
    name: 'web',
    namespace: 'default',
    labels: { 'app.kubernetes.io/name': 'web' },
    annotations: { 'cert-manager.io/issue-temporary-certificate': 'true' },
  },
  spec: {
    secretName: 'web-tls',
    commonName: 'web.example.com',
    dnsNames: ['web.example.com', 'www.example.com'],
    duration: '2160h0m0s',
    renewBefore: '360h0m0s',
    usages: ['digital signature', 'key encipherment', 'server auth'],
    privateKey: { algorithm: 'ECDSA', size: 256 },
    issuerRef: { name: 'letsencrypt' },
  },
};

const ms = Number(process.env.BENCH_MS ?? 1000);

/** Calls `fn` repeatedly for about `ms` milliseconds (after a warm-up) and returns calls per second. */
function rate(fn: () => unknown): number {
  for (let i = 0; i < 2000; i++) fn();
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 200; i++) fn();
    n += 200;
    elapsed = performance.now() - start;
  }
  return (n / elapsed) * 1000;
}

const defaulted = applyDefaults(certificate).object;
const check = applyDefaults(certificate);
if (check.errors.length > 0 || check.patch.length !== 3) throw new Error(`unexpected defaulting result: ${JSON.stringify(check)}`);

const rows: [string, number][] = [
  ['applyDefaults (all sets, 3 ops)', rate(() => applyDefaults(certificate))],
  ['applyDefaults (already defaulted, 0 ops)', rate(() => applyDefaults(defaulted))],
  ["applyDefaults (defaults: ['scheme'])", rate(() => applyDefaults(certificate, { defaults: ['scheme'] }))],
  ['validate (schema + semantic)', rate(() => validate(certificate))],
  ['validate (schema: false)', rate(() => validate(certificate, { schema: false }))],
];
for (const [name, perSecond] of rows) console.log(`defaults-bench: ${name.padEnd(42)} ${Math.round(perSecond).toLocaleString('en-US').padStart(10)} objects/s`);
