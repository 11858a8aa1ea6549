/**
 * Generating the dynamic-serving CA and serving certificates (spec/admission.md §4.1): ECDSA
 * P-384 keys, CA `CN=cert-manager-webhook-ca`, leaf with the service's DNS names, signed with
 * ECDSA SHA-384. Keys leave as PKCS #8 PEM for node:tls.
 */
import { webcrypto } from 'node:crypto';
import { isIP } from 'node:net';
import type * as X509 from '@peculiar/x509';

const ALG = { name: 'ECDSA', namedCurve: 'P-384', hash: 'SHA-384' } as const;
/** How far `notBefore` is set in the past, to tolerate clocks that run a little behind ours. */
const BACKDATE_MS = 60_000;

/**
 * The optional peer dependencies that `cmapi serve` needs (the X.509 library and the polyfill its
 * dependency injection needs). Library and browser users never install them.
 */
export const SERVER_PEERS = ['@peculiar/x509', 'reflect-metadata'] as const;

/** The command that installs {@link SERVER_PEERS} next to cmapi. */
export const SERVER_PEERS_INSTALL = `npm install ${SERVER_PEERS.join(' ')}`;

/** The X.509 library could not be loaded because a peer dependency is not installed. */
export class MissingPeerError extends Error {
  constructor(readonly missing: string) {
    super(
      `the webhook server needs the optional peer dependencies ${SERVER_PEERS.join(' and ')}, ` +
        `and ${missing} is not installed. Install them next to cmapi: ${SERVER_PEERS_INSTALL}`,
    );
    this.name = 'MissingPeerError';
  }
}

/** Imports the polyfill, then the library (the library's decorators need the polyfill first). */
const importX509 = (): Promise<typeof X509> => import('reflect-metadata').then(() => import('@peculiar/x509'));

/**
 * Loads the X.509 library through `load`; a module-not-found error for one of
 * {@link SERVER_PEERS} becomes a {@link MissingPeerError}. Other failures pass through.
 */
export async function loadX509(load: () => Promise<typeof X509> = importX509): Promise<typeof X509> {
  try {
    return await load();
  } catch (err) {
    const code = (err as { code?: unknown } | null)?.code;
    const message = String((err as { message?: unknown } | null)?.message ?? '');
    const missing = SERVER_PEERS.find((name) => message.includes(`'${name}'`) || message.includes(`"${name}"`));
    if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && missing) throw new MissingPeerError(missing);
    throw err;
  }
}

let loading: Promise<typeof X509> | undefined;

/**
 * The X.509 library, loaded on first use so that the other CLI commands do not pay for it at
 * start-up. A failed load is not cached.
 */
function lib(): Promise<typeof X509> {
  if (!loading) {
    loading = loadX509();
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

/** A certificate with its key, as PEM, and its validity. */
export interface KeyPair {
  readonly certPem: string;
  readonly keyPem: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
}

/** A CA that can sign serving certificates. */
export interface Authority extends KeyPair {
  readonly cert: X509.X509Certificate;
  readonly key: webcrypto.CryptoKey;
}

/** A new self-signed CA valid from now for `durationMs`. */
export async function generateCa(durationMs: number, now = Date.now()): Promise<Authority> {
  const x509 = await lib();
  const keys = await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify']);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: 'CN=cert-manager-webhook-ca',
    notBefore: new Date(now - BACKDATE_MS),
    notAfter: new Date(now + durationMs),
    keys,
    signingAlgorithm: ALG,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign | x509.KeyUsageFlags.digitalSignature, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { cert, key: keys.privateKey, certPem: cert.toString('pem'), keyPem: await keyPem(keys.privateKey), ...validity(cert) };
}

/** A serving certificate for `dnsNames` (IP addresses among them become IP SANs), signed by `ca`, valid from now for `durationMs` (never past the CA). */
export async function issueLeaf(ca: Authority, dnsNames: readonly string[], durationMs: number, now = Date.now()): Promise<KeyPair> {
  const x509 = await lib();
  const keys = await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify']);
  const notAfter = new Date(Math.min(now + durationMs, ca.notAfter.getTime()));
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: `CN=${escapeDn(dnsNames[0] ?? 'cmapi-webhook')}`,
    issuer: ca.cert.subject,
    notBefore: new Date(now - BACKDATE_MS),
    notAfter,
    publicKey: keys.publicKey,
    signingKey: ca.key,
    signingAlgorithm: ALG,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension(
        dnsNames.map((value) => ({ type: isIP(value) ? ('ip' as const) : ('dns' as const), value })),
      ),
      await x509.AuthorityKeyIdentifierExtension.create(ca.cert),
    ],
  });
  return { certPem: cert.toString('pem'), keyPem: await keyPem(keys.privateKey), ...validity(cert) };
}

/**
 * A CA read from PEM: the certificate (the first one in the text) and its ECDSA P-384 or P-256
 * PKCS #8 key. Returns an error text when the pair is unusable.
 */
export async function loadCa(certText: string, keyText: string): Promise<Authority | string> {
  const x509 = await lib();
  try {
    const cert = new x509.X509Certificate(certText);
    const der = pemBody(keyText, 'PRIVATE KEY');
    if (!der) return 'the CA key must be a PKCS #8 PEM block (BEGIN PRIVATE KEY)';
    const curve = (cert.publicKey.algorithm as { namedCurve?: string }).namedCurve;
    if (cert.publicKey.algorithm.name !== 'ECDSA' || (curve !== 'P-384' && curve !== 'P-256'))
      return 'the CA key must be ECDSA P-384 or P-256';
    const alg = { name: 'ECDSA', namedCurve: curve, hash: curve === 'P-384' ? 'SHA-384' : 'SHA-256' };
    const key = await webcrypto.subtle.importKey('pkcs8', der, alg, true, ['sign']);
    return { cert, key, certPem: cert.toString('pem'), keyPem: keyText, ...validity(cert) };
  } catch (err) {
    return `the CA cannot be read: ${(err as Error).message}`;
  }
}

/** The validity of the first certificate of a PEM chain, or an error text. */
export async function certificateValidity(pem: string): Promise<{ notBefore: Date; notAfter: Date } | string> {
  const x509 = await lib();
  try {
    return validity(new x509.X509Certificate(pem));
  } catch (err) {
    return `the certificate cannot be read: ${(err as Error).message}`;
  }
}

function validity(cert: X509.X509Certificate): { notBefore: Date; notAfter: Date } {
  return { notBefore: cert.notBefore, notAfter: cert.notAfter };
}

async function keyPem(key: webcrypto.CryptoKey): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key)).toString('base64');
  return `-----BEGIN PRIVATE KEY-----\n${der.replace(/.{1,64}/g, '$&\n')}-----END PRIVATE KEY-----\n`;
}

function pemBody(text: string, label: string): ArrayBuffer | undefined {
  const begin = `-----BEGIN ${label}-----`;
  const start = text.indexOf(begin);
  if (start < 0) return undefined;
  const end = text.indexOf(`-----END ${label}-----`, start);
  if (end < 0) return undefined;
  const bytes = Buffer.from(text.slice(start + begin.length, end).replace(/\s+/g, ''), 'base64');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

/** A positive random 16-byte serial number, hex. */
function serial(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return Buffer.from(bytes).toString('hex');
}

function escapeDn(value: string): string {
  return value.replace(/[,+"\\<>;=]/g, (c) => `\\${c}`);
}
