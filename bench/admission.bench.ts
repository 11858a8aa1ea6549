// Admission benchmark: end to end, request body string → JSON.parse → handleValidation →
// JSON.stringify, for a typical Certificate CREATE and an ACME Issuer UPDATE (the production
// chain), beside JSON.parse + JSON.stringify of the same review alone. The measurements run
// interleaved, round after round; each ratio is taken within a round and the median over the
// rounds is printed, so the ratios compare like with like on a busy machine. For each review it
// also times `validate` on the same object as the webhook runs it (rules only, without the depth
// walk decoding has done) and splits the per-request cost into the JSON round trip, validate, and
// the rest of the admission path; "without validate" is the ratio the path would have if
// validate cost nothing. Then the mutation path for a CertificateRequest CREATE. Run with
// `npx tsx bench/admission.bench.ts` (BENCH_ROUNDS rounds, default 9; BENCH_CALLS calls per
// round, default 2000).
import { handleMutation } from '../src/admission/handle-mutation.js';
import { handleValidation } from '../src/admission/handle-validation.js';
import { DEPTH_CHECKED, validate } from '../src/validation/validate.js';
import { acmeClusterIssuer, typicalCertificate } from './lib/objects.js';
import { target } from './lib/target.js';

const rounds = Number(process.env.BENCH_ROUNDS ?? 9);
const calls = Number(process.env.BENCH_CALLS ?? 2000);

const user = {
  username: 'system:serviceaccount:argocd:argocd-application-controller',
  uid: '3f1c',
  groups: ['system:serviceaccounts', 'system:authenticated'],
};

const gvk = (kind: string) => ({ group: 'cert-manager.io', version: 'v1', kind });
const gvr = (resource: string) => ({ group: 'cert-manager.io', version: 'v1', resource });

const certificateCreate = {
  apiVersion: 'admission.k8s.io/v1',
  kind: 'AdmissionReview',
  request: {
    uid: '705ab4f5-6393-11e8-b7cc-42010a800002',
    kind: gvk('Certificate'),
    resource: gvr('certificates'),
    requestKind: gvk('Certificate'),
    requestResource: gvr('certificates'),
    name: 'web',
    namespace: 'default',
    operation: 'CREATE',
    userInfo: user,
    object: typicalCertificate,
    oldObject: null,
    dryRun: false,
    options: { apiVersion: 'meta.k8s.io/v1', kind: 'CreateOptions', fieldManager: 'argocd-controller' },
  },
};

/** An ACME Issuer as the API server stores it: server-set metadata and a Ready status. */
const storedIssuer = {
  apiVersion: 'cert-manager.io/v1',
  kind: 'Issuer',
  metadata: {
    name: 'letsencrypt',
    namespace: 'default',
    uid: '9b0c6f2e-2c1a-4a59-8f0e-3d4b5a6c7d8e',
    resourceVersion: '482913',
    generation: 3,
    creationTimestamp: '2026-01-12T09:30:00Z',
    labels: { 'app.kubernetes.io/managed-by': 'argocd' },
  },
  spec: {
    acme: {
      server: 'https://acme-v02.api.letsencrypt.org/directory',
      email: 'platform@example.com',
      privateKeySecretRef: { name: 'letsencrypt-account' },
      solvers: acmeClusterIssuer.spec.acme.solvers.slice(0, 2),
    },
  },
  status: {
    acme: { uri: 'https://acme-v02.api.letsencrypt.org/acme/acct/123456', lastRegisteredEmail: 'platform@example.com' },
    conditions: [
      {
        type: 'Ready',
        status: 'True',
        reason: 'ACMEAccountRegistered',
        message: 'The ACME account was registered with the ACME server',
        lastTransitionTime: '2026-01-12T09:30:05Z',
        observedGeneration: 3,
      },
    ],
  },
};

/** The same Issuer with a new contact email (the small change an UPDATE carries). */
const updatedIssuer = {
  ...storedIssuer,
  spec: { acme: { ...storedIssuer.spec.acme, email: 'pki@example.com' } },
};

const issuerUpdate = {
  ...certificateCreate,
  request: {
    ...certificateCreate.request,
    uid: 'c2f0e1d4-7a35-4f7b-9e1a-0b8c2d3e4f51',
    kind: gvk('Issuer'),
    resource: gvr('issuers'),
    requestKind: gvk('Issuer'),
    requestResource: gvr('issuers'),
    name: 'letsencrypt',
    operation: 'UPDATE',
    object: updatedIssuer,
    oldObject: storedIssuer,
    options: { apiVersion: 'meta.k8s.io/v1', kind: 'UpdateOptions', fieldManager: 'argocd-controller' },
  },
};

