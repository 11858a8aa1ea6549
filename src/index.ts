/**
 * cmapi: cert-manager's admission logic in TypeScript — validation, defaulting, conversion.
 * @packageDocumentation
 */
export type { ErrorType, FieldError } from './field/field-error.js';
export { renderFieldError } from './field/render.js';
export type { Group, Kind, Version } from './scheme/kinds.js';
export { VERSIONS } from './scheme/kinds.js';
export { identify, type Identity, type IdentifyResult } from './scheme/identify.js';
export type { FeatureGate, FeatureGates } from './validation/feature-gates.js';
export { CERT_MANAGER_RELEASES, type CertManagerRelease } from './release/release.js';
export type { Operation } from './validation/types.js';
export { validate, type ValidateOptions, type ValidationResult } from './validation/validate.js';
export { handleValidation } from './admission/handle-validation.js';
export { handleMutation } from './admission/handle-mutation.js';
export type {
  AdmissionOptions,
  AdmissionResponse,
  AdmissionReview,
  AdmissionReviewVersion,
  AdmissionStatus,
  AdmissionUser,
  AuthorizationAttributes,
  DiscoveryAnswer,
  PluginName,
  SignerResource,
} from './admission/types.js';
export { applyDefaults } from './defaults/apply.js';
export type { Defaulted, DefaultingResult, DefaultSet, DefaultsOptions } from './defaults/types.js';
export type { JsonPatchOperation } from './patch/types.js';
export { convert } from './conversion/convert.js';
export type { ConversionResult } from './conversion/types.js';
export type { Converted, KindTypes } from './conversion/typed.js';
export { handleConversion } from './admission/conversion-review.js';
export type { ConversionReview, ConversionResponse, ConversionStatus } from './admission/conversion-types.js';
export * as v1 from './apis/v1/index.js';
export * as v1beta1 from './apis/v1beta1/index.js';
export * as v1alpha3 from './apis/v1alpha3/index.js';
export * as v1alpha2 from './apis/v1alpha2/index.js';
export type { JsonObject } from './util/json.js';
