/**
 * Key usages a Certificate or CertificateRequest may ask for. The same 23 values in every
 * API version.
 */
import { type StringSchema, enumOf } from '../dsl.js';

/** The allowed key usage values, in the order upstream lists them. */
export const KEY_USAGES = [
  'signing',
  'digital signature',
  'content commitment',
  'key encipherment',
  'key agreement',
  'data encipherment',
  'cert sign',
  'crl sign',
  'encipher only',
  'decipher only',
  'any',
  'server auth',
  'client auth',
  'code signing',
  'email protection',
  's/mime',
  'ipsec end system',
  'ipsec tunnel',
  'ipsec user',
  'timestamping',
  'ocsp signing',
  'microsoft sgc',
  'netscape sgc',
] as const;

/** One key usage (a list item of `spec.usages`). */
export const keyUsage = (): StringSchema =>
  enumOf(KEY_USAGES, { description: 'A key usage or extended key usage, e.g. "digital signature" or "server auth".' });
