/**
 * The CA and SelfSigned issuer configurations. Both differ between versions only in their
 * list annotations.
 */
import { obj, since, str } from '../dsl.js';
import { byEra, variantDef } from './issuer-variants.js';
import { stringList } from './refs.js';

/** The CA issuer: signs with a key pair stored in a Secret. */
export const caIssuer = variantDef('CAIssuer', byEra, (version) =>
  obj(
    {
      secretName: str({ description: 'Secret holding the CA key pair (tls.crt, tls.key).' }),
      crlDistributionPoints: stringList(version, 'CRL distribution point URLs put into issued certificates.'),
      ocspServers: stringList(version, 'OCSP server URLs put into issued certificates.'),
      issuingCertificateURLs: since('v1.14', stringList(version, 'CA issuer URLs (AIA) put into issued certificates.')),
    },
    { required: ['secretName'], description: 'Sign with a CA stored in a Secret.' },
  ),
);

/** The SelfSigned issuer: each certificate signs itself. */
export const selfSignedIssuer = variantDef('SelfSignedIssuer', byEra, (version) =>
  obj(
    { crlDistributionPoints: stringList(version, 'CRL distribution point URLs put into issued certificates.') },
    { description: 'Sign each certificate with its own key.' },
  ),
);
