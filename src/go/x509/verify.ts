/**
 * Go's `x509.CertificateRequest.CheckSignature`: which signature algorithms are accepted
 * (SHA-1 allowed for CSRs, MD2/MD5/DSA refused) and whether the signature verifies.
 */
import type { Der } from '../asn1/der.js';
import { algorithmId, type AlgorithmId, type PublicKey } from './spki.js';
import { children } from '../asn1/der.js';
import { derInt64 } from '../asn1/values.js';
import { verifyEcdsa } from '../crypto/ecdsa.js';
import { verifyEd25519 } from '../crypto/ed25519.js';
import { MIN_RSA_BITS, verifyPkcs1v15, verifyPss } from '../crypto/rsa.js';
import { digest, type HashName } from '../crypto/sha.js';

type KeyAlgo = 'RSA' | 'DSA' | 'ECDSA' | 'Ed25519';
interface SigAlgo {
  readonly name: string;
  readonly key: KeyAlgo;
  readonly hash: HashName | 'none' | 'MD5';
  readonly pss?: boolean;
}

const SIG_ALGOS: Readonly<Record<string, SigAlgo>> = {
  '1.2.840.113549.1.1.2': { name: 'MD2-RSA', key: 'RSA', hash: 'none' },
  '1.2.840.113549.1.1.4': { name: 'MD5-RSA', key: 'RSA', hash: 'MD5' },
  '1.2.840.113549.1.1.5': { name: 'SHA1-RSA', key: 'RSA', hash: 'SHA-1' },
  '1.3.14.3.2.29': { name: 'SHA1-RSA', key: 'RSA', hash: 'SHA-1' },
  '1.2.840.113549.1.1.11': { name: 'SHA256-RSA', key: 'RSA', hash: 'SHA-256' },
  '1.2.840.113549.1.1.12': { name: 'SHA384-RSA', key: 'RSA', hash: 'SHA-384' },
  '1.2.840.113549.1.1.13': { name: 'SHA512-RSA', key: 'RSA', hash: 'SHA-512' },
  '1.2.840.10040.4.3': { name: 'DSA-SHA1', key: 'DSA', hash: 'SHA-1' },
  '2.16.840.1.101.3.4.3.2': { name: 'DSA-SHA256', key: 'DSA', hash: 'SHA-256' },
  '1.2.840.10045.4.1': { name: 'ECDSA-SHA1', key: 'ECDSA', hash: 'SHA-1' },
  '1.2.840.10045.4.3.2': { name: 'ECDSA-SHA256', key: 'ECDSA', hash: 'SHA-256' },
  '1.2.840.10045.4.3.3': { name: 'ECDSA-SHA384', key: 'ECDSA', hash: 'SHA-384' },
  '1.2.840.10045.4.3.4': { name: 'ECDSA-SHA512', key: 'ECDSA', hash: 'SHA-512' },
  '1.3.101.112': { name: 'Ed25519', key: 'Ed25519', hash: 'none' },
};

const RSA_PSS = '1.2.840.113549.1.1.10';
const MGF1 = '1.2.840.113549.1.1.8';
const PSS_HASHES: Readonly<Record<string, readonly [HashName, bigint]>> = {
  '2.16.840.1.101.3.4.2.1': ['SHA-256', 32n],
  '2.16.840.1.101.3.4.2.2': ['SHA-384', 48n],
  '2.16.840.1.101.3.4.2.3': ['SHA-512', 64n],
};

const UNSUPPORTED = 'x509: cannot verify signature: algorithm unimplemented';
const KEY_TYPE: Readonly<Record<PublicKey['kind'], string>> = {
  rsa: '*rsa.PublicKey',
  ecdsa: '*ecdsa.PublicKey',
  ed25519: 'ed25519.PublicKey',
  x25519: '*ecdh.PublicKey',
  dsa: '*dsa.PublicKey',
  unknown: '<nil>',
};

