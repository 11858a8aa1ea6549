/**
 * The AdmissionReview wire types (admission.k8s.io/v1 and v1beta1 share them) and the options
 * of the admission adapters (spec/admission.md §5, §6).
 */
import type { FeatureGates } from '../validation/feature-gates.js';

/** The AdmissionReview versions the adapters answer. @public */
export type AdmissionReviewVersion = 'admission.k8s.io/v1' | 'admission.k8s.io/v1beta1';

/**
 * The plugins an admission chain can be built from. `identity`, `approval` and `validation`
 * are cert-manager's production chain; `defaults` is cmapi's opt-in mutation plugin that fills
 * in the defaults of all six kinds.
 * @public
 */
export type PluginName = 'identity' | 'approval' | 'validation' | 'defaults';

/**
 * The requester as the API server authenticated it (`request.userInfo`).
 * @public
 */
export interface AdmissionUser {
  /** The user's name. */
  readonly username: string;
  /** The user's unique id. */
  readonly uid?: string;
  /** The groups the user belongs to. */
  readonly groups?: readonly string[];
  /** Further attributes the authenticator recorded. */
  readonly extra?: Readonly<Record<string, readonly string[]>>;
}

/**
 * What the approval plugin asks the authorizer: may `user` `approve` the signer `name`
 * (resource `signers` in API group `cert-manager.io`, any version, cluster-wide)? The same
 * attributes a SubjectAccessReview carries.
 * @public
 */
export interface AuthorizationAttributes {
  /** Who made the request. */
  readonly user: AdmissionUser;
  /** Always `approve`. */
  readonly verb: string;
  /** Always `cert-manager.io`, also for external issuer groups. */
  readonly group: string;
  /** Always `*`. */
  readonly version: string;
  /** Always `signers`. */
  readonly resource: string;
  /** The signer name, `<resource>.<group>/*` or `<resource>.<group>/[<namespace>.]<issuer name>`. */
  readonly name: string;
  /** Always `""`: the check is cluster-wide. */
  readonly namespace: string;
}

/**
 * How an issuer group/kind maps to an API resource, as API discovery reports it.
 * @public
 */
export interface SignerResource {
  /** The plural resource name, e.g. `issuers` or `awspcaissuers`. */
  readonly resource: string;
  /** Whether objects of the kind live in a namespace. */
  readonly namespaced: boolean;
}

/**
 * The answer of a `discover` call: the resource; `undefined` when the API group is not served
 * (not cached: a new CRD may appear any moment); `null` when the group is served but has no such
 * kind (remembered for 30 seconds).
 * @public
 */
export type DiscoveryAnswer = SignerResource | undefined | null;

/**
 * Options of {@link handleValidation} and {@link handleMutation}.
 * @public
 */
export interface AdmissionOptions {
  /**
   * The plugin chain, in order. Default for validation: `identity, approval, validation`; for
   * mutation: `identity`. Unknown names are ignored.
   */
  readonly plugins?: readonly PluginName[];
  /** Feature gates for the validation plugin; unset gates take the defaults of {@link AdmissionOptions.certManagerVersion}. */
  readonly featureGates?: FeatureGates;
  /**
   * The cert-manager release whose webhook rules, feature-gate defaults and CRD defaults apply
   * (the validation and defaults plugins): `v1.12` … `v1.21` or `master` (default); `1.14` and
   * `v1.14.7` read as `v1.14`. An unknown release denies every request it would apply to, with
   * an error listing the supported releases.
   */
  readonly certManagerVersion?: string;
  /**
   * Decides whether a user may approve (or deny) requests of a signer. Sync or async; a throw,
   * a rejection or no answer within 5 seconds denies. Without it every approval is denied.
   */
  readonly authorize?: (attributes: AuthorizationAttributes) => boolean | Promise<boolean>;
  /**
   * Maps an issuer group/kind to its resource (API discovery). Sync or async; answers are cached
   * per function (found: for good; `null`: 30 seconds). Without it only cert-manager's `Issuer`
   * and `ClusterIssuer` resolve.
   */
  readonly discover?: (ref: { readonly group: string; readonly kind: string }) => DiscoveryAnswer | Promise<DiscoveryAnswer>;
}

/**
 * The `status` of an AdmissionResponse (a `metav1.Status`).
 * @public
 */
export interface AdmissionStatus {
  /** 200 when allowed; 403 for a denial, 400 for a request that cannot be decoded, 500 for an internal failure. */
  readonly code: number;
  /** `Forbidden` on a plugin denial; absent otherwise. */
  readonly reason?: string;
  /** Why the request was denied (absent when allowed). */
  readonly message?: string;
}

/**
 * The `response` of an AdmissionReview.
 * @public
 */
export interface AdmissionResponse {
  /** The request's `uid` (`""` when it could not be read). */
  readonly uid: string;
  /** Whether the request is admitted. */
  readonly allowed: boolean;
  /** The HTTP-style outcome: code, reason and message. */
  readonly status: AdmissionStatus;
  /** Base64 of a JSON array of RFC 6902 operations; only on allowed mutations that change something. */
  readonly patch?: string;
  /** `JSONPatch`, exactly when `patch` is present. */
  readonly patchType?: 'JSONPatch';
  /** Warnings for the client, within the API server's limits; absent when there are none. */
  readonly warnings?: string[];
}

/**
 * An AdmissionReview as the adapters answer it: the request's own `apiVersion` and `kind`
 * (`admission.k8s.io/v1` when it had none) with the `response`. A body that is not an
 * AdmissionReview at all is answered without `apiVersion`/`kind`, as controller-runtime does.
 * @public
 */
export interface AdmissionReview {
  /** The request's review version (absent when the body was not a review). */
  readonly apiVersion?: AdmissionReviewVersion;
  /** `AdmissionReview` (absent when the body was not a review). */
  readonly kind?: 'AdmissionReview';
  /** The answer. */
  readonly response: AdmissionResponse;
}
