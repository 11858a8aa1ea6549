/**
 * The static type of a conversion's result: the caller's kind in the target version when both
 * are known at compile time (a `v1.Certificate` converted to `'cert-manager.io/v1alpha2'` is a
 * `v1alpha2.Certificate`), a `JsonObject` otherwise.
 */
// The namespaces as the package exports them, so that the API report names them.
import type { v1 as V1, v1alpha2 as V1alpha2, v1alpha3 as V1alpha3, v1beta1 as V1beta1 } from '../index.js';
import type { JsonObject } from '../util/json.js';

/**
 * cmapi's kind types by API version and kind: `KindTypes['v1alpha2']['Certificate']` is
 * `v1alpha2.Certificate`.
 * @public
 */
export interface KindTypes {
  /** The kinds of v1. */
  v1: {
    Certificate: V1.Certificate;
    CertificateList: V1.CertificateList;
    CertificateRequest: V1.CertificateRequest;
    CertificateRequestList: V1.CertificateRequestList;
    Issuer: V1.Issuer;
    IssuerList: V1.IssuerList;
    ClusterIssuer: V1.ClusterIssuer;
    ClusterIssuerList: V1.ClusterIssuerList;
    Order: V1.Order;
    OrderList: V1.OrderList;
    Challenge: V1.Challenge;
    ChallengeList: V1.ChallengeList;
  };
  /** The kinds of v1beta1. */
  v1beta1: {
    Certificate: V1beta1.Certificate;
    CertificateList: V1beta1.CertificateList;
    CertificateRequest: V1beta1.CertificateRequest;
    CertificateRequestList: V1beta1.CertificateRequestList;
    Issuer: V1beta1.Issuer;
    IssuerList: V1beta1.IssuerList;
    ClusterIssuer: V1beta1.ClusterIssuer;
    ClusterIssuerList: V1beta1.ClusterIssuerList;
    Order: V1beta1.Order;
    OrderList: V1beta1.OrderList;
    Challenge: V1beta1.Challenge;
    ChallengeList: V1beta1.ChallengeList;
  };
  /** The kinds of v1alpha3. */
  v1alpha3: {
    Certificate: V1alpha3.Certificate;
    CertificateList: V1alpha3.CertificateList;
    CertificateRequest: V1alpha3.CertificateRequest;
    CertificateRequestList: V1alpha3.CertificateRequestList;
    Issuer: V1alpha3.Issuer;
    IssuerList: V1alpha3.IssuerList;
    ClusterIssuer: V1alpha3.ClusterIssuer;
    ClusterIssuerList: V1alpha3.ClusterIssuerList;
    Order: V1alpha3.Order;
    OrderList: V1alpha3.OrderList;
    Challenge: V1alpha3.Challenge;
    ChallengeList: V1alpha3.ChallengeList;
  };
  /** The kinds of v1alpha2. */
  v1alpha2: {
    Certificate: V1alpha2.Certificate;
    CertificateList: V1alpha2.CertificateList;
    CertificateRequest: V1alpha2.CertificateRequest;
    CertificateRequestList: V1alpha2.CertificateRequestList;
    Issuer: V1alpha2.Issuer;
    IssuerList: V1alpha2.IssuerList;
    ClusterIssuer: V1alpha2.ClusterIssuer;
    ClusterIssuerList: V1alpha2.ClusterIssuerList;
    Order: V1alpha2.Order;
    OrderList: V1alpha2.OrderList;
    Challenge: V1alpha2.Challenge;
    ChallengeList: V1alpha2.ChallengeList;
  };
}

/**
 * What {@link convert} returns for an input of type `T` converted to `A`: the kind of `T` in
 * version `A` when `T` is one of cmapi's kind types and `A` a literal version or apiVersion;
 * otherwise a `JsonObject`.
 * @public
 */
export type Converted<T, A extends string> = 0 extends 1 & T
  ? JsonObject // T is any
  : (A extends `${string}/${infer V}` ? V : A) extends infer V
    ? V extends keyof KindTypes
      ? [T extends { kind?: infer K } ? NonNullable<K> : never] extends [infer K]
        ? [K] extends [never]
          ? JsonObject
          : [K] extends [keyof KindTypes[V]]
            ? KindTypes[V][K & keyof KindTypes[V]]
            : JsonObject
        : JsonObject
      : JsonObject
    : JsonObject;
