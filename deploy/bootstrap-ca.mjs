#!/usr/bin/env node
// Creates the CA of cmapi's webhook and fills in every caBundle, in a cluster where
// `kubectl apply -k deploy/` already ran and cert-manager's CRDs are installed:
//
//   node deploy/bootstrap-ca.mjs            (or: node node_modules/cmapi/deploy/bootstrap-ca.mjs)
//
// 1. The CA Secret (`cmapi-webhook-ca`, keys tls.crt, tls.key, ca.crt): reused when it exists,
//    otherwise an ECDSA P-384 CA made with openssl (365 days). `--renew-ca` makes a new one; the
//    caBundles then hold the new and the old CA, so API servers trust both while the replicas
//    switch (they re-read the Secret within --tls-reload-interval). Run it again without
//    `--renew-ca` once every replica serves from the new CA to drop the old one.
// 2. `clientConfig.caBundle` of every webhook in the Validating- and MutatingWebhookConfiguration.
// 3. `spec.conversion` of each cert-manager CRD that serves more than one version: Webhook
//    conversion through the service's /convert, with the caBundle. CRDs serving one version need
//    no conversion and are left alone.
// Prints the caBundle (base64) on standard output and what it did on standard error. Needs only
// Node.js, kubectl and (for a new CA) openssl. Options: --namespace (cmapi), --name
// (cmapi-webhook), --ca-days (365), --kubectl (kubectl), --renew-ca.
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** The cert-manager CRDs whose conversion cmapi serves. */
const CRDS = [
  'certificates.cert-manager.io',
  'certificaterequests.cert-manager.io',
  'issuers.cert-manager.io',
  'clusterissuers.cert-manager.io',
  'orders.acme.cert-manager.io',
  'challenges.acme.cert-manager.io',
];

const { values } = parseArgs({
  options: {
    namespace: { type: 'string', default: 'cmapi' },
    name: { type: 'string', default: 'cmapi-webhook' },
    'ca-days': { type: 'string', default: '365' },
    kubectl: { type: 'string', default: 'kubectl' },
    'renew-ca': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  process.stdout.write(
    'Usage: node deploy/bootstrap-ca.mjs [--namespace cmapi] [--name cmapi-webhook] [--ca-days 365] [--kubectl kubectl] [--renew-ca]\n',
  );
  process.exit(0);
}
const ns = values.namespace;
const name = values.name;
const secretName = `${name}-ca`;
const say = (line) => process.stderr.write(`${line}\n`);

/** Runs kubectl; returns its standard output, or undefined when `allowMissing` and the object is not found. */
function kubectl(args, { input, allowMissing = false } = {}) {
  try {
    return execFileSync(values.kubectl, args, { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (err) {
    const stderr = String(err.stderr ?? '');
    if (allowMissing && /NotFound|not found/.test(stderr)) return undefined;
    throw new Error(`kubectl ${args.join(' ')} failed: ${stderr.trim() || err.message}`);
  }
}

function getJson(args) {
  const out = kubectl([...args, '-o', 'json'], { allowMissing: true });
  return out === undefined ? undefined : JSON.parse(out);
}

const b64 = (text) => Buffer.from(text, 'utf8').toString('base64');
const unb64 = (text) => Buffer.from(text ?? '', 'base64').toString('utf8');

/** A new self-signed ECDSA P-384 CA, PEM certificate and PKCS #8 key, made with openssl. */
function newCa(days) {
  const dir = mkdtempSync(join(tmpdir(), 'cmapi-ca-'));
  try {
    const key = join(dir, 'tls.key');
    const crt = join(dir, 'tls.crt');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-384',
        '-sha384',
        '-nodes',
        '-days',
        String(days),
        '-subj',
        `/CN=${name}-ca`,
        '-addext',
        'basicConstraints=critical,CA:TRUE',
        '-addext',
        'keyUsage=critical,keyCertSign,cRLSign,digitalSignature',
        '-keyout',
        key,
        '-out',
        crt,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    return { cert: readFileSync(crt, 'utf8'), key: readFileSync(key, 'utf8') };
  } catch (err) {
    throw new Error(`openssl could not make the CA (${err.code === 'ENOENT' ? 'openssl is not installed' : String(err.stderr ?? err.message).trim()})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main() {
  const days = Number(values['ca-days']);
  if (!Number.isInteger(days) || days < 1) throw new Error(`--ca-days: "${values['ca-days']}" is not a whole number of days`);

  // 1. The CA Secret.
  const existing = getJson(['-n', ns, 'get', 'secret', secretName]);
  const old = existing ? { cert: unb64(existing.data?.['tls.crt']), key: unb64(existing.data?.['tls.key']) } : undefined;
  let ca = old;
  if (!ca || values['renew-ca']) {
    ca = newCa(days);
    const secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: secretName, namespace: ns, labels: { 'app.kubernetes.io/name': name } },
      type: 'kubernetes.io/tls',
      data: { 'tls.crt': b64(ca.cert), 'tls.key': b64(ca.key), 'ca.crt': b64(ca.cert) },
    };
    kubectl(['apply', '-f', '-'], { input: JSON.stringify(secret) });
    say(`${old ? 'renewed' : 'created'} the CA Secret ${ns}/${secretName}`);
  } else say(`reusing the CA in Secret ${ns}/${secretName}`);
  const caCert = new X509Certificate(ca.cert);
  if (!caCert.ca) throw new Error(`the certificate in Secret ${ns}/${secretName} is not a CA`);
  say(`CA ${caCert.subject.replace(/\n/g, ', ')}, valid until ${new Date(caCert.validTo).toISOString()}`);
  const bundlePem = values['renew-ca'] && old && old.cert !== ca.cert ? `${ca.cert.trimEnd()}\n${old.cert.trimEnd()}\n` : ca.cert;
  const caBundle = b64(bundlePem);

  // 2. The webhook configurations.
  for (const kind of ['validatingwebhookconfiguration', 'mutatingwebhookconfiguration']) {
    const config = getJson(['get', kind, name]);
    if (!config) throw new Error(`${kind} ${name} not found: run "kubectl apply -k deploy/" first`);
    const ops = (config.webhooks ?? []).map((_, i) => ({ op: 'add', path: `/webhooks/${i}/clientConfig/caBundle`, value: caBundle }));
    kubectl(['patch', kind, name, '--type', 'json', '-p', JSON.stringify(ops)]);
    say(`filled caBundle of ${ops.length} webhook(s) in ${kind} ${name}`);
  }

  // 3. CRD conversion.
  for (const crd of CRDS) {
    const obj = getJson(['get', 'customresourcedefinition', crd]);
    if (!obj) throw new Error(`CRD ${crd} not found: install cert-manager's CRDs first`);
    const served = (obj.spec?.versions ?? []).filter((v) => v.served).map((v) => v.name);
    if (served.length < 2) {
      say(`CRD ${crd} serves ${served.join(', ') || 'no version'} only: no conversion needed`);
      continue;
    }
    const patch = {
      spec: {
        conversion: {
          strategy: 'Webhook',
          webhook: {
            conversionReviewVersions: ['v1'],
            clientConfig: { service: { name, namespace: ns, path: '/convert', port: 443 }, caBundle },
          },
        },
      },
    };
    kubectl(['patch', 'customresourcedefinition', crd, '--type', 'merge', '-p', JSON.stringify(patch)]);
    say(`CRD ${crd} (${served.join(', ')}) converts through ${name}.${ns}.svc/convert`);
  }
  process.stdout.write(`${caBundle}\n`);
}

try {
  main();
} catch (err) {
  say(`bootstrap-ca: ${err.message}`);
  process.exitCode = 1;
}
