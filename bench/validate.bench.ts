// Validation benchmark: validate (schema + semantic rules) on a typical Certificate and on an ACME
// ClusterIssuer with five solvers, in objects per second, beside JSON.parse of the same object in
// the same run. Run with `npx tsx bench/validate.bench.ts` (or `npm run bench`).
import { validate } from '../src/index.js';
import { typicalCertificate } from './lib/objects.js';
import { perSecond, rate } from './lib/rate.js';

const certificate = typicalCertificate;

const clusterIssuer = {
  apiVersion: 'cert-manager.io/v1',
  kind: 'ClusterIssuer',
  metadata: { name: 'letsencrypt' },
  spec: {
    acme: {
      server: 'https://acme-v02.api.letsencrypt.org/directory',
      email: 'platform@example.com',
      privateKeySecretRef: { name: 'letsencrypt-account' },
      solvers: [
        { http01: { ingress: { ingressClassName: 'nginx' } }, selector: { dnsZones: ['example.com'] } },
        { dns01: { cloudflare: { apiTokenSecretRef: { name: 'cloudflare', key: 'token' } } }, selector: { dnsNames: ['*.example.com'] } },
        { dns01: { route53: { region: 'eu-west-1', hostedZoneID: 'Z123' } }, selector: { dnsZones: ['example.org'] } },
        {
          dns01: {
            rfc2136: {
              nameserver: '10.0.0.53:53',
              tsigKeyName: 'k',
              tsigAlgorithm: 'HMACSHA256',
              tsigSecretSecretRef: { name: 'tsig', key: 'k' },
            },
          },
          selector: { matchLabels: { zone: 'internal' } },
        },
        {
          http01: {
            gatewayHTTPRoute: {
              parentRefs: [{ name: 'gateway', namespace: 'gateway-system', kind: 'Gateway', group: 'gateway.networking.k8s.io' }],
            },
          },
        },
      ],
    },
  },
};

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