const absentOrNull = (d: Der | undefined): boolean => d === undefined || (d.cls === 0 && d.tag === 5 && d.end === d.contentStart);

/** The [n] EXPLICIT element among `kids`, unwrapped. */
function explicit(kids: readonly Der[], n: number): Der | undefined {
  const w = kids.find((k) => k.cls === 2 && k.tag === n && k.constructed);
  if (w === undefined) return undefined;
  const inner = children(w);
  return typeof inner === 'string' || inner.length !== 1 ? undefined : inner[0];
}

/** Go's getSignatureAlgorithmFromAI for RSASSA-PSS: only MGF1 with the same hash and salt = hash length. */
function pssAlgo(params: Der | undefined): SigAlgo | undefined {
  if (params === undefined) return undefined;
  const kids = children(params);
  if (typeof kids === 'string') return undefined;
  const hash = algorithmId(explicit(kids, 0));
  const mgf = algorithmId(explicit(kids, 1));
  const salt = derInt64(explicit(kids, 2));
  const trailerEl = explicit(kids, 3);
  const trailer = trailerEl === undefined ? 1n : derInt64(trailerEl);
  if (typeof hash === 'string' || typeof mgf === 'string' || typeof salt === 'string') return undefined;
  const mgfHash: AlgorithmId | string = algorithmId(mgf.params);
  if (typeof mgfHash === 'string' || mgf.oid !== MGF1 || mgfHash.oid !== hash.oid) return undefined;
  if (!absentOrNull(hash.params) || !absentOrNull(mgfHash.params) || trailer !== 1n) return undefined;
  const known = PSS_HASHES[hash.oid];
  if (known === undefined || known[1] !== salt) return undefined;
  return { name: `${known[0].replace('-', '')}-RSAPSS`, key: 'RSA', hash: known[0], pss: true };
}

/**
 * Checks the signature `sig` over `signed` made with the algorithm `alg` by `key`.
 * @param minRsaBits - the smallest RSA key accepted (1024 as in Go ≥ 1.24; 0 for older Go)
 * @returns undefined when it verifies, else Go's error text
 */
export function checkSignature(
  alg: AlgorithmId,
  signed: Uint8Array,
  sig: Uint8Array,
  key: PublicKey,
  minRsaBits = MIN_RSA_BITS,
): string | undefined {
  const algo = alg.oid === RSA_PSS ? pssAlgo(alg.params) : Object.hasOwn(SIG_ALGOS, alg.oid) ? SIG_ALGOS[alg.oid] : undefined;
  if (algo === undefined) return UNSUPPORTED;
  if (algo.hash === 'MD5') return `x509: cannot verify signature: insecure algorithm ${algo.name}`;
  if (algo.hash === 'none' && algo.key !== 'Ed25519') return UNSUPPORTED;
  const hashed = algo.hash === 'none' ? signed : digest(algo.hash, signed);
  const mismatch = (k: KeyAlgo) =>
    `x509: signature algorithm specifies an ${k} public key, but have public key of type ${KEY_TYPE[key.kind]}`;
  switch (key.kind) {
    case 'rsa':
      if (algo.key !== 'RSA' || algo.hash === 'none') return mismatch(algo.key);
      return algo.pss ? verifyPss(key, algo.hash, hashed, sig, minRsaBits) : verifyPkcs1v15(key, algo.hash, hashed, sig, minRsaBits);
    case 'ecdsa':
      if (algo.key !== 'ECDSA') return mismatch(algo.key);
      return verifyEcdsa(key.curve, key.x, key.y, hashed, sig) ? undefined : 'x509: ECDSA verification failure';
    case 'ed25519':
      if (algo.key !== 'Ed25519') return mismatch(algo.key);
      return verifyEd25519(key.key, signed, sig) ? undefined : 'x509: Ed25519 verification failure';
    default:
      return UNSUPPORTED;
  }
}
