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
export type { Operation } from './validation/types.js';
export { validate, type ValidateOptions, type ValidationResult } from './validation/validate.js';
