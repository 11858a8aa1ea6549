/**
 * Small references and list shapes shared by the cert-manager kinds: the issuer reference,
 * Secret key selectors, local object references and status conditions. The ACME and issuer
 * models import these too.
 */
import type { Version } from '../../src/scheme/kinds.js';
import { type ArraySchema, type Definition, def, enumOf, int64, list, obj, ref, type Schema, str, time } from '../dsl.js';

/** The issuer (or external issuer) that signs a Certificate, CertificateRequest, Order or Challenge. */
export const issuerReference = def(
  'IssuerReference',
  obj(
    {
      name: str({ description: 'Name of the issuer.' }),
      kind: str({ description: 'Kind of the issuer, e.g. Issuer or ClusterIssuer (Issuer when empty).' }),
      group: str({ description: 'API group of the issuer (cert-manager.io when empty).' }),
    },
    { required: ['name'], description: 'Which issuer to use.' },
  ),
);

/** A key of a Secret in the object's namespace. */
export const secretKeySelector = def(
  'SecretKeySelector',
  obj(
    {
      name: str({ description: 'Name of the Secret.' }),
      key: str({ description: 'Key inside the Secret; some uses have a default key when empty.' }),
    },
    { required: ['name'], description: 'Selects one key of a Secret.' },
  ),
);

/** A reference to an object by name in the same namespace. */
export const localObjectReference = def(
  'LocalObjectReference',
  obj(
    { name: str({ description: 'Name of the referenced object.' }) },
    { required: ['name'], description: 'Names an object in the same namespace.' },
  ),
);

/** The status of a condition. */
export const conditionStatus = (): Schema => enumOf(['True', 'False', 'Unknown'], { description: 'True, False or Unknown.' });

/**
 * A condition item definition. `observedGeneration` is present on Certificate and issuer
 * conditions, absent on CertificateRequest conditions.
 */
export function conditionDef(typeName: string, withObservedGeneration: boolean): Definition {
  return def(
    typeName,
    obj(
      {
        type: str({ description: 'Type of the condition, e.g. Ready.' }),
        status: conditionStatus(),
        lastTransitionTime: time({ description: 'When the status last changed.' }),
        reason: str({ description: 'Machine-readable reason for the last transition.' }),
        message: str({ description: 'Human-readable details of the last transition.' }),
        ...(withObservedGeneration ? { observedGeneration: int64({ description: 'The generation the condition was set for.' }) } : {}),
      },
      { required: ['type', 'status'], description: 'One observed condition of the resource.' },
    ),
  );
}

/** True for the versions whose upstream CRD schemas come from the legacy (v1.6.3) set. */
export const isLegacy = (version: Version): boolean => version !== 'v1';

/** A list of conditions keyed by `type`; only v1 declares it as a map list. */
export function conditionList(version: Version, item: Definition, description?: string): ArraySchema {
  return list(ref(item), {
    ...(isLegacy(version) ? {} : { listType: 'map' as const, listMapKeys: ['type'] }),
    ...(description ? { description } : {}),
  });
}

/**
 * A list as the CRD of `version` declares it: v1 marks its lists atomic, the legacy schemas
 * leave the list type unset.
 */
export function versionList(version: Version, items: Schema, description?: string): ArraySchema {
  return list(items, {
    ...(isLegacy(version) ? {} : { listType: 'atomic' as const }),
    ...(description ? { description } : {}),
  });
}

/** A list of strings declared as {@link versionList} does. */
export const stringList = (version: Version, description?: string): ArraySchema => versionList(version, str(), description);
