/**
 * The one table of spokes, keyed by old version and kind. Everything that converts looks its
 * converter up here; nothing else branches on kind or version.
 */
import type { Kind, OldVersion } from '../scheme/kinds.js';
import { certificateV1alpha2, certificateV1alpha3, certificateV1beta1 } from './certificate.js';
import { challengeOld } from './challenge.js';
import { csrRenamed, identical } from './csr-field.js';
import { issuerLowerCaseDns, issuerV1beta1 } from './issuer.js';
import type { Spoke } from './types.js';

/** `SPOKES[version][kind]` converts `kind` between `version` and v1. */
export const SPOKES: Readonly<Record<OldVersion, Readonly<Record<Kind, Spoke>>>> = {
  v1alpha2: {
    Certificate: certificateV1alpha2,
    CertificateRequest: csrRenamed,
    Issuer: issuerLowerCaseDns,
    ClusterIssuer: issuerLowerCaseDns,
    Order: csrRenamed,
    Challenge: challengeOld,
  },
  v1alpha3: {
    Certificate: certificateV1alpha3,
    CertificateRequest: csrRenamed,
    Issuer: issuerLowerCaseDns,
    ClusterIssuer: issuerLowerCaseDns,
    Order: csrRenamed,
    Challenge: challengeOld,
  },
  v1beta1: {
    Certificate: certificateV1beta1,
    CertificateRequest: identical,
    Issuer: issuerV1beta1,
    ClusterIssuer: issuerV1beta1,
    Order: identical,
    Challenge: identical,
  },
};
