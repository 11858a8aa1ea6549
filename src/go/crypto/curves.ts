/**
 * The named curves Go 1.26's crypto/x509 accepts for ECDSA keys (namedCurveFromOID: P-224,
 * P-256, P-384, P-521), as @noble/curves point types. Each is built with noble's `weierstrass`
 * from the curve's published domain parameters (SEC 2 / FIPS 186) on first use: noble's ready-made
 * curve modules build all their curves when imported, which cost the package's start-up ~30 ms.
 */
import { weierstrass, type WeierstrassPointCons } from '@noble/curves/abstract/weierstrass.js';

/** A named curve. */
export interface Curve {
  readonly name: string;
  /** Byte length of a field element. */
  readonly size: number;
  readonly Point: WeierstrassPointCons<bigint>;
}

/** [name, field element bytes, p, n, b, Gx, Gy] in hex; a = p − 3 and h = 1 for all four. */
const PARAMS: Readonly<Record<string, readonly [string, number, string, string, string, string, string]>> = {
  '1.3.132.0.33': [
    'P-224',
    28,
    'ffffffffffffffffffffffffffffffff000000000000000000000001',
    'ffffffffffffffffffffffffffff16a2e0b8f03e13dd29455c5c2a3d',
    'b4050a850c04b3abf54132565044b0b7d7bfd8ba270b39432355ffb4',
    'b70e0cbd6bb4bf7f321390b94a03c1d356c21122343280d6115c1d21',
    'bd376388b5f723fb4c22dfe6cd4375a05a07476444d5819985007e34',
  ],
  '1.2.840.10045.3.1.7': [
    'P-256',
    32,
    'ffffffff00000001000000000000000000000000ffffffffffffffffffffffff',
    'ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551',
    '5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b',
    '6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296',
    '4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5',
  ],
  '1.3.132.0.34': [
    'P-384',
    48,
    'fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff',
    'ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973',
    'b3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef',
    'aa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7',
    '3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f',
  ],
  '1.3.132.0.35': [
    'P-521',
    66,
    '1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
    '1fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409',
    '51953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00',
    'c6858e06b70404e9cd9e3ecb662395b4429c648139053fb521f828af606b4d3dbaa14b5e77efe75928fe1dc127a2ffa8de3348b3c1856a429bf97e7e31c2e5bd66',
    '11839296a789a3bc0045c8a5fb42c7d1bd998f54449579b446817afbd17273e662c97ee72995ef42640c550b9013fad0761353c7086a272c24088be94769fd16650',
  ],
};

const built = new Map<string, Curve>();
const big = (hex: string): bigint => BigInt(`0x${hex}`);

/** The curve named by `oid`, if Go's x509 supports it. */
export function curveByOid(oid: string): Curve | undefined {
  const known = built.get(oid);
  if (known !== undefined || !Object.hasOwn(PARAMS, oid)) return known;
  const [name, size, p, n, b, gx, gy] = PARAMS[oid] as (typeof PARAMS)[string];
  const Point = weierstrass({ p: big(p), n: big(n), h: 1n, a: big(p) - 3n, b: big(b), Gx: big(gx), Gy: big(gy) });
  const curve = { name, size, Point };
  built.set(oid, curve);
  return curve;
}
