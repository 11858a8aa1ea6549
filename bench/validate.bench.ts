// Validation benchmark: validate (schema + semantic rules) on a typical Certificate and on an ACME
// ClusterIssuer with five solvers, in objects per second, beside JSON.parse of the same object in
// the same run. Run with `npx tsx bench/validate.bench.ts` (or `npm run bench`).
import { validate } from '../src/index.js';
import { acmeClusterIssuer, typicalCertificate } from './lib/objects.js';
import { perSecond, rate } from './lib/rate.js';

const certificate = typicalCertificate;

const clusterIssuer = acmeClusterIssuer;

for (const [name, object] of [
  ['Certificate', certificate],
  ['ACME ClusterIssuer, 5 solvers', clusterIssuer],
] as const) {
  const errors = validate(object).errors;
  if (errors.length > 0) throw new Error(`${name} is not valid: ${JSON.stringify(errors)}`);
  const text = JSON.stringify(object);
  const parse = rate(() => JSON.parse(text));
  const full = rate(() => validate(object));
  const rules = rate(() => validate(object, { schema: false }));
  console.log(
    `validate ${name}: ${perSecond(full)} (schema + rules), ${perSecond(rules)} (rules only); JSON.parse of it: ${perSecond(parse)}; validate costs ${(parse / full).toFixed(1)}x a JSON.parse`,
  );
}
