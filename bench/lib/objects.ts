/** The typical objects the benchmarks measure, defined once. */

/** A typical Certificate: ECDSA key, two DNS names, durations, usages, labels and annotations. */
export const typicalCertificate = {
  apiVersion: 'cert-manager.io/v1',
  kind: 'Certificate',
  metadata: {
    name: 'web',
    namespace: 'default',
    labels: { 'app.kubernetes.io/name': 'web', 'app.kubernetes.io/instance': 'web-prod' },
    annotations: { 'cert-manager.io/issue-temporary-certificate': 'true' },
  },
  spec: {
    secretName: 'web-tls',
    commonName: 'web.example.com',
    dnsNames: ['web.example.com', 'www.example.com'],
    duration: '2160h0m0s',
    renewBefore: '360h0m0s',
    usages: ['digital signature', 'key encipherment', 'server auth'],
    privateKey: { algorithm: 'ECDSA', size: 256, rotationPolicy: 'Always' },
    secretTemplate: { labels: { team: 'web' }, annotations: { 'example.com/owner': 'web' } },
    issuerRef: { name: 'letsencrypt', kind: 'ClusterIssuer', group: 'cert-manager.io' },
  },
};

/** The typical Certificate with five mistakes: a bad name, duration, usage, key size and DNS name. */
export const certificateWithMistakes = {
  ...typicalCertificate,
  metadata: { ...typicalCertificate.metadata, name: 'Web_TLS' },
  spec: {
    ...typicalCertificate.spec,
    duration: '90d',
    usages: ['digital signature', 'server-auth'],
    privateKey: { algorithm: 'ECDSA', size: 255, rotationPolicy: 'Always' },
    dnsNames: ['web.example.com', 'bad name.example.com'],
  },
};

/** An ACME ClusterIssuer with five solvers (HTTP01 ingress and gateway, Cloudflare, Route 53, RFC 2136). */
export const acmeClusterIssuer = {
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
