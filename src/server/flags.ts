/**
 * The flags of `cmapi serve`. Each flag can also be set by an environment variable
 * (`CMAPI_` + the flag name in upper snake case); a flag on the command line wins.
 */

/** One flag: its type, environment variable, default and help text. */
export interface FlagSpec {
  readonly name: string;
  readonly type: 'string' | 'boolean';
  /** Repeatable; each value may also be a comma-separated list. */
  readonly multiple?: boolean;
  readonly value?: string;
  readonly default?: string;
  readonly help: string;
}

/** All flags, in help order. */
export const FLAGS: readonly FlagSpec[] = [
  { name: 'secure-port', type: 'string', value: 'PORT', default: '6443', help: 'port of the HTTPS webhook listener' },
  { name: 'listen-address', type: 'string', value: 'HOST', default: '0.0.0.0', help: 'address the listeners bind to' },
  {
    name: 'healthz-port',
    type: 'string',
    value: 'PORT',
    help: 'also serve /healthz, /livez, /readyz and /metrics over plain HTTP on this port',
  },
  {
    name: 'metrics-port',
    type: 'string',
    value: 'PORT',
    help: 'also serve /metrics (and the health paths) over plain HTTP on this port, e.g. 9402',
  },
  { name: 'tls-cert-file', type: 'string', value: 'FILE', help: 'PEM serving certificate chain; re-read when it changes' },
  { name: 'tls-private-key-file', type: 'string', value: 'FILE', help: 'PEM private key of --tls-cert-file' },
  {
    name: 'tls-reload-interval',
    type: 'string',
    value: 'DURATION',
    default: '10s',
    help: 'how often certificate and CA files are checked for changes',
  },
  { name: 'dynamic-serving', type: 'boolean', help: 'generate a CA and a serving certificate instead of reading files' },
  {
    name: 'dynamic-serving-dns-names',
    type: 'string',
    multiple: true,
    value: 'NAMES',
    help: 'DNS names of the serving certificate (repeatable or comma-separated), e.g. svc,svc.ns,svc.ns.svc',
  },
  {
    name: 'dynamic-serving-leaf-duration',
    type: 'string',
    value: 'DURATION',
    default: '168h',
    help: 'serving certificate lifetime; renewed at 2/3 of it',
  },
  {
    name: 'dynamic-serving-ca-duration',
    type: 'string',
    value: 'DURATION',
    default: '8760h',
    help: 'lifetime of a generated CA; renewed when 1/3 remains',
  },
  {
    name: 'dynamic-serving-ca-cert-file',
    type: 'string',
    value: 'FILE',
    help: 'use this CA certificate (PEM, ECDSA) instead of generating one; share it between replicas',
  },
  { name: 'dynamic-serving-ca-key-file', type: 'string', value: 'FILE', help: 'PKCS #8 PEM key of --dynamic-serving-ca-cert-file' },
  { name: 'ca-bundle-file', type: 'string', value: 'FILE', help: 'write the CA certificate (PEM) here whenever it changes' },
  {
    name: 'print-ca-bundle',
    type: 'boolean',
    help: "print the CA as base64, ready for a webhook configuration's caBundle, once it is ready",
  },
  {
    name: 'generate-ca',
    type: 'boolean',
    help: 'write a new CA to --dynamic-serving-ca-cert-file and --dynamic-serving-ca-key-file, print its caBundle and exit',
  },
  {
    name: 'tls-min-version',
    type: 'string',
    value: 'VERSION',
    default: 'VersionTLS12',
    help: 'VersionTLS12 or VersionTLS13 (older versions are refused)',
  },
  { name: 'tls-cipher-suites', type: 'string', value: 'LIST', help: "OpenSSL cipher list for TLS 1.2 (default: Node's)" },
  { name: 'max-request-body-bytes', type: 'string', value: 'N', default: '7340032', help: 'larger request bodies are answered with 413' },
  {
    name: 'max-body-bytes-in-flight',
    type: 'string',
    value: 'N',
    default: '33554432',
    help: 'request body bytes held at once across requests (at least --max-request-body-bytes); a body that does not fit is answered 429',
  },
  {
    name: 'max-connections',
    type: 'string',
    value: 'N',
    default: '512',
    help: 'open HTTPS connections at most; at the limit a new one closes the longest-idle one, or is refused when all are busy',
  },
  {
    name: 'header-timeout',
    type: 'string',
    value: 'DURATION',
    default: '32s',
    help: 'time allowed for the TLS handshake and the request headers',
  },
  { name: 'request-timeout', type: 'string', value: 'DURATION', default: '60s', help: 'time allowed to receive a whole request' },
  { name: 'idle-timeout', type: 'string', value: 'DURATION', default: '90s', help: 'how long an idle keep-alive connection stays open' },
  { name: 'shutdown-timeout', type: 'string', value: 'DURATION', default: '60s', help: 'on SIGTERM, longest wait for requests in flight' },
  {
    name: 'shutdown-delay',
    type: 'string',
    value: 'DURATION',
    default: '0s',
    help: 'on SIGTERM, keep accepting this long (readiness already fails)',
  },
  {
    name: 'in-cluster',
    type: 'boolean',
    help: "check who may approve CertificateRequests with the API server (SubjectAccessReview, discovery) as the pod's service account; without it every approval is denied",
  },
  { name: 'feature-gates', type: 'string', value: 'A=true,...', help: "webhook feature gates (default: cert-manager's)" },
  {
    name: 'mutation-plugins',
    type: 'string',
    value: 'LIST',
    default: 'identity',
    help: "/mutate plugins in order: identity, defaults (cmapi's opt-in defaulting)",
  },
  { name: 'log-level', type: 'string', value: 'LEVEL', default: 'info', help: 'debug (one line per request), info, warn or error' },
  { name: 'help', type: 'boolean', help: 'show this help' },
];

/** `CMAPI_TLS_CERT_FILE` for `tls-cert-file`. */
export function envName(flag: string): string {
  return `CMAPI_${flag.toUpperCase().replace(/-/g, '_')}`;
}

/** The help text of `cmapi serve`, generated from {@link FLAGS}. */
export function serveHelp(): string {
  const rows = FLAGS.map((f) => {
    const left = `  --${f.name}${f.value ? ` ${f.value}` : ''}`;
    const def = f.default === undefined ? '' : ` (default ${f.default})`;
    const env = f.name === 'help' ? '' : `\n${' '.repeat(6)}env ${envName(f.name)}`;
    return `${left}\n${' '.repeat(6)}${f.help}${def}${env}`;
  });
  return `Usage: cmapi serve [options]

Runs cmapi as a Kubernetes admission and conversion webhook over HTTPS:
POST /validate, /mutate (AdmissionReview) and /convert (ConversionReview);
GET /healthz, /livez, /readyz and /metrics (Prometheus). A certificate source is
required: --tls-cert-file with --tls-private-key-file, or --dynamic-serving with
--dynamic-serving-dns-names. Logs are JSON lines on standard error. SIGTERM
finishes the requests in flight, answers what arrives on open keep-alive
connections with Connection: close, then exits. Load is bounded: connections
(--max-connections) and request body bytes in flight (--max-body-bytes-in-flight,
429 beyond it); each shed is logged and counted in /metrics.

Needs the optional peer dependencies @peculiar/x509 and reflect-metadata
(npm install @peculiar/x509 reflect-metadata); without them it exits with 2.

Options (each also read from the environment variable shown):
${rows.join('\n')}

Durations are Go-style: 500ms, 32s, 1h30m, 168h.
`;
}
