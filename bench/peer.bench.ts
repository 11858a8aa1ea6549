// cmapi beside the schema-only peer, in one run: `validate` (schema + every webhook rule) against
// `@kubernetes-models/cert-manager`'s `new Kind(obj).validate()` (its JSON Schema only), on a
// typical Certificate, a Certificate with five mistakes and an ACME ClusterIssuer with five
// solvers; `JSON.parse` of each object's text as the baseline. Median of BENCH_ROUNDS rounds
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

const cases = [
  ['typical valid Certificate', typicalCertificate, Certificate],
  ['Certificate with 5 mistakes', certificateWithMistakes, Certificate],
  ['ACME ClusterIssuer, 5 solvers', acmeClusterIssuer, ClusterIssuer],
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
  const text = JSON.stringify(object);
  const parse = medianRate(() => JSON.parse(text));
  const stringify = medianRate(() => JSON.stringify(object));
  const ours = medianRate(() => validate(object));
  const peer = medianRate(peerValidate(Kind as unknown as Model, object));
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
for (const [name, ratio] of ratios) target(`validate ÷ peer, ${name}`, ratio, 'at least 1.0x', ratio >= 1);
const invalid = (costs['Certificate with 5 mistakes'] ?? 0) / (costs['typical valid Certificate'] ?? 1);
target('cost of the invalid Certificate ÷ the valid one', invalid, 'at most 4x', invalid <= 4);