const crBody = JSON.stringify({
  ...certificateCreate,
  request: {
    ...certificateCreate.request,
    kind: gvk('CertificateRequest'),
    resource: gvr('certificaterequests'),
    object: {
      apiVersion: 'cert-manager.io/v1',
      kind: 'CertificateRequest',
      metadata: { name: 'web-1', namespace: 'default' },
      spec: { issuerRef: { name: 'ca' }, request: 'dGVzdA==' },
    },
  },
});

interface Case {
  readonly name: string;
  readonly body: string;
  readonly object: unknown;
  readonly options: Parameters<typeof validate>[1] & { readonly [DEPTH_CHECKED]: true };
}

const cases: Case[] = [
  {
    name: 'Certificate CREATE',
    body: JSON.stringify(certificateCreate),
    object: typicalCertificate,
    options: { schema: false, [DEPTH_CHECKED]: true },
  },
  {
    name: 'Issuer UPDATE',
    body: JSON.stringify(issuerUpdate),
    object: updatedIssuer,
    options: { schema: false, operation: 'UPDATE', oldObject: storedIssuer, [DEPTH_CHECKED]: true },
  },
];

for (const c of cases) {
  const answer = await handleValidation(JSON.parse(c.body));
  if (!answer.response.allowed) throw new Error(`${c.name} is denied: ${JSON.stringify(answer.response)}`);
}

/** Microseconds per call of a round of `calls` calls. */
function timeSync(fn: () => unknown): number {
  const t = performance.now();
  for (let i = 0; i < calls; i++) fn();
  return ((performance.now() - t) * 1000) / calls;
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  for (let i = 0; i < calls; i++) await fn();
  return ((performance.now() - t) * 1000) / calls;
}

/** Every measurement of one round, in µs per call, and the ratios within the round. */
async function round(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const c of cases) {
    const json = timeSync(() => JSON.stringify(JSON.parse(c.body)));
    const handle = await timeAsync(async () => JSON.stringify(await handleValidation(JSON.parse(c.body))));
    const rules = timeSync(() => validate(c.object, c.options));
    const rest = handle - json - rules;
    Object.assign(out, {
      [`${c.name} json`]: json,
      [`${c.name} handle`]: handle,
      [`${c.name} validate`]: rules,
      [`${c.name} rest`]: rest,
      [`${c.name} ratio`]: handle / json,
      [`${c.name} ratio without validate`]: (json + rest) / json,
    });
  }
  out.mutation = await timeAsync(async () => JSON.stringify(await handleMutation(JSON.parse(crBody))));
  return out;
}

await round(); // warm-up
const samples: Record<string, number[]> = {};
for (let r = 0; r < rounds; r++) {
  for (const [k, v] of Object.entries(await round())) {
    samples[k] = [...(samples[k] ?? []), v];
  }
}
/** The median over the rounds (ratios are taken within each round, then their median). */
const median = (k: string): number => {
  const xs = [...(samples[k] ?? [])].sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)] as number;
};
const perSecond = (us: number) => `${Math.round(1e6 / us).toLocaleString('en-US')}/s`.padStart(11);
const micro = (us: number) => `${us.toFixed(1)} µs`;

console.log(`median of ${rounds} interleaved rounds of ${calls} calls`);
for (const c of cases) {
  console.log(`${c.name} (review body ${c.body.length} bytes)`);
  console.log(`  JSON.parse + JSON.stringify alone            ${perSecond(median(`${c.name} json`))}`);
  console.log(
    `  parse → handleValidation → stringify         ${perSecond(median(`${c.name} handle`))}  ${median(`${c.name} ratio`).toFixed(2)}x the JSON round trip`,
  );
  console.log(
    `  per request: JSON ${micro(median(`${c.name} json`))}, validate ${micro(median(`${c.name} validate`))}, ` +
      `rest of the admission path ${micro(median(`${c.name} rest`))}; without validate ${median(`${c.name} ratio without validate`).toFixed(2)}x`,
  );
  const ratio = median(`${c.name} ratio`);
  target(`handleValidation ÷ JSON round trip, ${c.name}`, ratio, 'at most 1.5x', ratio <= 1.5);
}
console.log(`parse → handleMutation → stringify (CR identity)  ${perSecond(median('mutation'))}`);
