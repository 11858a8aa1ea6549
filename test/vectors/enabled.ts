/**
 * The vector files `npm test` runs (fixtures/vectors). A capability switches its files on when
 * it lands, so the suite never carries a failing or skipped vector. Set CMAPI_VECTORS to a
 * comma-separated list of file-name substrings to run other files while developing.
 */
export const ENABLED_VECTOR_FILES: readonly string[] = [
  'admission-approval.json',
  'admission-chain.json',
  'admission-identity.json',
  'admission-protocol.json',
  'admission-resourcevalidation.json',
  'conversion.json',
  'defaulting.json',
  'validation-certificate.json',
  'validation-certificaterequest.json',
  'validation-acme.json',
  'validation-clusterissuer.json',
  'validation-issuer.json',
  'validation-nameserver.json',
];
