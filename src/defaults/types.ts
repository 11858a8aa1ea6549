import type { FieldError } from '../field/field-error.js';
import type { JsonPatchOperation } from '../patch/types.js';
import type { CertManagerRelease } from '../release/release.js';
import type { JsonObject } from '../util/json.js';
import type { Site } from './site.js';

/**
 * The three sets of defaults cmapi knows (spec/defaults.md):
 * `scheme` — the issuer reference kind/group defaults cert-manager registers in its scheme (§2.1);
 * `runtime` — the private key rotation policy the key manager fills in (§2.2);
 * `schema` — the `default:` values of the CRD schemas, which the API server applies (§2.3).
 * @public
 */
export type DefaultSet = 'scheme' | 'runtime' | 'schema';

/**
 * The type {@link applyDefaults} returns for an input of type `T`: `T` itself (defaulting
 * only fills in fields the type already has), or `unknown` when the input is `any`.
 * @public
 */
export type Defaulted<T> = 0 extends 1 & T ? unknown : T;

/** Every default set, in the order they run. */
export const DEFAULT_SETS: readonly DefaultSet[] = ['scheme', 'runtime', 'schema'];

/**
 * Options of {@link applyDefaults}.
 * @public
 */
export interface DefaultsOptions {
  /** The default sets to apply (default: all three). Unknown names are ignored. */
  readonly defaults?: readonly DefaultSet[];
  /**
   * The cert-manager release whose CRD `default:` values apply (the `schema` set): `v1.12` …
   * `v1.21` or `master` (default). `1.14` and `v1.14.7` are read as `v1.14`. An unknown release
   * gives one error listing the supported ones.
   */
  readonly certManagerVersion?: string;
}

/**
 * The outcome of {@link applyDefaults}; `T` is the type of the input (`unknown` when untyped).
 * @public
 */
export interface DefaultingResult<T = unknown> {
  /** The defaulted copy of the input (a plain, unfrozen copy; the input is never modified). */
  readonly object: T;
  /** The RFC 6902 JSON Patch that turns the input into `object`; empty when nothing changed. */
  readonly patch: JsonPatchOperation[];
  /** Why the input could not be defaulted; when non-empty, `patch` is empty and `object` equals the input. */
  readonly errors: FieldError[];
}

/**
 * Fills in the defaults of one set on one object (the site of a private copy, changed in place
 * through the site so that the changes are recorded). Reads untrusted values defensively; a
 * value of the wrong type where a default would go is reported in `errors` and left alone.
 * `release` is the cert-manager release whose defaults apply.
 */
export type Defaulter = (root: Site<JsonObject>, errors: FieldError[], release: CertManagerRelease) => void;
