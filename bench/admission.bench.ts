// Admission benchmark: end to end JSON.parse(body) → handleValidation → JSON.stringify(answer)
// for a typical Certificate CREATE review (the production chain), in requests per second, beside
// JSON.parse + JSON.stringify of the same review alone, in one run. Also the mutation path for a
// CertificateRequest CREATE. Run with `npx tsx bench/admission.bench.ts` (BENCH_MS sets the time
// per measurement, default 2000).
import { handleMutation } from '../src/admission/handle-mutation.js';
import { handleValidation } from '../src/admission/handle-validation.js';
import { typicalCertificate } from './lib/objects.js';

const review = {
  apiVersion: 'admission.k8s.io/v1',
  kind: 'AdmissionReview',
  request: {
    uid: '705ab4f5-6393-11e8-b7cc-42010a800002',
    kind: { group: 'cert-manager.io', version: 'v1', kind: 'Certificate' },
    resource: { group: 'cert-manager.io', version: 'v1', resource: 'certificates' },
    requestKind: { group: 'cert-manager.io', version: 'v1', kind: 'Certificate' },
    requestResource: { group: 'cert-manager.io', version: 'v1', resource: 'certificates' },
    name: 'web',
    namespace: 'default',
    operation: 'CREATE',
    userInfo: {
      username: 'system:serviceaccount:argocd:argocd-application-controller',
      uid: '3f1c',
      groups: ['system:serviceaccounts', 'system:authenticated'],
    },
    object: typicalCertificate,
    oldObject: null,
    dryRun: false,
    options: { apiVersion: 'meta.k8s.io/v1', kind: 'CreateOptions', fieldManager: 'argocd-controller' },
  },
};
const body = JSON.stringify(review);
const crBody = JSON.stringify({
  ...review,
  request: {
    ...review.request,
    kind: { group: 'cert-manager.io', version: 'v1', kind: 'CertificateRequest' },
    resource: { group: 'cert-manager.io', version: 'v1', resource: 'certificaterequests' },
    object: {
      apiVersion: 'cert-manager.io/v1',
      kind: 'CertificateRequest',
      metadata: { name: 'web-1', namespace: 'default' },
      spec: { issuerRef: { name: 'ca' }, request: 'dGVzdA==' },
    },
  },
});

const ms = Number(process.env.BENCH_MS ?? 2000);

/** Calls per second of `fn` over about `ms` milliseconds, after a warm-up. */
function rateSync(fn: () => unknown): number {
  for (let i = 0; i < 2000; i++) fn();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (let i = 0; i < 100; i++) fn();
    n += 100;
  }
  return (n / (performance.now() - start)) * 1000;
}

/** The same for an async `fn`, awaited one call at a time (as a server handles a request). */
async function rateAsync(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 2000; i++) await fn();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (let i = 0; i < 100; i++) await fn();
    n += 100;
  }
  return (n / (performance.now() - start)) * 1000;
}

const baseline = rateSync(() => JSON.stringify(JSON.parse(body)));
const validation = await rateAsync(async () => JSON.stringify(await handleValidation(JSON.parse(body))));
const mutation = await rateAsync(async () => JSON.stringify(await handleMutation(JSON.parse(crBody))));
const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(10);

console.log(`review body: ${body.length} bytes`);
console.log(`JSON.parse + JSON.stringify alone                 ${fmt(baseline)} req/s`);
console.log(
  `parse → handleValidation → stringify (Certificate) ${fmt(validation)} req/s  (${(baseline / validation).toFixed(1)}x the JSON round trip)`,
);
console.log(`parse → handleMutation → stringify (CR identity)  ${fmt(mutation)} req/s`);
