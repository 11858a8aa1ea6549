/**
 * Key usages a Certificate or CertificateRequest may ask for. The same 23 values in every
 * API version.
 */
import { KEY_USAGE_NAMES } from '../../src/validation/certificate/usages.js';
import { type StringSchema, enumOf } from '../dsl.js';

/** The allowed key usage values: the same list the Certificate rules use. */
export const KEY_USAGES = KEY_USAGE_NAMES;

/** One key usage (a list item of `spec.usages`). */
export const keyUsage = (): StringSchema =>
  enumOf(KEY_USAGES, { description: 'A key usage or extended key usage, e.g. "digital signature" or "server auth".' });
