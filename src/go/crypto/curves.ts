/**
 * The named curves Go 1.26's crypto/x509 accepts for ECDSA keys (namedCurveFromOID: P-224,
 * P-256, P-384, P-521), as @noble/curves point types. P-224 is not shipped by @noble/curves; it
 * is built with its `weierstrass` constructor from the curve's published domain parameters.
 */
import { weierstrass, type WeierstrassPointCons } from '@noble/curves/abstract/weierstrass.js';
import { p256, p384, p521 } from '@noble/curves/nist.js';

/** A named curve. */
export interface Curve {
  readonly name: string;
  /** Byte length of a field element. */
  readonly size: number;
  readonly Point: WeierstrassPointCons<bigint>;
}

let p224: WeierstrassPointCons<bigint> | undefined;
/** P-224 (SEC 2 secp224r1), built on first use. */
function p224Point(): WeierstrassPointCons<bigint> {
  p224 ??= weierstrass({
    p: BigInt('0xffffffffffffffffffffffffffffffff000000000000000000000001'),
    n: BigInt('0xffffffffffffffffffffffffffff16a2e0b8f03e13dd29455c5c2a3d'),
    h: 1n,
    a: BigInt('0xfffffffffffffffffffffffffffffffefffffffffffffffffffffffe'),
    b: BigInt('0xb4050a850c04b3abf54132565044b0b7d7bfd8ba270b39432355ffb4'),
    Gx: BigInt('0xb70e0cbd6bb4bf7f321390b94a03c1d356c21122343280d6115c1d21'),
    Gy: BigInt('0xbd376388b5f723fb4c22dfe6cd4375a05a07476444d5819985007e34'),
  });
  return p224;
}

const CURVES: Readonly<Record<string, () => Curve>> = {
  '1.3.132.0.33': () => ({ name: 'P-224', size: 28, Point: p224Point() }),
  '1.2.840.10045.3.1.7': () => ({ name: 'P-256', size: 32, Point: p256.Point }),
  '1.3.132.0.34': () => ({ name: 'P-384', size: 48, Point: p384.Point }),
  '1.3.132.0.35': () => ({ name: 'P-521', size: 66, Point: p521.Point }),
};

/** The curve named by `oid`, if Go's x509 supports it. */
export const curveByOid = (oid: string): Curve | undefined => (Object.hasOwn(CURVES, oid) ? CURVES[oid]?.() : undefined);
