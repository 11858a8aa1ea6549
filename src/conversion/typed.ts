/**
 * The static type of a conversion's result: the caller's kind in the target version when both
 * are known at compile time (a `v1.Certificate` converted to `'cert-manager.io/v1alpha2'` is a
 * `v1alpha2.Certificate`), a `JsonObject` otherwise.
 */
import type * as V1 from '../apis/v1/types.js';
import type * as V1alpha2 from '../apis/v1alpha2/types.js';
import type * as V1alpha3 from '../apis/v1alpha3/types.js';
import type * as V1beta1 from '../apis/v1beta1/types.js';
import type { JsonObject } from '../util/json.js';

interface KindTypes {
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

type IsAny<T> = 0 extends 1 & T ? true : false;
type TargetVersion<A extends string> = A extends `${string}/${infer V}` ? V : A;
type KindOf<T> = T extends { kind?: infer K } ? NonNullable<K> : never;

/**
 * What {@link convert} returns for an input of type `T` converted to `A`: the kind of `T` in
 * version `A` when `T` is one of cmapi's kind types and `A` a literal version or apiVersion;
 * otherwise a `JsonObject`.
 * @public
 */
export type Converted<T, A extends string> =
  IsAny<T> extends true
    ? JsonObject
    : TargetVersion<A> extends keyof KindTypes
      ? [KindOf<T>] extends [keyof KindTypes[TargetVersion<A>]]
        ? [KindOf<T>] extends [never]
          ? JsonObject
          : KindTypes[TargetVersion<A>][KindOf<T>]
        : JsonObject
      : JsonObject;
