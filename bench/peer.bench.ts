// cmapi beside the schema-only peer, in one run: `validate` (schema + every webhook rule) against
// `@kubernetes-models/cert-manager`'s `new Kind(obj).validate()` (its JSON Schema only), on a
// typical Certificate, a Certificate with five mistakes, an ACME ClusterIssuer with five
// solvers and 4,096 Certificates whose names all differ; `JSON.parse` of each object's text as the baseline. Median of BENCH_ROUNDS rounds
// (default 7) of 20,000 calls. Printed, never asserted. Run: `npx tsx bench/peer.bench.ts`.
import { Certificate } from '@kubernetes-models/cert-manager/cert-manager.io/v1/Certificate';
import { ClusterIssuer } from '@kubernetes-models/cert-manager/cert-manager.io/v1/ClusterIssuer';
import { validate } from '../src/index.js';
import { acmeClusterIssuer, certificateWithMistakes, typicalCertificate } from './lib/objects.js';
import { perSecond } from './lib/rate.js';
import { medianRate } from './lib/rounds.js';
import { target } from './lib/target.js';

type Model = new (o: never) => { validate(): void };

const peerValidate = (Kind: Model, object: unknown) => (): void => {
  try {
    new Kind(object as never).validate();
  } catch {
    // the peer throws on an invalid object; that is its answer
  }
};

/**
 * 4,096 typical Certificates that differ in every name (object, namespace, Secret, DNS names,
 * label values; durations come from five common values): cmapi remembers strings it has already accepted (a bounded memo), so the same
 * object again and again is its best case; this row shows the case where nothing repeats.
 */
const distinctCertificates = Array.from({ length: 4096 }, (_, i) => ({
  ...typicalCertificate,
  metadata: {
    ...typicalCertificate.metadata,
    name: `web-${i}`,
    namespace: `team-${i}`,
    labels: { 'app.kubernetes.io/name': `web-${i}`, 'app.kubernetes.io/instance': `web-prod-${i}` },
  },
  spec: {
    ...typicalCertificate.spec,
    secretName: `web-${i}-tls`,
    commonName: `web-${i}.example.com`,
    dnsNames: [`web-${i}.example.com`, `www-${i}.example.com`],
    duration: ['2160h0m0s', '720h', '8760h', '87600h0m0s', '1440h'][i % 5],
  },
}));

/** Calls `fn` on each object in turn. */
const cycling = (objects: readonly unknown[], fn: (o: unknown) => unknown) => {
  let i = 0;
  return () => fn(objects[i++ % objects.length]);
};

const cases = [
  ['typical valid Certificate', typicalCertificate, Certificate],
  ['Certificate with 5 mistakes', certificateWithMistakes, Certificate],
  ['ACME ClusterIssuer, 5 solvers', acmeClusterIssuer, ClusterIssuer],
  ['4,096 distinct Certificates', distinctCertificates, Certificate],
] as const;

console.log(
  'object'.padEnd(32),
  'cmapi validate'.padStart(16),
  'peer (schema)'.padStart(16),
  'JSON.parse'.padStart(12),
  'JSON.stringify'.padStart(15),
  'cmapi/peer'.padStart(11),
  'cost÷parse'.padStart(11),
);
const costs: Record<string, number> = {};
const ratios: [string, number][] = [];
for (const [name, object, Kind] of cases) {
  const many: readonly unknown[] = object === distinctCertificates ? distinctCertificates : [object];
  const texts = many.map((o) => JSON.stringify(o));
  const parse = medianRate(cycling(texts, (t) => JSON.parse(t as string)));
  const stringify = medianRate(cycling(many, (o) => JSON.stringify(o)));
  const ours = medianRate(cycling(many, (o) => validate(o)));
  const peer = medianRate(cycling(many, (o) => peerValidate(Kind as unknown as Model, o)()));
  costs[name] = 1 / ours;
  ratios.push([name, ours / peer]);
  console.log(
    name.padEnd(32),
    perSecond(ours).padStart(16),
    perSecond(peer).padStart(16),
    perSecond(parse).padStart(12),
    perSecond(stringify).padStart(15),
    `${(ours / peer).toFixed(2)}x`.padStart(11),
    `${(parse / ours).toFixed(1)}x`.padStart(11),
  );
}
// The three objects are the targets; the row of distinct objects is printed for reading.
for (const [name, ratio] of ratios.slice(0, 3)) target(`validate ÷ peer, ${name}`, ratio, 'at least 1.0x', ratio >= 1);
const invalid = (costs['Certificate with 5 mistakes'] ?? 0) / (costs['typical valid Certificate'] ?? 1);
target('cost of the invalid Certificate ÷ the valid one', invalid, 'at most 4x', invalid <= 4);
