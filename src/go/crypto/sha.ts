/** The digests Go's crypto/x509 signature checks use (crypto.SHA1 … SHA512), from @noble/hashes. */
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';

/** A hash Go's x509 signature checks use. */
export type HashName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

const HASHES = { 'SHA-1': sha1, 'SHA-256': sha256, 'SHA-384': sha384, 'SHA-512': sha512 } as const;

/** Output length in bytes of each hash. */
export const HASH_SIZE: Readonly<Record<HashName, number>> = { 'SHA-1': 20, 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 };

/** The digest of `data` with `hash`. */
export const digest = (hash: HashName, data: Uint8Array): Uint8Array => HASHES[hash](data);
