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
