/**
 * The ConversionReview wire types (apiextensions.k8s.io/v1 and v1beta1 share them).
 */
import type { JsonObject } from '../util/json.js';

/**
 * The result of a conversion review: `Success`, or `Failure` with code 400, reason
 * `BadRequest` and a message naming the object that failed.
 * @public
 */
export interface ConversionStatus {
  /** Whether every object converted. */
  readonly status: 'Success' | 'Failure';
  /** 400 on failure. */
  readonly code?: number;
  /** `BadRequest` on failure. */
  readonly reason?: string;
  /** What failed: the object's index, kind and name, and why. */
  readonly message?: string;
}

/**
 * The `response` of a ConversionReview.
 * @public
 */
export interface ConversionResponse {
  /** The request's `uid`, echoed (`""` when the request had none). */
  readonly uid: string;
  /** One converted object per request object, in request order; absent on failure. */
  readonly convertedObjects?: JsonObject[];
  /** Success, or the failure and its reason. */
  readonly result: ConversionStatus;
}

/**
 * A ConversionReview as {@link handleConversion} answers it: the review's own `apiVersion`
 * (v1 or v1beta1) and `kind`, with the `response` (the request is not echoed).
 * @public
 */
export interface ConversionReview {
  /** The review's own API version. */
  readonly apiVersion: 'apiextensions.k8s.io/v1' | 'apiextensions.k8s.io/v1beta1';
  /** Always `ConversionReview`. */
  readonly kind: 'ConversionReview';
  /** The answer. */
  readonly response: ConversionResponse;
}
