/**
 * API-VERSION-NOT-SERVED: cert-manager stopped serving v1alpha2, v1alpha3 and v1beta1 in v1.6
 * and removed them from its CRDs in v1.7, so an API server of any supported release answers
 * "no matches for kind" to a manifest written in them. A conversion webhook still converts
 * them, so {@link validate} reports this as a warning; `cmapi lint` reports it as an error.
 */
import type { Version } from '../scheme/kinds.js';

/** The rule ID of the finding. */
export const NOT_SERVED_RULE = 'API-VERSION-NOT-SERVED';

/** The versions every supported cert-manager release serves. */
const SERVED: ReadonlySet<Version> = new Set<Version>(['v1']);

/** True when no supported release serves `version`. */
export const isNotServed = (version: Version): boolean => !SERVED.has(version);

/**
 * The warning text for an object written in a version no release serves. It starts with the
 * rule ID so that consumers of plain-text warnings can recognise it.
 * @param apiVersion - the object's apiVersion (`cert-manager.io/v1alpha2`)
 * @param group - its API group, for the suggested conversion target
 */
export function notServedWarning(apiVersion: string, group: string): string {
  return (
    `${NOT_SERVED_RULE}: ${apiVersion} is not served by cert-manager since v1.6 and is not in its CRDs since v1.7; ` +
    `kubectl apply fails with "no matches for kind". Convert the file with: cmapi convert --to ${group}/v1 FILE`
  );
}

/** True when a warning returned by validate is the API-VERSION-NOT-SERVED one. */
export const isNotServedWarning = (warning: string): boolean => warning.startsWith(`${NOT_SERVED_RULE}: `);
